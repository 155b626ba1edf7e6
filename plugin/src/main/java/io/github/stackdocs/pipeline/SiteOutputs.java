package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.DocumentRenderer;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.antora.AntoraComponent;
import io.github.stackdocs.render.html.HtmlPages;
import io.github.stackdocs.render.html.HtmlRenderer;
import io.github.stackdocs.render.site.Site;
import io.github.stackdocs.render.site.SiteMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The output step's documents for the site formats: the Antora component made from the rendered AsciiDoc pages, and
 * the HTML pages of what people write in AsciiDoc (runbooks, change log), converted by Asciidoctor and put in the
 * site's frame, reusing the pages of the last run whose AsciiDoc did not change (the generated HTML pages are
 * rendered with the other documents).
 */
final class SiteOutputs {
  private SiteOutputs() {}

  /** Converts AsciiDoc pages to HTML (the generator's one AsciiDoc runtime); warnings go to the list. */
  interface Converter {
    List<HtmlRenderer.Fragment> convert(List<Document> adoc, List<Finding> warnings);
  }

  /**
   * The rendered documents on their way to the output: hands on those the output keeps (AsciiDoc pages only when
   * {@code adoc} is asked for, diagrams only when a format embeds them; both are made for the Antora component too) and
   * holds only what the Antora component is then made from (its pages and images). Thread-safe, as the renderer's consumer must be.
   */
  static final class Rendered implements Consumer<Document> {
    private final Set<Format> formats;
    private final Consumer<Document> out;
    private final List<Document> forAntora = new ArrayList<>();

    Rendered(Set<Format> formats, Consumer<Document> out) {
      this.formats = formats;
      this.out = out;
    }

    @Override
    public void accept(Document d) {
      if (formats.contains(Format.ANTORA) && (d.path().endsWith(".adoc") || AntoraComponent.copies(d.path()))) {
        synchronized (forAntora) {
          forAntora.add(d);
        }
      }
      if (d.path().endsWith(".adoc") && !formats.contains(Format.ADOC)
          || d.path().startsWith(DIAGRAMS) && !DocumentRenderer.writesDiagrams(formats)) {
        return;
      }
      out.accept(d);
    }
  }

  /**
   * The rest of the output once the documents are rendered (through {@code rendered}, in their own order): the
   * Antora component when asked for, and the runbook and change log pages of the HTML site, handed to {@code out}. A
   * page converted from the AsciiDoc the last run converted reuses that run's page, with the site's current
   * breadcrumbs and navigation put in, so a run where no runbook changed never starts the AsciiDoc runtime, and a new
   * stack, which changes every page's sidebar, does not convert every page again. Pages are converted a batch at a
   * time and handed on, so their HTML is not all held at once.
   *
   * @return for each AsciiDoc page of the site whose HTML page is clean (converted, or reused, without Asciidoctor
   *     warnings) the key of what that page was made from (see {@link HtmlRenderer#madeFrom})
   */
  static Map<String, String> finish(DocsRequest request, Optional<Site> site, Rendered rendered,
      List<Finding> findings, Optional<Incremental> incremental, Converter html, HtmlPages frame,
      Consumer<Document> out) {
    Optional<SiteMap> map = site.map(Site::map);
    if (request.formats().contains(Format.ANTORA)) {
      List<Document> adoc = rendered.forAntora.stream().filter(d -> d.path().endsWith(".adoc")).sorted().toList();
      List<Document> sources = site.map(s -> s.sources(adoc)).orElse(adoc);
      AntoraComponent.render(sources, rendered.forAntora.stream().sorted().toList(), map.orElseThrow(),
          request.antoraComponent()).forEach(out);
      rendered.forAntora.clear();
    }
    Map<String, String> clean = new java.util.TreeMap<>();
    if (!request.formats().contains(Format.HTML)) {
      return clean;
    }
    Map<String, String> keys = new java.util.HashMap<>();
    List<Document> convert = new ArrayList<>();
    for (Document page : site.map(Site::written).orElse(List.of())) {
      String key = Hashes.bytes(HtmlRenderer.madeFrom(page));
      keys.put(page.path(), key);
      Optional<Document> reused = incremental.flatMap(i -> i.reusableHtml(page.path(), key,
          HtmlRenderer.htmlPath(page.path())));
      if (map.isPresent()) { // the site's navigation now, which may differ from the one the page was made with
        reused = reused.flatMap(old -> HtmlPages.renavigated(old, map.get()));
      }
      if (reused.isPresent()) {
        out.accept(reused.get());
        clean.put(page.path(), key);
      } else {
        convert.add(page);
      }
    }
    List<Finding> warnings = new ArrayList<>();
    for (int from = 0; from < convert.size(); from += BATCH) { // nothing to convert: the runtime is not started
      for (HtmlRenderer.Fragment f : html.convert(convert.subList(from, Math.min(convert.size(), from + BATCH)),
          warnings)) {
        out.accept(frame.asciiDocPage(f.path(), f.title(), f.body(), map));
      }
    }
    Set<String> warned = new java.util.HashSet<>();
    warnings.forEach(f -> warned.add(f.location().file()));
    convert.stream().filter(d -> !warned.contains(d.path())).forEach(d -> clean.put(d.path(), keys.get(d.path())));
    findings.addAll(warnings);
    return clean;
  }

  /** Pages converted at a time: enough to keep the converter's threads busy, few enough to hold their HTML. */
  private static final int BATCH = 256;

  private static final String DIAGRAMS = "diagrams/";

}
