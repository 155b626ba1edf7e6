package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the three levels of a stack's diagram from the graph: the stack's resources (and those of its nested
 * stacks, framed inside it), the resources of other stacks it uses, and one edge per pair with its meaning
 * ({@link Links}); the default level folds the plumbing away ({@link Plumbing}), the summary counts services
 * ({@link SummaryBuilder}).
 */
final class StackDiagramBuilder {
  private final ProjectIndex index;
  private final Placement placement;
  private final Attachments attachments;

  StackDiagramBuilder(ProjectIndex index) {
    this.index = index;
    this.placement = new Placement(index);
    this.attachments = new Attachments(index);
  }

  StackDiagrams build(Stack stack) {
    Map<NodeId, Placement.Box> boxes = new TreeMap<>();
    collect(stack, List.of(), boxes, new HashSet<>());
    Set<NodeId> members = boxes.keySet();
    Links links = Links.of(members, index);

    Map<NodeId, String> ids = ids(stack, members, links);
    // every resource, and every link but those a frame already shows
    Diagram all = diagram(stack.name() + ": all resources", stack, boxes, ids, nodesOf(members, links),
        contained(links, boxes), null);

    Set<NodeId> folded = new HashSet<>();
    Links folding = Plumbing.fold(members, links, Links.of(otherPlumbing(members, links), index), index, folded);
    Set<NodeId> kept = new TreeSet<>(members);
    kept.removeAll(folded);
    Set<NodeId> shown = nodesOf(kept, folding);
    Attachments.Result attached = attachments.fold(shown, folding);
    Set<NodeId> hosts = new TreeSet<>(shown);
    hosts.removeAll(attached.hostOf().keySet());
    Diagram defaults = diagram(stack.name() + ": resources without IAM plumbing", stack, boxes, ids, hosts,
        contained(attached.links(), boxes), attached);
    // from the default level's hosts and redrawn links: what is drawn on a resource counts with it, not as a service
    Diagram summary = new SummaryBuilder(index, stack.name() + ": services").build(boxes, hosts, attached.links());
    return new StackDiagrams(stack.name(), all, defaults, summary);
  }

  /** The stack's own boxes and, framed by their stack resource, those of its nested stacks (recursively). */
  private void collect(Stack stack, List<GroupKey> prefix, Map<NodeId, Placement.Box> boxes, Set<String> seen) {
    if (stack == null || !seen.add(stack.name())) {
      return;
    }
    Map<NodeId, Placement.Box> own = new TreeMap<>(placement.boxes(stack, prefix));
    for (NodeId holder : index.nestedStackResources(stack.name())) {
      String child = index.nestedChild(holder).orElseThrow();
      List<GroupKey> chain = new ArrayList<>(prefix);
      chain.add(GroupKey.of(DiagramGroup.Kind.NESTED_STACK, stack.name(), holder.logicalId(),
          "nested stack " + holder.logicalId()));
      Placement.Box box = own.get(holder);
      if (box != null) {
        own.put(holder, new Placement.Box(box.label(), chain, box.constructPath()));
      }
      collect(index.stack(child), chain, boxes, seen);
    }
    boxes.putAll(own);
  }

  /** Roles and instance profiles of other stacks that members use, and the policies attached to them. */
  private Set<NodeId> otherPlumbing(Set<NodeId> members, Links links) {
    Set<NodeId> result = new TreeSet<>();
    for (Link l : links.all()) {
      if (!members.contains(l.to()) && Plumbing.iam(index.type(l.to()))) {
        result.add(l.to());
        index.graph().dependents(l.to()).stream().filter(d -> Plumbing.POLICIES.contains(index.type(d))).forEach(result::add);
      }
    }
    return result;
  }

  private static Set<NodeId> nodesOf(Set<NodeId> base, Links links) {
    Set<NodeId> result = new TreeSet<>(base);
    for (Link l : links.all()) {
      result.add(l.from());
      result.add(l.to());
    }
    return result;
  }

  /** Ids for every node of the full diagram: the stack's own first ({@code r_}), nested ({@code n_}), others ({@code x_}). */
  private static Map<NodeId, String> ids(Stack stack, Set<NodeId> members, Links links) {
    Ids ids = new Ids();
    Map<NodeId, String> result = new LinkedHashMap<>();
    List<NodeId> all = new ArrayList<>(nodesOf(members, links));
    all.sort(Comparator.comparingInt((NodeId n) -> category(stack, members, n)).thenComparing(n -> n));
    for (NodeId n : all) {
      int c = category(stack, members, n);
      result.put(n, c == 0 ? ids.next("r", n.logicalId()) : ids.next(c == 1 ? "n" : "x", n.stack() + "_" + n.logicalId()));
    }
    return result;
  }

  private static int category(Stack stack, Set<NodeId> members, NodeId n) {
    if (n.stack().equals(stack.name())) {
      return 0;
    }
    return members.contains(n) ? 1 : 2;
  }

  /**
   * The links without those a frame already shows: a resource drawn inside its VPC's or subnet's frame, or inside
   * the construct that holds the VPC or subnet, does not also point at the VPC or subnet (plain references and
   * DependsOn only).
   */
  private Links contained(Links links, Map<NodeId, Placement.Box> boxes) {
    Links result = new Links();
    for (Link l : links.all()) {
      Placement.Box from = boxes.get(l.from());
      // a VPC frame always stays and names its VPC; a subnet frame only shows its subnet when the subnet is drawn in it
      Optional<String> frame = Placement.frameOf(l.to(), index.type(l.to()))
          .filter(f -> index.type(l.to()).equals("AWS::EC2::VPC") || boxes.containsKey(l.to()));
      boolean plain = l.relation() == Relation.PLAIN || l.relation() == Relation.DEPENDS_ON;
      if (plain && from != null && frame.isPresent() && (from.groups().stream().anyMatch(g -> g.key().equals(frame.get()))
          || sameConstruct(from, boxes.get(l.to())))) {
        continue;
      }
      result.add(l.from(), l.to(), l.relation());
    }
    return result;
  }

  /** True when {@code inner} sits inside the construct frame that holds {@code holder}. */
  private static boolean sameConstruct(Placement.Box inner, Placement.Box holder) {
    if (holder == null || holder.groups().isEmpty()) {
      return false;
    }
    List<GroupKey> chain = holder.groups();
    GroupKey last = chain.get(chain.size() - 1);
    return last.kind() == DiagramGroup.Kind.CONSTRUCT && inner.groups().size() >= chain.size()
        && inner.groups().subList(0, chain.size()).equals(chain);
  }

  private Diagram diagram(String title, Stack stack, Map<NodeId, Placement.Box> boxes, Map<NodeId, String> ids,
      Set<NodeId> shown, Links links, Attachments.Result attached) {
    GroupTree tree = new GroupTree();
    Map<String, List<GroupKey>> vpcFrames = vpcFrames(shown, boxes);
    Map<String, Map<NodeId, Placement.Box>> others = new HashMap<>();
    for (NodeId n : shown) {
      Placement.Box box = boxes.get(n);
      tree.add(ids.get(n), box != null ? box.groups() : neighbour(n, vpcFrames, others));
    }
    GroupTree.Result groups = tree.build(new Ids());
    List<DiagramNode> nodes = new ArrayList<>();
    for (NodeId n : shown) {
      Placement.Box box = boxes.get(n);
      String id = ids.get(n);
      DiagramNode node = node(stack, n, id, box == null ? n.logicalId() : box.label(),
          box == null ? "" : box.constructPath(), groups.groupOfNode().get(id), box == null ? "" : box.detail());
      if (attached != null && attached.lists().containsKey(n)) {
        node = new DiagramNode(node.id(), node.label(), node.badge(), node.detail(), node.family(),
            node.tooltip() + "; attached: " + attached.tooltips().get(n), node.group(), attached.lists().get(n),
            node.tier(), node.icon());
      }
      nodes.add(node);
    }
    nodes.sort(Comparator.comparing(DiagramNode::id));
    List<DiagramEdge> edges = new ArrayList<>();
    for (Link l : links.all()) {
      if (shown.contains(l.from()) && shown.contains(l.to())) {
        edges.add(new DiagramEdge(ids.get(l.from()), ids.get(l.to()), l.relation().label(),
            l.relation() == Relation.DEPENDS_ON ? DiagramEdge.Style.DOTTED : DiagramEdge.Style.SOLID));
      }
    }
    edges.sort(null);
    return new Diagram(title, groups.groups(), nodes, bounded(edges, nodes.size()));
  }

  /**
   * The edges a diagram lays out: at most {@link #edgeBound} of them. A layered layout's cost grows with the edges
   * times the layers they cross: 500 resources that each depend on all earlier ones (124,750 edges) ran the layout
   * out of a 1 GB heap. Past the bound, the ordering-only {@code DependsOn} lines go first, then the edges past
   * the bound (sorted, so which ones is deterministic); the stack page still lists every dependency.
   */
  static List<DiagramEdge> bounded(List<DiagramEdge> edges, int nodes) {
    int max = edgeBound(nodes);
    if (edges.size() <= max) {
      return edges;
    }
    List<DiagramEdge> solid = edges.stream().filter(e -> e.style() != DiagramEdge.Style.DOTTED).toList();
    return solid.size() <= max ? solid : List.copyOf(solid.subList(0, max));
  }

  /** The most edges a diagram of {@code nodes} nodes lays out: four per node, and at least 200. */
  static int edgeBound(int nodes) {
    return Math.max(200, 4 * nodes);
  }

  /** Each VPC frame the stack's own shown resources sit in, by key: the chain down to it. */
  private static Map<String, List<GroupKey>> vpcFrames(Set<NodeId> shown, Map<NodeId, Placement.Box> boxes) {
    Map<String, List<GroupKey>> result = new TreeMap<>();
    for (NodeId n : shown) {
      Placement.Box box = boxes.get(n);
      List<GroupKey> chain = box == null ? List.of() : box.groups();
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i).kind() == DiagramGroup.Kind.VPC) {
          result.putIfAbsent(chain.get(i).key(), chain.subList(0, i + 1));
        }
      }
    }
    return result;
  }

  /**
   * The frames of a resource of another stack: inside a VPC frame this diagram draws (the stack's functions sit in
   * another stack's VPC; that VPC's subnets and security groups belong in it, with their zone and subnet frames),
   * else the dashed frame of its stack.
   */
  private List<GroupKey> neighbour(NodeId n, Map<String, List<GroupKey>> vpcFrames,
      Map<String, Map<NodeId, Placement.Box>> others) {
    List<GroupKey> otherStack = List.of(GroupKey.of(DiagramGroup.Kind.OTHER_STACK, n.stack(), "", "stack " + n.stack()));
    Stack stack = vpcFrames.isEmpty() ? null : index.stack(n.stack());
    if (stack == null) {
      return otherStack;
    }
    Placement.Box box = others.computeIfAbsent(n.stack(), k -> placement.boxes(stack, List.of())).get(n);
    List<GroupKey> chain = box == null ? List.of() : box.groups();
    for (int i = 0; i < chain.size(); i++) {
      List<GroupKey> vpc = vpcFrames.get(chain.get(i).key());
      if (chain.get(i).kind() == DiagramGroup.Kind.VPC && vpc != null) {
        List<GroupKey> result = new ArrayList<>(vpc);
        result.addAll(chain.subList(i + 1, chain.size()));
        return result;
      }
    }
    return otherStack;
  }

  private DiagramNode node(Stack stack, NodeId n, String id, String label, String constructPath, String group,
      String detail) {
    String type = index.type(n);
    String service = Badges.service(type);
    StringBuilder tooltip = new StringBuilder(type).append(' ').append(n.logicalId());
    if (!constructPath.isEmpty()) {
      tooltip.append(" (").append(constructPath).append(')');
    }
    if (!n.stack().equals(stack.name())) {
      tooltip.append(", stack ").append(n.stack());
    }
    return new DiagramNode(id, label, Badges.display(service), detail.isEmpty() ? Badges.typeName(type) : detail,
        Family.of(service, type),
        tooltip.toString(), group).in(Tier.of(type))
        .withIcon(Icons.of(type, index.resource(n).map(r -> r.properties()).orElse(null)));
  }
}
