package io.github.stackdocs.render.view;

import io.github.stackdocs.analyze.security.SecurityAnalyzer;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.analyze.graph.CrossStackLink;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.diagram.DiagramLevel;
import io.github.stackdocs.render.diagram.DiagramSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the whole view (index and every stack page) once per render from model, graph and findings. */
public final class ProjectViewBuilder {
  private ProjectViewBuilder() {}

  public static ProjectView build(Project project, DependencyGraph graph, List<Finding> findings,
      ResourceCatalog catalog) {
    return build(project, graph, findings, catalog, false);
  }

  /**
   * @param showCdkInternals show CDK bookkeeping (CDKMetadata, asset and bootstrap parameters, the bootstrap
   *     rule) on the pages of stacks read from a cloud assembly, instead of counting it as hidden
   */
  public static ProjectView build(Project project, DependencyGraph graph, List<Finding> findings,
      ResourceCatalog catalog, boolean showCdkInternals) {
    return build(project, graph, findings, catalog, showCdkInternals,
        DiagramSet.build(project, graph, DiagramLevel.DEFAULT, false));
  }

  /** As above, with the project's diagrams (which level pages show, whether SVG files are written). */
  public static ProjectView build(Project project, DependencyGraph graph, List<Finding> findings,
      ResourceCatalog catalog, boolean showCdkInternals, DiagramSet diagramSet) {
    return build(project, graph, findings, catalog, showCdkInternals, diagramSet,
        new SecurityAnalyzer().analyze(project));
  }

  /** As above, with the project's security views already analysed ({@link SecurityAnalyzer}). */
  public static ProjectView build(Project project, DependencyGraph graph, List<Finding> findings,
      ResourceCatalog catalog, boolean showCdkInternals, DiagramSet diagramSet, List<StackSecurity> security) {
    return build(project, graph, findings, catalog, showCdkInternals, diagramSet, security,
        io.github.stackdocs.analyze.readiness.Readiness.NONE);
  }

  /** As above, with the readiness scorecards (analysed once per run, {@code ReadinessAnalyzer}). */
  public static ProjectView build(Project project, DependencyGraph graph, List<Finding> findings,
      ResourceCatalog catalog, boolean showCdkInternals, DiagramSet diagramSet, List<StackSecurity> security,
      io.github.stackdocs.analyze.readiness.Readiness readiness) {
    PageIndex pages = new PageIndex(project);
    DiagramViews diagrams = new DiagramViews(diagramSet, project, pages);
    Map<String, List<CrossStackLink>> importsByStack = new HashMap<>();
    Map<String, List<CrossStackLink>> importersByExport = new HashMap<>();
    for (CrossStackLink l : graph.crossStackLinks()) {
      importsByStack.computeIfAbsent(l.importingStack(), k -> new ArrayList<>()).add(l);
      if (l.resolved()) {
        importersByExport
            .computeIfAbsent(StackViewBuilder.exportKey(l.exportingStack(), l.outputName()), k -> new ArrayList<>())
            .add(l);
      }
    }
    List<Finding> sorted = findings.stream().sorted().toList();
    Map<String, List<FindingView>> findingsByStack = new HashMap<>();
    sorted.forEach(f -> findingsByStack.computeIfAbsent(f.stack(), k -> new ArrayList<>()).add(finding(f)));

    Map<String, StackSecurity> securityByStack = new HashMap<>();
    security.forEach(s -> securityByStack.put(s.stack(), s));
    StackViewBuilder stackViews =
        new StackViewBuilder(graph, pages, importsByStack, importersByExport, findingsByStack, new TypeDocs(catalog),
            showCdkInternals, project, diagrams, securityByStack);
    List<StackView> stacks = project.stacks().stream().map(stackViews::build).toList();

    return new ProjectView(
        project.name(),
        project.stacks().stream().map(s -> row(stackViews.shown(s), pages)).toList(),
        stackDependencies(graph, pages),
        exports(graph, pages, importersByExport),
        summary(sorted),
        sorted.stream().map(ProjectViewBuilder::finding).toList(),
        diagrams.systemMermaid(),
        stacks,
        drift(project, pages, findingsByStack),
        OwnerRows.build(project, pages),
        diagrams.system(project.stacks().size()),
        SecurityViews.project(security, pages),
        ReadinessViews.of(readiness, pages));
  }

  private static List<DriftRow> drift(Project project, PageIndex pages, Map<String, List<FindingView>> findingsByStack) {
    List<DriftRow> rows = new ArrayList<>();
    for (Stack s : project.stacks()) {
      if (s.deployed().isEmpty()) {
        continue;
      }
      var d = s.deployed().get();
      List<FindingView> fs = findingsByStack.getOrDefault(s.name(), List.of());
      rows.add(new DriftRow(pages.stackLink("index", s.name()), d.status(), d.lastUpdated(), d.stackDriftStatus(),
          count(fs, "drift-not-deployed"), count(fs, "drift-not-in-template"),
          count(fs, "drift-modified") + count(fs, "drift-deleted") + count(fs, "drift-type-mismatch")));
    }
    return rows;
  }

  private static int count(List<FindingView> findings, String code) {
    return (int) findings.stream().filter(f -> f.code().equals(code)).count();
  }

  private static StackRow row(Stack s, PageIndex pages) {
    String summary = firstSentence(s.description());
    return new StackRow(pages.stackLink("index", s.name()), summary, s.resources().size(), s.parameters().size(),
        s.outputs().size(), s.sourceFile());
  }

  private static List<StackDependencyView> stackDependencies(DependencyGraph graph, PageIndex pages) {
    Map<String, Map<String, TreeSet<String>>> via = new TreeMap<>();
    for (CrossStackLink l : graph.crossStackLinks()) {
      if (l.resolved() && !l.exportingStack().equals(l.importingStack())
          && pages.hasStack(l.importingStack()) && pages.hasStack(l.exportingStack())) {
        via.computeIfAbsent(l.importingStack(), k -> new TreeMap<>())
            .computeIfAbsent(l.exportingStack(), k -> new TreeSet<>())
            .add(l.exportName());
      }
    }
    List<StackDependencyView> result = new ArrayList<>();
    via.forEach((importing, byExporter) -> byExporter.forEach((exporting, names) -> result.add(
        new StackDependencyView(pages.stackLink("index", importing), pages.stackLink("index", exporting),
            List.copyOf(names)))));
    return result;
  }

  private static List<ExportView> exports(
      DependencyGraph graph, PageIndex pages, Map<String, List<CrossStackLink>> importersByExport) {
    List<ExportView> result = new ArrayList<>();
    graph.exports().forEach((name, e) -> {
      if (pages.hasStack(e.stack())) {
        int importers = importersByExport.getOrDefault(StackViewBuilder.exportKey(e.stack(), e.output()), List.of())
            .size();
        result.add(new ExportView(name, pages.stackLink("index", e.stack()),
            pages.outputLink("index", e.stack(), e.output()), importers));
      }
    });
    return result;
  }

  /** The first line of a description, cut after its first sentence and at 160 characters. */
  static String firstSentence(String description) {
    return Texts.firstSentence(description, 160);
  }

  private static List<SeverityCount> summary(List<Finding> findings) {
    List<SeverityCount> result = new ArrayList<>();
    for (Severity s : List.of(Severity.ERROR, Severity.WARN, Severity.INFO)) {
      result.add(new SeverityCount(s.name(), (int) findings.stream().filter(f -> f.severity() == s).count()));
    }
    return result;
  }

  static FindingView finding(Finding f) {
    return new FindingView(f.severity().name(), f.code(), f.location().toString(), f.stack(), f.message());
  }
}
