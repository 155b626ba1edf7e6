package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.CrossStackLink;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The system diagram of the index: every stack a node; an edge from a stack to each stack whose exports it
 * imports ({@code imports}, with how many), from a parent to its nested stacks ({@code nests}), and for CDK
 * stacks to the stacks they are deployed after where no import already connects them (dotted). Stacks of one
 * CDK stage ({@code Prod/Orders}, {@code Prod/Api}) are framed together.
 */
final class SystemDiagramBuilder {
  private SystemDiagramBuilder() {}

  static Diagram build(Project project, DependencyGraph graph) {
    Ids ids = new Ids();
    Map<String, String> nodeIds = new TreeMap<>();
    GroupTree tree = new GroupTree();
    for (Stack s : project.stacks()) {
      String id = ids.next("s", s.name());
      nodeIds.put(s.name(), id);
      String stage = stage(s);
      tree.add(id, stage.isEmpty() ? List.of()
          : List.of(GroupKey.of(DiagramGroup.Kind.STAGE, "", stage, "stage " + stage)));
    }
    GroupTree.Result groups = tree.build(ids);
    List<DiagramNode> nodes = new ArrayList<>();
    for (Stack s : project.stacks()) {
      String id = nodeIds.get(s.name());
      String badge = s.nestedIn().isPresent() ? "Nested stack" : s.cdk().isPresent() ? "CDK stack" : "Stack";
      String tooltip = s.name() + " (" + s.sourceFile() + ")"
          + s.nestedIn().map(n -> ", nested in " + n.parentStack() + " as " + n.logicalId()).orElse("");
      nodes.add(new DiagramNode(id, s.name(), badge, count(s.resources().size()), Family.STACK, tooltip,
          groups.groupOfNode().get(id)));
    }
    nodes.sort(java.util.Comparator.comparing(DiagramNode::id));
    return new Diagram("stacks of " + (project.name().isEmpty() ? "the project" : project.name()), groups.groups(),
        nodes, edges(project, graph, nodeIds));
  }

  private static List<DiagramEdge> edges(Project project, DependencyGraph graph, Map<String, String> nodeIds) {
    Map<String, Map<String, Set<String>>> imports = new TreeMap<>();
    for (CrossStackLink l : graph.crossStackLinks()) {
      if (l.resolved() && !l.exportingStack().equals(l.importingStack()) && nodeIds.containsKey(l.importingStack())
          && nodeIds.containsKey(l.exportingStack())) {
        imports.computeIfAbsent(l.importingStack(), k -> new TreeMap<>())
            .computeIfAbsent(l.exportingStack(), k -> new TreeSet<>()).add(l.exportName());
      }
    }
    List<DiagramEdge> edges = new ArrayList<>();
    Set<String> connected = new HashSet<>();
    imports.forEach((from, tos) -> tos.forEach((to, names) -> {
      edges.add(new DiagramEdge(nodeIds.get(from), nodeIds.get(to),
          names.size() == 1 ? "imports 1 export" : "imports " + names.size() + " exports", DiagramEdge.Style.SOLID));
      connected.add(from + "\u0000" + to);
    }));
    Map<String, List<String>> nests = new HashMap<>();
    for (Stack s : project.stacks()) {
      s.nestedIn().filter(n -> nodeIds.containsKey(n.parentStack()))
          .ifPresent(n -> nests.computeIfAbsent(n.parentStack(), k -> new ArrayList<>()).add(s.name()));
      s.cdk().ifPresent(c -> c.dependencies().stream()
          .filter(d -> nodeIds.containsKey(d) && !connected.contains(s.name() + "\u0000" + d))
          .forEach(d -> edges.add(new DiagramEdge(nodeIds.get(s.name()), nodeIds.get(d), "deployed after",
              DiagramEdge.Style.DOTTED))));
    }
    nests.forEach((parent, children) -> children.forEach(child -> edges.add(new DiagramEdge(nodeIds.get(parent),
        nodeIds.get(child), "nests", DiagramEdge.Style.THICK))));
    edges.sort(null);
    return edges;
  }

  /** The CDK stage of a stack ({@code Prod} for {@code Prod/Orders}); empty when none. */
  private static String stage(Stack s) {
    return s.cdk().map(c -> {
      int slash = c.displayName().lastIndexOf('/');
      return slash > 0 ? c.displayName().substring(0, slash) : "";
    }).orElse("");
  }

  private static String count(int n) {
    return n + " resource" + (n == 1 ? "" : "s");
  }
}
