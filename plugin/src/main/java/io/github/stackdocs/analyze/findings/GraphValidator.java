package io.github.stackdocs.analyze.findings;

import io.github.stackdocs.analyze.graph.CrossStackLink;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Project-level checks on the dependency graph: resource dependency cycles (CloudFormation rejects
 * them; a warning only in templates with a Transform, which rewrites resources first), exports defined twice, and imports no stack of the project exports (noted, since they may
 * come from stacks outside the build).
 */
public final class GraphValidator {

  public List<Finding> validate(Project project, DependencyGraph graph) {
    List<Finding> findings = new ArrayList<>();
    for (List<NodeId> cycle : graph.cycles()) {
      NodeId first = cycle.get(0);
      String path = cycle.stream().map(NodeId::logicalId).collect(Collectors.joining(" → "))
          + " → " + first.logicalId();
      // A transform (SAM, macros) rewrites resources before CloudFormation sees them: SAM turns a
      // function's Api event and the API's definition into separate resources, so a cycle written
      // in the source template is often gone after the transform.
      boolean transformed = project.stack(first.stack()).map(Stack::transformed).orElse(false);
      findings.add(new Finding(transformed ? Severity.WARN : Severity.ERROR, "dependency-cycle",
          "circular dependency between resources: " + path + "; CloudFormation needs an acyclic graph"
              + (transformed ? " (the template's Transform may resolve it)" : ""),
          locationOf(project, first), first.stack()));
    }
    java.util.Map<String, String> exporters = new java.util.HashMap<>();
    for (Stack s : project.stacks()) {
      for (var o : s.outputs()) {
        if (o.resolvedExportName().isEmpty()) {
          continue;
        }
        String name = o.resolvedExportName().get();
        String previous = exporters.putIfAbsent(name, s.name() + "." + o.name());
        if (previous != null) {
          findings.add(Finding.error("duplicate-export",
              "export name '" + name + "' is already exported by " + previous + "; export names must be unique per region",
              o.location(), s.name()));
        }
      }
    }
    for (CrossStackLink link : graph.crossStackLinks()) {
      if (!link.resolved()) {
        findings.add(new Finding(Severity.INFO, "external-import",
            "imports '" + link.exportName() + "', which no stack in this build exports",
            link.location(), link.importingStack()));
      }
    }
    return findings;
  }

  private static SourceLocation locationOf(Project project, NodeId node) {
    return project.stack(node.stack())
        .flatMap(s -> s.resource(node.logicalId()))
        .map(Resource::location)
        .orElse(SourceLocation.UNKNOWN);
  }
}
