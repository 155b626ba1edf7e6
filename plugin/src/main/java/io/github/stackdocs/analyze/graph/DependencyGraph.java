package io.github.stackdocs.analyze.graph;

import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The resource dependency graph of a whole project, built once: edges from Ref, GetAtt, Sub, DependsOn
 * and, across stacks, from {@code ImportValue} through the exporting output to the resources its value
 * references. Immutable and safe to share between threads.
 */
public final class DependencyGraph {

  /**
   * The reference kinds that name a resource. A Condition or a Mapping may share its name with a
   * resource, so CONDITION and FIND_IN_MAP references never make resource edges.
   */
  private static final Set<Reference.Kind> USES_RESOURCE = EnumSet.of(
      Reference.Kind.REF, Reference.Kind.GET_ATT, Reference.Kind.SUB, Reference.Kind.DEPENDS_ON);

  /** An exported output: the stack and output that export a name. */
  public record Export(String stack, String output) {}

  private final Map<NodeId, Map<NodeId, Set<Reference.Kind>>> out = new HashMap<>();
  private final Map<NodeId, SortedSet<NodeId>> in = new HashMap<>();
  /** from → to → the references behind the edge, in the stack's reference order. */
  private final Map<NodeId, Map<NodeId, List<Reference>>> via = new HashMap<>();
  private final Map<String, Export> exports = new TreeMap<>();
  private final List<CrossStackLink> links = new ArrayList<>();
  private final Set<NodeId> nodes = new TreeSet<>();

  private DependencyGraph() {}

  /** Builds the graph; reference targets that are not resources (parameters, pseudo parameters) are ignored. */
  public static DependencyGraph build(Project project) {
    DependencyGraph g = new DependencyGraph();
    for (Stack s : project.stacks()) {
      for (Resource r : s.resources()) {
        g.nodes.add(new NodeId(s.name(), r.logicalId()));
      }
      for (Output o : s.outputs()) {
        o.resolvedExportName().ifPresent(name -> g.exports.putIfAbsent(name, new Export(s.name(), o.name())));
      }
    }
    Map<String, Map<String, Set<NodeId>>> outputTargets = new HashMap<>();
    for (Stack s : project.stacks()) {
      Map<String, Set<NodeId>> perOutput = new HashMap<>();
      for (Reference ref : s.references()) {
        if (ref.source().startsWith("Outputs.") && USES_RESOURCE.contains(ref.kind())) {
          NodeId target = new NodeId(s.name(), ref.target());
          if (g.nodes.contains(target)) {
            perOutput.computeIfAbsent(ref.source().substring("Outputs.".length()), k -> new TreeSet<>()).add(target);
          }
        }
      }
      outputTargets.put(s.name(), perOutput);
    }
    for (Stack s : project.stacks()) {
      for (Reference ref : s.references()) {
        NodeId from = new NodeId(s.name(), ref.source());
        if (ref.kind() == Reference.Kind.IMPORT_VALUE) {
          Export export = g.exports.get(ref.target());
          g.links.add(new CrossStackLink(s.name(), ref.source(), ref.target(),
              export == null ? "" : export.stack(), export == null ? "" : export.output(), ref.location()));
          if (export != null && g.nodes.contains(from)) {
            for (NodeId to : outputTargets.get(export.stack()).getOrDefault(export.output(), Set.of())) {
              g.addEdge(from, to, ref);
            }
          }
          continue;
        }
        NodeId to = new NodeId(s.name(), ref.target());
        if (USES_RESOURCE.contains(ref.kind()) && g.nodes.contains(from) && g.nodes.contains(to) && !from.equals(to)) {
          g.addEdge(from, to, ref);
        }
      }
    }
    Collections.sort(g.links);
    return g;
  }

  private void addEdge(NodeId from, NodeId to, Reference ref) {
    out.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> EnumSet.noneOf(Reference.Kind.class))
        .add(ref.kind());
    in.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
    via.computeIfAbsent(from, k -> new HashMap<>()).computeIfAbsent(to, k -> new ArrayList<>()).add(ref);
  }

  /**
   * The references behind the edge from {@code from} to {@code to} (where in {@code from} it uses {@code to}:
   * each reference's path), sorted; empty when there is no such edge.
   */
  public List<Reference> references(NodeId from, NodeId to) {
    return Collections.unmodifiableList(via.getOrDefault(from, Map.of()).getOrDefault(to, List.of()));
  }

  /** Every resource node, sorted. */
  public SortedSet<NodeId> nodes() {
    return Collections.unmodifiableSortedSet((SortedSet<NodeId>) nodes);
  }

  /** What {@code node} uses directly. */
  public SortedSet<NodeId> dependencies(NodeId node) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(out.getOrDefault(node, Map.of()).keySet()));
  }

  /** What uses {@code node} directly. */
  public SortedSet<NodeId> dependents(NodeId node) {
    return Collections.unmodifiableSortedSet(in.getOrDefault(node, Collections.emptySortedSet()));
  }

  /** Everything that can be affected when {@code node} fails: its transitive dependents, not itself. */
  public SortedSet<NodeId> blastRadius(NodeId node) {
    // each node is queued once and each edge looked at once: O(nodes + edges). Queuing every dependent of every
    // node reached (and sorting as it went) took O(edges × log nodes) per call, minutes for 500 resources that
    // each depend on all earlier ones
    Set<NodeId> seen = new java.util.HashSet<>();
    seen.add(node);
    Deque<NodeId> todo = new ArrayDeque<>();
    todo.add(node);
    while (!todo.isEmpty()) {
      for (NodeId d : in.getOrDefault(todo.pop(), Collections.emptySortedSet())) {
        if (seen.add(d)) {
          todo.push(d);
        }
      }
    }
    seen.remove(node);
    return Collections.unmodifiableSortedSet(new TreeSet<>(seen));
  }

  /** Every edge, sorted; with {@code stack} non-null only edges that start in that stack. */
  public List<Edge> edges(String stack) {
    List<Edge> result = new ArrayList<>();
    for (NodeId from : nodes) {
      if (stack != null && !from.stack().equals(stack)) {
        continue;
      }
      out.getOrDefault(from, Map.of()).forEach((to, kinds) -> result.add(new Edge(from, to, kinds)));
    }
    Collections.sort(result);
    return result;
  }

  /** The edge from {@code from} to {@code to}, if any. */
  public Optional<Edge> edge(NodeId from, NodeId to) {
    Set<Reference.Kind> kinds = out.getOrDefault(from, Map.of()).get(to);
    return kinds == null ? Optional.empty() : Optional.of(new Edge(from, to, kinds));
  }

  /** Exports by name, sorted. */
  public Map<String, Export> exports() {
    return Collections.unmodifiableMap(exports);
  }

  /** Every ImportValue in the project with what it resolves to, sorted. */
  public List<CrossStackLink> crossStackLinks() {
    return Collections.unmodifiableList(links);
  }

  /** Stack-level dependencies: importing stack → exporting stacks, sorted. */
  public Map<String, SortedSet<String>> stackDependencies() {
    Map<String, SortedSet<String>> result = new TreeMap<>();
    for (CrossStackLink l : links) {
      if (l.resolved() && !l.exportingStack().equals(l.importingStack())) {
        result.computeIfAbsent(l.importingStack(), k -> new TreeSet<>()).add(l.exportingStack());
      }
    }
    return result;
  }

  /**
   * Dependency cycles among resources (CloudFormation rejects them), each as the list of nodes in cycle
   * order starting from its smallest node; sorted.
   */
  public List<List<NodeId>> cycles() {
    return new CycleFinder(nodes, n -> out.getOrDefault(n, Map.of()).keySet()).cycles();
  }

  /** Stack names with at least one node (for callers that need a stable list). */
  Set<String> stacks() {
    Set<String> s = new HashSet<>();
    nodes.forEach(n -> s.add(n.stack()));
    return s;
  }
}
