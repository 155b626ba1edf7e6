package io.github.stackdocs.render;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.analyze.readiness.Readiness;
import io.github.stackdocs.analyze.security.SecurityAnalyzer;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.render.runbook.CoverageView;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.render.json.ModelJson;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.IncidentsView;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.render.html.HtmlPages;
import io.github.stackdocs.render.html.SiteAssets;
import io.github.stackdocs.render.site.Site;
import io.github.stackdocs.render.site.SiteRenderer;
import io.github.stackdocs.render.site.SiteSources;
import io.github.stackdocs.render.view.ProjectViewBuilder;
import io.github.stackdocs.render.view.StackView;
import io.github.stackdocs.render.diagram.Diagram;
import io.github.stackdocs.render.diagram.DiagramLevel;
import io.github.stackdocs.render.diagram.DiagramSet;
import io.github.stackdocs.render.diagram.SvgRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns a project into documents: for {@link Format#ADOC} and {@link Format#MD} an index and one page per
 * stack, for {@link Format#JSON} {@code model.json}, for {@link Format#HTML} the site's pages rendered from the same
 * view ({@link HtmlPages}) and its assets (search index, script, style); with AsciiDoc or HTML the diagrams
 * ({@code diagrams/*.svg|.mmd}); the pages people write in AsciiDoc (runbooks, change log) are converted elsewhere.
 * Create once per execution; {@link #render} is thread-safe.
 */
public final class DocumentRenderer {
  private final TemplateEngine engine;
  private final ResourceCatalog catalog;
  private volatile io.github.stackdocs.render.diagram.SvgCache svgCache =
      io.github.stackdocs.render.diagram.SvgCache.NONE;

  /** With the bundled resource-type catalog. */
  public DocumentRenderer(Optional<Path> templateDirectory) {
    this(templateDirectory, ResourceCatalog.bundled());
  }

  /**
   * @param templateDirectory a folder whose templates override built-in ones with the same relative name
   * @param catalog what the pages say about resource types and properties
   */
  public DocumentRenderer(Optional<Path> templateDirectory, ResourceCatalog catalog) {
    this.engine = new TemplateEngine(templateDirectory);
    this.catalog = catalog;
  }

  /** The documents for {@code formats}, sorted by path. */
  public List<Document> render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats) {
    return render(project, graph, findings, formats, false);
  }

  /** As {@link #render(Project, DependencyGraph, List, Set)}; CDK bookkeeping shown when asked. */
  public List<Document> render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals) {
    return render(project, graph, findings, formats, showCdkInternals, List.of());
  }

  /** As above, with the observability coverage tables the index shows (none when empty). */
  public List<Document> render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage) {
    return render(project, graph, findings, formats, showCdkInternals, coverage, Optional.empty(),
        DiagramLevel.DEFAULT).documents();
  }

  /**
   * The documents (sorted by path) and, when {@code site} is given, the doc site's own AsciiDoc pages and map
   * (for the HTML site and the Antora component).
   */
  public record Rendered(List<Document> documents, Optional<Site> site) {}

  /**
   * As above; with {@code site}, the doc site too; stack pages show their diagram at {@code diagramLevel}. With
   * AsciiDoc or HTML the diagrams are written too: {@code diagrams/<stack>.svg} (default level),
   * {@code <stack>-all.svg}, {@code <stack>-summary.svg}, {@code system.svg}, each with its Mermaid source
   * ({@code .mmd}).
   */
  public Rendered render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage, Optional<SiteSources> site, DiagramLevel diagramLevel) {
    return render(project, graph, findings, formats, showCdkInternals, coverage, site, diagramLevel, Readiness.NONE);
  }

  /** As above, with the readiness scorecards (analysed once per run, shared by model.json and the pages). */
  public Rendered render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage, Optional<SiteSources> site, DiagramLevel diagramLevel,
      Readiness readiness) {
    List<Document> documents = java.util.Collections.synchronizedList(new ArrayList<>());
    Optional<Site> built = render(project, graph, findings, formats, showCdkInternals, coverage, site, diagramLevel,
        readiness, d -> documents.add(d.streamed() ? Document.ofUtf8(d.path(), d.utf8()) : d)); // held: a list holds all
    List<Document> sorted = new ArrayList<>(documents);
    sorted.sort(null);
    return new Rendered(List.copyOf(sorted), built);
  }

  /**
   * As above, each document handed to {@code out} as soon as it is made, so that none has to be held until the last
   * is ready (generate streams them into the output folder's staging folder). {@code out} must be thread-safe:
   * diagrams are laid out, and handed over, on several threads. The order documents come in is not defined.
   *
   * @return the doc site's own AsciiDoc pages and map, when {@code site} is given
   */
  public Optional<Site> render(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage, Optional<SiteSources> site, DiagramLevel diagramLevel,
      Readiness readiness, Consumer<Document> out) {
    // analysed once for model.json and the pages
    boolean shown = site.isPresent() || formats.stream().anyMatch(f -> f == Format.JSON || f == Format.ADOC
        || f == Format.MD || f == Format.HTML);
    List<StackSecurity> security = shown ? new SecurityAnalyzer().analyze(project) : List.of();
    if (formats.contains(Format.JSON)) { // streamed: 157 MB at 50,000 resources, written straight into its file
      out.accept(Document.streamed("model.json", o -> ModelJson.write(o, project, graph, findings, security,
          readiness)));
    }
    return pages(project, graph, findings, formats, showCdkInternals, coverage, site, diagramLevel, security,
        readiness, out);
  }

  /**
   * The pages of AsciiDoc and Markdown, the diagrams, the site's assets and the site, from one view of the project.
   * The view is only referenced here, so it is garbage once the pages are made (it is large at 50,000 resources).
   */
  private Optional<Site> pages(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage, Optional<SiteSources> site, DiagramLevel diagramLevel,
      List<StackSecurity> security, Readiness readiness, Consumer<Document> out) {
    ProjectView view = null;
    DiagramSet diagrams = null;
    IncidentsView incidents = IncidentsView.of(project);
    for (Format format : List.of(Format.ADOC, Format.MD, Format.HTML)) {
      if (!formats.contains(format)) {
        continue;
      }
      if (view == null) {
        diagrams = DiagramSet.build(project, graph, diagramLevel, writesDiagrams(formats));
        view = ProjectViewBuilder.build(project, graph, findings, catalog, showCdkInternals, diagrams, security,
            readiness);
        if (diagrams.files()) {
          diagramFiles(view, diagrams, out);
        }
      }
      if (format == Format.HTML) {
        continue; // its assets below, once the site (whose runbook pages the search covers) is built
      }
      String ext = format.extension();
      out.accept(new Document("index." + ext, index(view, coverage, ext, incidents)));
      for (StackView stack : view.stacks()) {
        out.accept(new Document(stack.page() + "." + ext, engine.process(ext + "/stack.ftl",
            Map.of("project", view, "stack", stack, "incidents", incidents, "incidentsPage", IncidentsView.PAGE))));
      }
      if (!incidents.all().isEmpty()) {
        out.accept(new Document(IncidentsView.PAGE + "." + ext, engine.process(ext + "/incidents-page.ftl",
            Map.of("project", view, "incidents", incidents, "incidentsPage", IncidentsView.PAGE))));
      }
    }
    Optional<Site> built = Optional.empty();
    if (site.isPresent()) {
      ProjectView v = view != null ? view : ProjectViewBuilder.build(project, graph, findings, catalog,
          showCdkInternals, DiagramSet.build(project, graph, DiagramLevel.DEFAULT, false), security, readiness);
      Optional<String> adocIndex = formats.contains(Format.ANTORA)
          ? Optional.of(index(v, site.get().coverage(), Format.ADOC.extension(), incidents)) : Optional.empty();
      built = Optional.of(new SiteRenderer(engine).render(v, parents(project), site.get(), adocIndex,
          incidents.all().size()));
    }
    if (formats.contains(Format.HTML)) {
      SiteAssets.of(view, built.map(Site::map)).forEach(out);
      if (built.isPresent()) {
        htmlPages().render(view, built.get().map(), site.get().coverage(), SiteRenderer.findingRows(view),
            incidents, out);
      }
    }
    return built;
  }

  /**
   * The sections {@code inject} writes into human-edited files, from the same view as the pages; stack diagrams at
   * {@code diagramLevel}.
   */
  public io.github.stackdocs.render.inject.InjectSections injectSections(Project project, DependencyGraph graph,
      List<Finding> findings, boolean showCdkInternals, DiagramLevel diagramLevel, Readiness readiness) {
    return new io.github.stackdocs.render.inject.InjectSections(engine, ProjectViewBuilder.build(project, graph,
        findings, catalog, showCdkInternals, DiagramSet.build(project, graph, diagramLevel, false), List.of(),
        readiness));
  }

  /** The HTML site's pages, rendered with this renderer's templates. */
  public HtmlPages htmlPages() {
    return new HtmlPages(engine);
  }

  private String index(ProjectView view, List<CoverageView> coverage, String ext, IncidentsView incidents) {
    Map<String, Object> index = new java.util.HashMap<>(Map.of("project", view, "incidents", incidents,
        "incidentsPage", IncidentsView.PAGE));
    if (!coverage.isEmpty()) {
      index.put("coverage", coverage);
    }
    return engine.process(ext + "/index.ftl", index);
  }

  /** Nested stack → parent stack. */
  private static Map<String, String> parents(Project project) {
    Map<String, String> result = new java.util.HashMap<>();
    project.stacks().forEach(s -> s.nestedIn().ifPresent(n -> result.put(s.name(), n.parentStack())));
    return result;
  }

  /** Where later renders keep and find the SVG drawings of diagrams ({@code SvgCache.NONE}: nowhere). */
  public void svgCache(io.github.stackdocs.render.diagram.SvgCache cache) {
    this.svgCache = cache;
  }

  /** True when {@code formats} ask for the diagram files: AsciiDoc and HTML pages embed them. */
  public static boolean writesDiagrams(Set<Format> formats) {
    return formats.contains(Format.ADOC) || formats.contains(Format.HTML);
  }

  /**
   * The SVG and Mermaid files of every diagram the pages show or link. Each is laid out once, unless the SVG cache
   * has its drawing; the layouts, which are independent, run in parallel (each file's content does not depend on
   * which thread made it).
   */
  private void diagramFiles(ProjectView view, DiagramSet diagrams, Consumer<Document> out) {
    Map<String, Diagram> files = new java.util.LinkedHashMap<>();
    view.systemDiagram().files().values().forEach(path -> files.put(path, diagrams.system()));
    for (StackView stack : view.stacks()) {
      stack.diagrams().files().forEach((level, path) ->
          files.put(path, diagrams.stack(stack.name()).orElseThrow().level(DiagramLevel.parse(level))));
    }
    files.forEach((path, diagram) -> out.accept(new Document(path + ".mmd", diagrams.mermaid(diagram) + "\n")));
    files.entrySet().parallelStream().forEach(e -> out.accept(new Document(e.getKey() + ".svg", svg(e.getValue()))));
  }

  private String svg(Diagram diagram) {
    io.github.stackdocs.render.diagram.SvgCache cache = svgCache;
    String key = io.github.stackdocs.render.diagram.SvgCache.key(diagram);
    return cache.svg(key).orElseGet(() -> {
      String drawn = SvgRenderer.render(diagram);
      cache.put(key, drawn);
      return drawn;
    });
  }

  /** The runbooks ({@code runbook/**} templates, same template folder and catalog), sorted by path. */
  public List<Document> runbooks(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms) {
    return new RunbookRenderer(engine, catalog).render(project, graph, alarms);
  }

  /** As above, for the units {@link io.github.stackdocs.render.runbook.RunbookUnits#of} gave. */
  public List<Document> runbooks(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<io.github.stackdocs.render.runbook.RunbookUnit> units) {
    return new RunbookRenderer(engine, catalog).render(project, graph, alarms, units);
  }

  /** As above; the failure scenarios link their game-day stubs. */
  public List<Document> runbooks(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<io.github.stackdocs.render.runbook.RunbookUnit> units,
      io.github.stackdocs.render.runbook.ScenarioLinks links) {
    return new RunbookRenderer(engine, catalog).render(project, graph, alarms, units, links);
  }
}
