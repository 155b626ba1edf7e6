package io.github.stackdocs.render.view;

import java.util.List;

/**
 * Everything the index shows, plus the stack pages.
 *
 * @param diagram Mermaid flowchart of stack-level dependencies
 * @param drift one row per stack with deployed state (empty without snapshots)
 * @param owners the owners and tiers overview (empty without annotations)
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
    List<OwnerRow> owners) {
  public ProjectView {
    stackRows = List.copyOf(stackRows);
    stackDependencies = List.copyOf(stackDependencies);
    exports = List.copyOf(exports);
    findingSummary = List.copyOf(findingSummary);
    findings = List.copyOf(findings);
    stacks = List.copyOf(stacks);
    drift = List.copyOf(drift);
    owners = List.copyOf(owners);
  }

  /** A view without an owners overview. */
  public ProjectView(String name, List<StackRow> stackRows, List<StackDependencyView> stackDependencies,
      List<ExportView> exports, List<SeverityCount> findingSummary, List<FindingView> findings, String diagram,
      List<StackView> stacks, List<DriftRow> drift) {
    this(name, stackRows, stackDependencies, exports, findingSummary, findings, diagram, stacks, drift, List.of());
  }
}
