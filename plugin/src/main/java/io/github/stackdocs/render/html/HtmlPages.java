package io.github.stackdocs.render.html;

import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.runbook.CoverageView;
import io.github.stackdocs.render.site.FindingRow;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.template.EscapingOutputFormat;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.IncidentsView;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.render.view.StackView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The HTML site's pages, rendered from the view with the {@code html/**} templates (every value HTML-escaped by the
 * output format): the overview ({@code html/index.ftl}), a page per stack ({@code html/stack.ftl}), the findings page
 * ({@code html/site-findings.ftl}), and the frame ({@code html/asciidoc.ftl}) of the pages written in AsciiDoc
 * (runbooks, change log), whose bodies Asciidoctor converts ({@link HtmlRenderer}). Every page gets the
 * Content-Security-Policy, the breadcrumbs and the site navigation ({@link SiteNavigation}) from {@code layout.ftl}.
 * Thread-safe (the engine is).
 */
public final class HtmlPages {
  public static final String INDEX = "html/index.ftl";
  public static final String STACK = "html/stack.ftl";
  public static final String FINDINGS = "html/site-findings.ftl";
  public static final String ASCIIDOC = "html/asciidoc.ftl";
  public static final String INCIDENTS = "html/incidents-page.ftl";

  private final TemplateEngine engine;

  public HtmlPages(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * The generated pages, each handed to {@code out} as soon as it is made (none is kept here): {@code index.html},
   * {@code stacks/<name>.html} in the view's order, then {@code findings.html}.
   *
   * @param coverage the overview's coverage tables, with the site's runbook links
   * @param findings the findings page's rows
   */
  public void render(ProjectView view, SiteMap map, List<CoverageView> coverage, List<FindingRow> findings,
      Consumer<Document> out) {
    render(view, map, coverage, findings, IncidentsView.NONE, out);
  }

  /** As above; with incidents, the stack pages list theirs and {@code incidents.html} lists them all. */
  public void render(ProjectView view, SiteMap map, List<CoverageView> coverage, List<FindingRow> findings,
      IncidentsView incidents, Consumer<Document> out) {
    Map<String, String> stackPages = new LinkedHashMap<>();
    view.stacks().forEach(s -> stackPages.put(s.name(), s.page()));
    Map<String, Object> index = new HashMap<>();
    index.put("project", view);
    index.put("stackPages", stackPages);
    index.put("incidents", incidents);
    index.put("incidentsPage", IncidentsView.PAGE);
    if (!coverage.isEmpty()) {
      index.put("coverage", coverage);
    }
    out.accept(page(SiteMap.INDEX, INDEX, index, map));
    for (StackView stack : view.stacks()) {
      out.accept(page(stack.page(), STACK, Map.of("project", view, "stack", stack, "incidents", incidents,
          "incidentsPage", IncidentsView.PAGE), map));
    }
    if (!incidents.all().isEmpty()) {
      out.accept(page(IncidentsView.PAGE, INCIDENTS, Map.of("project", view, "incidents", incidents), map));
    }
    out.accept(page(SiteMap.FINDINGS, FINDINGS, Map.of("project", view, "findings", findings), map));
  }

  /**
   * A page written in AsciiDoc: Asciidoctor's {@code body} (its HTML) in the site's frame, titled {@code title}
   * (HTML too, tags stripped); both are Asciidoctor's output, so they are not escaped again.
   */
  public Document asciiDocPage(String htmlPath, String title, String body, Optional<SiteMap> map) {
    String page = htmlPath.substring(0, htmlPath.length() - ".html".length());
    Map<String, Object> model = new HashMap<>();
    try {
      model.put("title", EscapingOutputFormat.HTML.fromMarkup(title));
    } catch (freemarker.template.TemplateModelException e) {
      throw new IllegalStateException(e);
    }
    model.put("body", body);
    return page(page, ASCIIDOC, model, map.orElseGet(() -> new SiteMap("", List.of(), List.of(), 0, false)));
  }

  private Document page(String page, String template, Map<String, ?> model, SiteMap map) {
    Map<String, Object> all = new HashMap<>(model);
    all.put("site", frame(page, map));
    return new Document(page + ".html", engine.process(template, all));
  }

  /** What the frame of {@code page} shows: the policy, the way to the root, the navigation and the breadcrumbs. */
  private static Map<String, String> frame(String page, SiteMap map) {
    return Map.of("csp", ContentSecurityPolicy.POLICY, "root", SiteNavigation.prefix(page),
        "nav", SiteNavigation.nav(map, page), "crumbs", SiteNavigation.breadcrumbs(map, page));
  }

  /**
   * A page made by this class earlier, with the breadcrumbs and navigation {@code site} gives it now in place of the
   * ones it has: byte-identical to making it again. Empty when the page does not have both where the frame puts
   * them (then make it again).
   */
  public static Optional<Document> renavigated(Document html, SiteMap site) {
    String text = html.content();
    String page = html.path().substring(0, html.path().length() - ".html".length());
    Optional<String> updated = replace(text, NAV_START, SiteNavigation.nav(site, page))
        .flatMap(t -> replace(t, CRUMBS_START, SiteNavigation.breadcrumbs(site, page)));
    return updated.map(t -> new Document(html.path(), t));
  }

  private static final String CRUMBS_START = "<nav class=\"stackdocs-breadcrumbs\"";
  private static final String NAV_START = "<nav id=\"stackdocs-nav\"";
  private static final String NAV_END = "</nav>\n";

  private static Optional<String> replace(String text, String start, String with) {
    int at = text.indexOf(start);
    int end = at < 0 ? -1 : text.indexOf(NAV_END, at);
    if (end < 0) {
      return Optional.empty();
    }
    return Optional.of(text.substring(0, at) + with + text.substring(end + NAV_END.length()));
  }
}
