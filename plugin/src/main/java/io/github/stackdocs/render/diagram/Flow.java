package io.github.stackdocs.render.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The left-to-right flow by {@link Tier}, as ELK layered layer constraints among the nodes and frames of one frame
 * (ELK applies them within each hierarchy level): an entry point nothing at its level leads to goes in the first
 * layer, a data store that leads nowhere at its level in the last; a frame whose resources share a tier is placed
 * as they would be. A frame of another stack goes first when more of its edges lead into this stack than out of it
 * (it calls in), else last (it is called). Inside a VPC frame its zones that nothing leads into go first, its
 * gateways and endpoints that lead nowhere last,
 * and the edges from its route tables and gateways inward are laid out the other way ({@link #reversed}) so that its
 * zones come first. Other edges are never reversed for a tier, so two constrained ends seldom need the same layer;
 * where they would (two neighbour frames, or a neighbour and a tier node, one calling the other) the caller keeps
 * its constraint at the left, the callee at the right. Unlike ELK's partitioning,
 * which collects nodes in hash sets and so varies from run to run, layer constraints follow the graph's lists:
 * the same diagram always gets the same layout.
 */
final class Flow {
  private Flow() {}

  /** Sets the layer constraints on {@code nodes} and {@code groups}, the ELK graph of {@code diagram}. */
  static void constrain(Diagram diagram, Map<String, ElkNode> groups, Map<String, ElkNode> nodes) {
    Map<ElkNode, Tier> tiers = tiers(diagram, groups, nodes);
    Map<ElkNode, DiagramGroup.Kind> kinds = new IdentityHashMap<>();
    diagram.groups().forEach(g -> kinds.put(groups.get(g.id()), g.kind()));
    List<ElkNode[]> links = siblingLinks(nodes);
    Map<ElkNode, int[]> degree = new IdentityHashMap<>(); // [in, out] at the item's own level
    for (ElkNode[] l : links) {
      degree.computeIfAbsent(l[0], k -> new int[2])[1]++;
      degree.computeIfAbsent(l[1], k -> new int[2])[0]++;
    }
    Map<ElkNode, LayerConstraint> constraints = new IdentityHashMap<>();
    List<ElkNode> items = new ArrayList<>();
    diagram.groups().forEach(g -> items.add(groups.get(g.id())));
    diagram.nodes().forEach(n -> items.add(nodes.get(n.id())));
    for (ElkNode item : items) {
      int[] d = degree.getOrDefault(item, new int[2]);
      LayerConstraint c = null;
      Tier tier = tiers.getOrDefault(item, Tier.FREE);
      boolean atVpcEdge = tier == Tier.GATEWAY && !kinds.containsKey(item) // a resource, not a frame
          && kinds.get(item.getParent()) == DiagramGroup.Kind.VPC;
      if (kinds.get(item) == DiagramGroup.Kind.OTHER_STACK) {
        c = d[0] >= d[1] ? LayerConstraint.LAST : LayerConstraint.FIRST;
      } else if ((tier == Tier.ENTRY || kinds.get(item) == DiagramGroup.Kind.AZ) && d[0] == 0) {
        // a zone nothing in its VPC leads into starts the VPC's flow, beside the other zones
        c = LayerConstraint.FIRST;
      } else if ((tier == Tier.DATA || atVpcEdge) && d[1] == 0) {
        c = LayerConstraint.LAST;
      }
      if (c != null) {
        constraints.put(item, c);
      }
    }
    // ELK cannot put both ends of an edge in the first layer (or both in the last): the callee leaves the first,
    // the caller the last
    for (ElkNode[] l : links) {
      LayerConstraint from = constraints.get(l[0]);
      if (from != null && from == constraints.get(l[1])) {
        constraints.remove(from == LayerConstraint.FIRST ? l[1] : l[0]);
      }
    }
    for (ElkNode item : items) {
      LayerConstraint c = constraints.get(item);
      if (c != null) {
        item.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, c);
      }
    }
  }

  /**
   * The edges laid out against their direction (and drawn as they are): in one VPC frame, from a resource the frame
   * holds directly to one of lower {@link Tier#edge} rank anywhere in it (a route to a NAT gateway, an endpoint's
   * route table), so that the VPC's zones and subnets come first, its route tables after them and its gateways and
   * endpoints last, at the frame's edge, and no route leads from one zone to another (the zones share a layer and
   * keep their order).
   */
  static Set<DiagramEdge> reversed(Diagram diagram) {
    Map<String, DiagramNode> byId = new HashMap<>();
    diagram.nodes().forEach(n -> byId.put(n.id(), n));
    Map<String, DiagramGroup> groups = new HashMap<>();
    diagram.groups().forEach(g -> groups.put(g.id(), g));
    Set<DiagramEdge> reversed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (DiagramEdge e : diagram.edges()) {
      DiagramNode from = byId.get(e.from());
      DiagramNode to = byId.get(e.to());
      // only from a resource the VPC frame holds directly: an endpoint in a subnet is inside, not at the edge
      if (from.tier().edge() > to.tier().edge() && kind(from.group(), groups) == DiagramGroup.Kind.VPC) {
        String vpc = from.group();
        if (vpc.equals(vpc(to.group(), groups))) {
          reversed.add(e);
        }
      }
    }
    return reversed;
  }

  private static DiagramGroup.Kind kind(String group, Map<String, DiagramGroup> groups) {
    DiagramGroup g = groups.get(group);
    return g == null ? null : g.kind();
  }

  /** The VPC frame holding {@code group} (or being it); empty for none. */
  private static String vpc(String group, Map<String, DiagramGroup> groups) {
    for (DiagramGroup g = groups.get(group); g != null; g = groups.get(g.parent())) {
      if (g.kind() == DiagramGroup.Kind.VPC) {
        return g.id();
      }
    }
    return "";
  }

  /** The tier of each node, and of each frame whose nodes (at any depth) are all in one tier or free. */
  private static Map<ElkNode, Tier> tiers(Diagram diagram, Map<String, ElkNode> groups, Map<String, ElkNode> nodes) {
    Map<String, String> parent = new HashMap<>();
    diagram.groups().forEach(g -> parent.put(g.id(), g.parent()));
    Map<String, Set<Tier>> inside = new HashMap<>();
    Map<ElkNode, Tier> tiers = new IdentityHashMap<>();
    for (DiagramNode n : diagram.nodes()) {
      tiers.put(nodes.get(n.id()), n.tier());
      if (n.tier() != Tier.FREE) {
        for (String g = n.group(); !g.isEmpty(); g = parent.getOrDefault(g, "")) {
          inside.computeIfAbsent(g, k -> EnumSet.noneOf(Tier.class)).add(n.tier());
        }
      }
    }
    inside.forEach((g, t) -> tiers.put(groups.get(g), t.size() == 1 ? t.iterator().next() : Tier.FREE));
    return tiers;
  }

  /**
   * Every ELK edge (drawn or not) as the pair of items it joins at the level where it is laid out: the nodes or
   * frames below the innermost frame holding both ends, in the graph's order.
   */
  private static List<ElkNode[]> siblingLinks(Map<String, ElkNode> nodes) {
    List<ElkNode[]> links = new ArrayList<>();
    for (ElkNode node : nodes.values()) {
      for (ElkEdge e : ElkGraphUtil.allOutgoingEdges(node)) {
        List<ElkNode> from = path(node);
        List<ElkNode> to = path(ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0)));
        int i = 0;
        while (i < from.size() && i < to.size() && from.get(i) == to.get(i)) {
          i++;
        }
        if (i < from.size() && i < to.size()) {
          links.add(new ElkNode[] {from.get(i), to.get(i)});
        }
      }
    }
    return links;
  }

  /** The frames holding {@code node}, outermost first, then the node (the root left out). */
  private static List<ElkNode> path(ElkNode node) {
    List<ElkNode> path = new ArrayList<>();
    for (ElkNode n = node; n.getParent() != null; n = n.getParent()) {
      path.add(0, n);
    }
    return path;
  }
}
