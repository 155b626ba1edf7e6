package io.github.stackdocs.render.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link Diagram} as Mermaid {@code flowchart LR} source (renders on GitHub and GitLab): groups as nested
 * subgraphs (zones in their names' order), nodes as {@code label<br/>badge type} (in the flow's order), edges with
 * their meaning as label, a border colour per service family. Deterministic; lines end with {@code \n}, no
 * trailing newline.
 */
public final class MermaidRenderer {
  private static final Map<Family, String> COLORS = new EnumMap<>(Map.of(
      Family.COMPUTE, "#c45500", Family.STORAGE, "#3f8624", Family.DATABASE, "#3b48cc", Family.NETWORK, "#6b3fd1",
      Family.INTEGRATION, "#c7115f", Family.SECURITY, "#d13212", Family.MANAGEMENT, "#b0084d",
      Family.ANALYTICS, "#00796b", Family.STACK, "#687b95", Family.OTHER, "#5f6b7a"));

  /**
   * The order nodes are declared in within a frame, which is the order Mermaid's layout starts from: entry points
   * first, a VPC's route tables and gateways last. Mermaid has no layer constraints and no backward arrows
   * (mermaid-js/mermaid#3208), so {@link Flow}'s constraints and reversed edges are not drawn here.
   */
  private static final List<Tier> FLOW = List.of(Tier.ENTRY, Tier.COMPUTE, Tier.FREE, Tier.DATA, Tier.ROUTING,
      Tier.ROUTE, Tier.GATEWAY);

  private MermaidRenderer() {}

  public static String render(Diagram diagram) {
    StringBuilder sb = new StringBuilder("flowchart LR\n");
    Map<String, List<DiagramGroup>> subgroups = new TreeMap<>();
    diagram.groups().forEach(g -> subgroups.computeIfAbsent(g.parent(), k -> new ArrayList<>()).add(g));
    Map<String, List<DiagramNode>> members = new TreeMap<>();
    diagram.nodes().forEach(n -> members.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(n));
    body(sb, "", "  ", subgroups, members);
    for (DiagramEdge e : diagram.edges()) {
      sb.append("  ").append(e.from()).append(arrow(e)).append(e.to()).append('\n');
    }
    Map<Family, List<String>> byFamily = new EnumMap<>(Family.class);
    diagram.nodes().forEach(n -> byFamily.computeIfAbsent(n.family(), k -> new ArrayList<>()).add(n.id()));
    byFamily.forEach((family, ids) -> {
      sb.append("  classDef ").append(family.cssName()).append(" stroke:").append(COLORS.get(family))
          .append(",stroke-width:2px\n");
      sb.append("  class ").append(String.join(",", ids)).append(' ').append(family.cssName()).append('\n');
    });
    return sb.toString().stripTrailing();
  }

  private static void body(StringBuilder sb, String group, String indent, Map<String, List<DiagramGroup>> subgroups,
      Map<String, List<DiagramNode>> members) {
    for (DiagramGroup g : zonesInOrder(subgroups.getOrDefault(group, List.of()))) {
      sb.append(indent).append("subgraph ").append(g.id()).append("[\"").append(MermaidText.label(g.label()))
          .append("\"]\n");
      // a subgraph no edge leaves is laid out on its own, top to bottom unless it says otherwise
      sb.append(indent).append("  direction LR\n");
      body(sb, g.id(), indent + "  ", subgroups, members);
      sb.append(indent).append("end\n");
    }
    List<DiagramNode> nodes = new ArrayList<>(members.getOrDefault(group, List.of()));
    nodes.sort(Comparator.comparingInt(n -> FLOW.indexOf(n.tier())));
    for (DiagramNode n : nodes) {
      String kind = n.detail().isEmpty() ? n.badge() : n.badge() + " " + n.detail();
      sb.append(indent).append(n.id()).append("[\"").append(MermaidText.label(n.label())).append("<br/>")
          .append(MermaidText.label(kind));
      if (!n.attached().isEmpty()) {
        sb.append("<br/>+ ").append(MermaidText.label(n.attached()));
      }
      sb.append("\"]\n");
    }
  }

  /** The siblings as given, zone frames among them in their names' order (AZ 1 before AZ 2), as the SVG has them. */
  private static List<DiagramGroup> zonesInOrder(List<DiagramGroup> siblings) {
    Iterator<DiagramGroup> zones = siblings.stream().filter(g -> g.kind() == DiagramGroup.Kind.AZ)
        .sorted(DiagramGroup.ZONE_ORDER).iterator();
    return siblings.stream().map(g -> g.kind() == DiagramGroup.Kind.AZ ? zones.next() : g).toList();
  }

  private static String arrow(DiagramEdge e) {
    String line = switch (e.style()) {
      case SOLID -> "-->";
      case DOTTED -> "-.->";
      case THICK -> "==>";
    };
    return e.label().isEmpty() ? " " + line + " " : " " + line + "|\"" + MermaidText.label(e.label()) + "\"| ";
  }
}
