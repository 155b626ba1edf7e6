package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.Edge;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mermaid {@code flowchart LR} source: per stack (one subgraph per AWS service, resources as nodes,
 * resources of other stacks it uses in a subgraph per stack) and per project (stacks and their imports).
 * Deterministic; lines end with {@code \n}, no trailing newline.
 */
public final class MermaidDiagrams {
  private MermaidDiagrams() {}

  /** The resource diagram of {@code stack}; edges are {@code graph.edges(stack)}, dotted when DependsOn only. */
  public static String stack(Stack stack, DependencyGraph graph) {
    MermaidText.Ids ids = new MermaidText.Ids();
    Map<NodeId, String> nodeIds = new HashMap<>();
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    SortedMap<String, List<Resource>> byService = new TreeMap<>();
    stack.resources().stream()
        .sorted(Comparator.comparing(Resource::logicalId))
        .forEach(r -> byService.computeIfAbsent(r.service(), k -> new java.util.ArrayList<>()).add(r));
    for (Map.Entry<String, List<Resource>> e : byService.entrySet()) {
      sb.append("  subgraph ").append(ids.next("svc", e.getKey()))
          .append("[\"").append(MermaidText.label(e.getKey())).append("\"]\n");
      for (Resource r : e.getValue()) {
        String id = ids.next("r", r.logicalId());
        nodeIds.put(new NodeId(stack.name(), r.logicalId()), id);
        sb.append("    ").append(id).append("[\"").append(MermaidText.label(r.logicalId()))
            .append("<br/>").append(MermaidText.label(shortType(r.type()))).append("\"]\n");
      }
      sb.append("  end\n");
    }
    List<Edge> edges = graph.edges(stack.name());
    SortedMap<String, SortedSet<String>> external = new TreeMap<>();
    for (Edge edge : edges) {
      if (!nodeIds.containsKey(edge.to())) {
        external.computeIfAbsent(edge.to().stack(), k -> new TreeSet<>()).add(edge.to().logicalId());
      }
    }
    for (Map.Entry<String, SortedSet<String>> e : external.entrySet()) {
      sb.append("  subgraph ").append(ids.next("ext", e.getKey()))
          .append("[\"").append(MermaidText.label("stack " + e.getKey())).append("\"]\n");
      for (String logicalId : e.getValue()) {
        String id = ids.next("x", e.getKey() + "_" + logicalId);
        nodeIds.put(new NodeId(e.getKey(), logicalId), id);
        sb.append("    ").append(id).append("[\"").append(MermaidText.label(logicalId)).append("\"]\n");
      }
      sb.append("  end\n");
    }
    for (Edge edge : edges) {
      String arrow = edge.kinds().equals(Set.of(Reference.Kind.DEPENDS_ON)) ? " -.-> " : " --> ";
      sb.append("  ").append(nodeIds.get(edge.from())).append(arrow).append(nodeIds.get(edge.to())).append('\n');
    }
    return sb.toString().stripTrailing();
  }

  /** The stack-level diagram: every stack a node, an edge from importing to exporting stack. */
  public static String project(List<String> stackNames, DependencyGraph graph) {
    return project(stackNames, graph, Map.of(), Map.of());
  }

  /**
   * The stack-level diagram: {@code -->} for imports of another stack's exports; labelled edges for CDK
   * deployment order ({@code deployedAfter}: stack → stacks it is deployed after, drawn only where no import
   * already connects the pair) and for nested stacks ({@code nests}: parent → children).
   */
  public static String project(List<String> stackNames, DependencyGraph graph, Map<String, List<String>> deployedAfter,
      Map<String, List<String>> nests) {
    MermaidText.Ids ids = new MermaidText.Ids();
    Map<String, String> nodeIds = new HashMap<>();
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    for (String name : new TreeSet<>(stackNames)) {
      String id = ids.next("s", name);
      nodeIds.put(name, id);
      sb.append("  ").append(id).append("[\"").append(MermaidText.label(name)).append("\"]\n");
    }
    java.util.Set<String> drawn = new java.util.HashSet<>();
    graph.stackDependencies().forEach((importing, exporting) -> exporting.forEach(to -> {
      if (nodeIds.containsKey(importing) && nodeIds.containsKey(to)) {
        sb.append("  ").append(nodeIds.get(importing)).append(" --> ").append(nodeIds.get(to)).append('\n');
        drawn.add(importing + "\u0000" + to);
      }
    }));
    edges(sb, nodeIds, deployedAfter, drawn, " -.->|\"deployed after\"| ");
    edges(sb, nodeIds, nests, drawn, " ==>|\"nests\"| ");
    return sb.toString().stripTrailing();
  }

  private static void edges(StringBuilder sb, Map<String, String> nodeIds, Map<String, List<String>> edges,
      java.util.Set<String> drawn, String arrow) {
    new java.util.TreeMap<>(edges).forEach((from, tos) -> new TreeSet<>(tos).forEach(to -> {
      if (nodeIds.containsKey(from) && nodeIds.containsKey(to) && drawn.add(from + "\u0000" + to)) {
        sb.append("  ").append(nodeIds.get(from)).append(arrow).append(nodeIds.get(to)).append('\n');
      }
    }));
  }

  /** {@code AWS::Lambda::Function} → {@code Lambda::Function}. */
  static String shortType(String type) {
    return type.startsWith("AWS::") ? type.substring("AWS::".length()) : type;
  }
}
