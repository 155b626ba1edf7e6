package io.github.stackdocs.render;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.render.runbook.CoverageView;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.render.json.ModelJson;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.render.html.SiteAssets;
import io.github.stackdocs.render.view.ProjectViewBuilder;
import io.github.stackdocs.render.view.StackView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a project into documents: for {@link Format#ADOC} and {@link Format#MD} an index and one page per
 * stack, for {@link Format#JSON} {@code model.json}, for {@link Format#HTML} the site's assets (search index,
 * script, style); the HTML pages themselves are made elsewhere from the AsciiDoc. Create once per execution; {@link #render} is thread-safe.
 */
public final class DocumentRenderer {
  private final TemplateEngine engine;
  private final ResourceCatalog catalog;

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
    List<Document> documents = new ArrayList<>();
    if (formats.contains(Format.JSON)) { // first: its buffers are large, and fewer pages exist yet
      documents.add(Document.ofUtf8("model.json", ModelJson.writeUtf8(project, graph, findings)));
    }
    documents.addAll(pages(project, graph, findings, formats, showCdkInternals, coverage));
    documents.sort(null);
    return List.copyOf(documents);
  }

  /**
   * The pages of AsciiDoc and Markdown and the site's assets, from one view of the project. The view is only
   * referenced here, so it is garbage once the pages are made (it is large at 50,000 resources).
   */
  private List<Document> pages(Project project, DependencyGraph graph, List<Finding> findings, Set<Format> formats,
      boolean showCdkInternals, List<CoverageView> coverage) {
    List<Document> documents = new ArrayList<>();
    ProjectView view = null;
    for (Format format : List.of(Format.ADOC, Format.MD, Format.HTML)) {
      if (!formats.contains(format)) {
        continue;
      }
      if (view == null) {
        view = ProjectViewBuilder.build(project, graph, findings, catalog, showCdkInternals);
      }
      if (format == Format.HTML) {
        documents.addAll(SiteAssets.of(view));
        continue;
      }
      String ext = format.extension();
      Map<String, Object> index = coverage.isEmpty() ? Map.of("project", view)
          : Map.of("project", view, "coverage", coverage);
      documents.add(new Document("index." + ext, engine.process(ext + "/index.ftl", index)));
      for (StackView stack : view.stacks()) {
        documents.add(new Document(stack.page() + "." + ext,
            engine.process(ext + "/stack.ftl", Map.of("project", view, "stack", stack))));
      }
    }
    return documents;
  }

  /** The runbooks ({@code runbook/**} templates, same template folder and catalog), sorted by path. */
  public List<Document> runbooks(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms) {
    return new RunbookRenderer(engine, catalog).render(project, graph, alarms);
  }
}
