package io.github.stackdocs.render.view;

import java.util.List;

/**
 * Everything the index shows, plus the stack pages.
 *
 * @param diagram Mermaid flowchart of the system diagram (stacks, imports, nesting)
 * @param drift one row per stack with deployed state (empty without snapshots)
 * @param owners the owners and tiers overview (empty without annotations)
 * @param systemDiagram the system diagram's SVG
 * @param security every exposure and every flagged grant of the project
 * @param readiness the readiness scorecards of the project and its stacks ({@link ReadinessView#NONE} when not analysed)
 */
public record ProjectView(
    String name,
    List<StackRow> stackRows,
    List<StackDependencyView> stackDependencies,
    List<ExportView> exports,
    List<SeverityCount> findingSummary,
    List<FindingView> findings,
    String diagram,
    List<StackView> stacks,
    List<DriftRow> drift,
    List<OwnerRow> owners,
    DiagramView systemDiagram,
    SecurityView security,
    ReadinessView readiness) {
  /** Without readiness scorecards. */
  public ProjectView(String name, List<StackRow> stackRows, List<StackDependencyView> stackDependencies,
      List<ExportView> exports, List<SeverityCount> findingSummary, List<FindingView> findings, String diagram,
      List<StackView> stacks, List<DriftRow> drift, List<OwnerRow> owners, DiagramView systemDiagram,
      SecurityView security) {
    this(name, stackRows, stackDependencies, exports, findingSummary, findings, diagram, stacks, drift, owners,
        systemDiagram, security, ReadinessView.NONE);
  }

  /** Without security views (nothing analyzed). */
  public ProjectView(String name, List<StackRow> stackRows, List<StackDependencyView> stackDependencies,
      List<ExportView> exports, List<SeverityCount> findingSummary, List<FindingView> findings, String diagram,
      List<StackView> stacks, List<DriftRow> drift, List<OwnerRow> owners, DiagramView systemDiagram) {
    this(name, stackRows, stackDependencies, exports, findingSummary, findings, diagram, stacks, drift, owners,
        systemDiagram, new SecurityView("", List.of(), List.of(), 0, 0));
  }

  public ProjectView {
    stackRows = List.copyOf(stackRows);
    stackDependencies = List.copyOf(stackDependencies);
    exports = List.copyOf(exports);
    findingSummary = List.copyOf(findingSummary);
    findings = List.copyOf(findings);
    stacks = List.copyOf(stacks);
    drift = List.copyOf(drift);
    owners = List.copyOf(owners);
    readiness = readiness == null ? ReadinessView.NONE : readiness;
  }
}
