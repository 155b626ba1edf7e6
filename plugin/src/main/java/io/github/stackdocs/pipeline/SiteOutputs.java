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
   * The documents to output, and for each AsciiDoc page of the site whose HTML page is clean (converted, or reused,
   * without Asciidoctor warnings) the key of what that page was made from (see {@link HtmlRenderer#madeFrom}).
   */
  record Outputs(List<Document> documents, Map<String, String> cleanHtml) {}

  /**
   * The documents to output: the Antora component added when asked for, the runbook and change log pages of the
   * HTML site, AsciiDoc and diagram files dropped when only needed for them. A page converted from the AsciiDoc the
   * last run converted reuses that run's page, with the site's current breadcrumbs and navigation put in, so a run
   * where no runbook changed never starts the AsciiDoc runtime, and a new stack, which changes every page's sidebar,
   * does not convert every page again.
   */
  static Outputs of(DocsRequest request, DocsGenerator.Generation generation, List<Finding> findings,
      Optional<Incremental> incremental, Converter html, HtmlPages frame) {
    List<Document> rendered = generation.documents();
    boolean withHtml = request.formats().contains(Format.HTML);
    boolean antora = request.formats().contains(Format.ANTORA);
    if (!withHtml && !antora) {
      return new Outputs(rendered, Map.of());
    }
    List<Document> documents = new ArrayList<>(rendered);
    List<Document> adoc = documents.stream().filter(d -> d.path().endsWith(".adoc")).toList();
    Optional<SiteMap> map = generation.site().map(Site::map);
    if (antora) {
      List<Document> sources = generation.site().map(site -> site.sources(adoc)).orElse(adoc);
      documents.addAll(AntoraComponent.render(sources, rendered, map.orElseThrow(), request.antoraComponent()));
    }
    Map<String, String> clean = new java.util.TreeMap<>();
    if (withHtml) {
      Map<String, String> keys = new java.util.HashMap<>();
      List<Document> convert = new ArrayList<>();
      for (Document page : generation.site().map(Site::written).orElse(List.of())) {
        String key = Hashes.bytes(HtmlRenderer.madeFrom(page));
        keys.put(page.path(), key);
        Optional<Document> reused = incremental.flatMap(i -> i.reusableHtml(page.path(), key,
            HtmlRenderer.htmlPath(page.path())));
        if (map.isPresent()) { // the site's navigation now, which may differ from the one the page was made with
          reused = reused.flatMap(old -> HtmlPages.renavigated(old, map.get()));
        }
        if (reused.isPresent()) {
          documents.add(reused.get());
          clean.put(page.path(), key);
        } else {
          convert.add(page);
        }
      }
      List<Finding> warnings = new ArrayList<>();
      if (!convert.isEmpty()) { // nothing to convert: the AsciiDoc runtime is not started
        for (HtmlRenderer.Fragment f : html.convert(convert, warnings)) {
          documents.add(frame.asciiDocPage(f.path(), f.title(), f.body(), map));
        }
      }
      Set<String> warned = new java.util.HashSet<>();
      warnings.forEach(f -> warned.add(f.location().file()));
      convert.stream().filter(d -> !warned.contains(d.path())).forEach(d -> clean.put(d.path(), keys.get(d.path())));
      findings.addAll(warnings);
    }
    if (!request.formats().contains(Format.ADOC)) {
      documents.removeAll(adoc);
    }
    if (!DocumentRenderer.writesDiagrams(request.formats())) { // made for the Antora component's images only
      documents.removeIf(d -> d.path().startsWith(DIAGRAMS));
    }
    return new Outputs(documents, clean);
  }

  private static final String DIAGRAMS = "diagrams/";

}
