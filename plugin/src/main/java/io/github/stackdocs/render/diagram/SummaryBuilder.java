package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The summary level, from the default level's nodes and links: one node per service within each top-level
 * frame (construct, nested stack, VPC) or, for resources framed by service, one per service; one node per other
 * stack; one edge per pair of summary nodes naming every meaning among the links it stands for.
 */
final class SummaryBuilder {
  private final ProjectIndex index;
  private final String title;

  SummaryBuilder(ProjectIndex index, String title) {
    this.index = index;
    this.title = title;
  }

  /** The members of one summary node. */
  private static final class Bucket {
    final GroupKey frame;
    final String service;
    final String stack;
    final List<NodeId> members = new ArrayList<>();
    /** The box label of the first member (a summary node of one resource shows it). */
    String firstLabel = "";
    String id;

    Bucket(GroupKey frame, String service, String stack) {
      this.frame = frame;
      this.service = service;
      this.stack = stack;
    }
  }

  Diagram build(Map<NodeId, Placement.Box> boxes, Set<NodeId> shown, Links links) {
    Map<String, Bucket> buckets = new TreeMap<>();
    Map<NodeId, Bucket> bucketOf = new TreeMap<>();
    for (NodeId n : shown) {
      Placement.Box box = boxes.get(n);
      Bucket b;
      if (box == null) {
        b = buckets.computeIfAbsent("1\u0000" + n.stack(), k -> new Bucket(null, "", n.stack()));
      } else {
        GroupKey top = box.groups().isEmpty() || box.groups().get(0).kind() == DiagramGroup.Kind.SERVICE
            ? null : box.groups().get(0);
        String service = Badges.service(index.type(n));
        b = buckets.computeIfAbsent("0\u0000" + (top == null ? "" : top.key()) + "\u0000" + service,
            k -> new Bucket(top, service, ""));
      }
      if (b.members.isEmpty()) {
        b.firstLabel = box == null ? n.logicalId() : box.label();
      }
      b.members.add(n);
      bucketOf.put(n, b);
    }
    Map<String, Integer> perFrame = new TreeMap<>();
    buckets.values().stream().filter(b -> b.frame != null).forEach(b -> perFrame.merge(b.frame.key(), 1, Integer::sum));

    Ids ids = new Ids();
    GroupTree tree = new GroupTree();
    List<DiagramNode> nodes = new ArrayList<>();
    Map<String, String> labels = new TreeMap<>();
    for (Bucket b : buckets.values()) {
      boolean alone = b.frame != null && b.frame.kind() == DiagramGroup.Kind.CONSTRUCT && perFrame.get(b.frame.key()) == 1;
      String name = b.stack.isEmpty() ? (b.frame == null ? "" : b.frame.label() + " ") + b.service : "stack " + b.stack;
      b.id = ids.next("s", name);
      tree.add(b.id, b.frame == null || alone ? List.of() : List.of(b.frame));
      labels.put(b.id, alone ? b.frame.label() : "");
    }
    GroupTree.Result groups = tree.build(ids);
    for (Bucket b : buckets.values()) {
      nodes.add(node(b, labels.get(b.id), groups.groupOfNode().get(b.id)));
    }
    nodes.sort(java.util.Comparator.comparing(DiagramNode::id));
    return new Diagram(title, groups.groups(), nodes, edges(links, bucketOf));
  }

  private DiagramNode node(Bucket b, String frameLabel, String group) {
    if (!b.stack.isEmpty()) {
      return new DiagramNode(b.id, b.stack, "Stack", count(b.members.size(), "resource"), Family.STACK,
          "stack " + b.stack + ": " + types(b.members), group);
    }
    TreeMap<String, Long> types = b.members.stream()
        .collect(Collectors.groupingBy(n -> Badges.typeName(index.type(n)), TreeMap::new, Collectors.counting()));
    String counted = types.size() > 2 ? count(b.members.size(), "resource") : types.entrySet().stream()
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " \u00d7" + e.getValue())
        .collect(Collectors.joining(" + "));
    String label;
    String detail;
    if (!frameLabel.isEmpty()) {
      label = frameLabel;
      detail = counted;
    } else if (b.members.size() == 1) {
      label = b.firstLabel;
      detail = counted;
    } else {
      label = counted;
      detail = "";
    }
    return new DiagramNode(b.id, label, Badges.display(b.service), detail, family(b),
        Badges.display(b.service) + ": " + types(b.members), group).in(tier(b)).withIcon(icon(b));
  }

  /** The members' icon when they all share one, else none (the family glyph). */
  private String icon(Bucket b) {
    Set<String> icons = b.members.stream().map(n -> Icons.of(index.type(n))).collect(Collectors.toSet());
    return icons.size() == 1 ? icons.iterator().next() : "";
  }

  /** The members' tier when they all share one, else free. */
  private Tier tier(Bucket b) {
    Set<Tier> tiers = b.members.stream().map(n -> Tier.of(index.type(n))).collect(Collectors.toSet());
    return tiers.size() == 1 ? tiers.iterator().next() : Tier.FREE;
  }

  /** The family most members have (EC2 holds networking and compute); the first in enum order on a tie. */
  private Family family(Bucket b) {
    Map<Family, Long> counts = b.members.stream().collect(Collectors.groupingBy(
        n -> Family.of(b.service, index.type(n)), () -> new java.util.EnumMap<>(Family.class), Collectors.counting()));
    return counts.entrySet().stream().max(Map.Entry.<Family, Long>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  private String types(List<NodeId> members) {
    Map<String, Long> types = members.stream()
        .collect(Collectors.groupingBy(n -> index.type(n), TreeMap::new, Collectors.counting()));
    return types.entrySet().stream().map(e -> e.getKey() + " \u00d7" + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static List<DiagramEdge> edges(Links links, Map<NodeId, Bucket> bucketOf) {
    Map<String, Map<String, Set<Relation>>> pairs = new TreeMap<>();
    for (Link l : links.all()) {
      Bucket from = bucketOf.get(l.from());
      Bucket to = bucketOf.get(l.to());
      if (from == null || to == null || from == to) {
        continue;
      }
      pairs.computeIfAbsent(from.id, k -> new TreeMap<>()).computeIfAbsent(to.id, k -> EnumSet.noneOf(Relation.class))
          .add(l.relation());
    }
    List<DiagramEdge> edges = new ArrayList<>();
    pairs.forEach((from, tos) -> tos.forEach((to, relations) -> edges.add(edge(from, to, relations))));
    edges.sort(null);
    return edges;
  }

  private static DiagramEdge edge(String from, String to, Set<Relation> relations) {
    Set<Relation> semantic = EnumSet.noneOf(Relation.class);
    relations.stream().filter(Relation::semantic).forEach(semantic::add);
    if (semantic.contains(Relation.READS) && semantic.contains(Relation.WRITES) || semantic.contains(Relation.READS_WRITES)) {
      semantic.removeAll(Set.of(Relation.READS, Relation.WRITES));
      semantic.add(Relation.READS_WRITES);
    }
    String label = semantic.stream().map(Relation::label).collect(Collectors.joining(", "));
    boolean ordering = relations.stream().allMatch(r -> r == Relation.DEPENDS_ON);
    return new DiagramEdge(from, to, label, ordering ? DiagramEdge.Style.DOTTED : DiagramEdge.Style.SOLID);
  }
}
