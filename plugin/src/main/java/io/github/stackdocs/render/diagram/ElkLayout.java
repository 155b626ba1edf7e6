package io.github.stackdocs.render.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link Diagram} out with Eclipse ELK's layered algorithm, in plain Java: left to right, groups as
 * compound nodes laid out with their contents (so edges cross frames cleanly), orthogonal edges, edge labels
 * placed by ELK. Sizes come from {@link NodeMetrics}; the random seed is fixed, so the same diagram always gets
 * the same layout. Thread-safe: each call builds its own ELK graph.
 */
final class ElkLayout {
  /** Above this many nodes crossing minimisation makes one attempt instead of seven: a third less time. */
  private static final int LARGE = 120;
  /** A layout at least this wide and {@link #FLAT} times as wide as high is tried top to bottom too. */
  private static final double WIDE = 1600;
  /** A layout at least this much wider than high is tried top to bottom too (flow reads left to right below). */
  private static final double FLAT = 3;
  /** The proportions (width / height) a page shows best. */
  private static final double PAGE = 1.4;
  /** Frames with more unconnected nodes than this get them in a block of columns. */
  private static final int SPREAD_FROM = 6;
  /** A label farther than this from its edge's line is moved onto the line's longest segment. */
  static final double ON_EDGE = 4;
  /** Rows per column of such a block: nodes are about three times wider than high. */
  private static final double ROWS_PER_COLUMN = 2.5;

  static {
    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  private ElkLayout() {}

  /**
   * The layout, left to right; a result much wider than high (a long chain of stacks) is laid out top to bottom
   * too, and the one nearer a page's proportions is kept.
   */
  static Layout layout(Diagram diagram) {
    Layout right = layout(diagram, Direction.RIGHT);
    if (right.width() < WIDE || aspect(right) < FLAT) {
      return right;
    }
    Layout down = layout(diagram, Direction.DOWN);
    return Math.abs(Math.log(aspect(down) / PAGE)) < Math.abs(Math.log(aspect(right) / PAGE)) ? down : right;
  }

  private static double aspect(Layout l) {
    return l.width() / Math.max(1, l.height());
  }

  static Layout layout(Diagram diagram, Direction direction) {
    ElkNode root = ElkGraphUtil.createGraph();
    configure(root, diagram.nodes().size(), direction);
    Map<String, ElkNode> groups = new LinkedHashMap<>();
    for (DiagramGroup g : diagram.groups()) {
      ElkNode parent = g.parent().isEmpty() ? root : groups.get(g.parent());
      ElkNode frame = ElkGraphUtil.createNode(parent);
      frame.setIdentifier(g.id());
      frame.setProperty(CoreOptions.PADDING, new ElkPadding(NodeMetrics.GROUP_TOP, NodeMetrics.GROUP_SIDE,
          NodeMetrics.GROUP_SIDE, NodeMetrics.GROUP_SIDE));
      frame.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
      frame.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(NodeMetrics.groupLabelWidth(g), 60));
      groups.put(g.id(), frame);
    }
    Map<String, ElkNode> nodes = new LinkedHashMap<>();
    for (DiagramNode n : diagram.nodes()) {
      ElkNode node = ElkGraphUtil.createNode(n.group().isEmpty() ? root : groups.get(n.group()));
      node.setIdentifier(n.id());
      node.setDimensions(NodeMetrics.width(n), NodeMetrics.height(n));
      nodes.put(n.id(), node);
    }
    Map<ElkEdge, DiagramEdge> edges = new LinkedHashMap<>();
    Set<DiagramEdge> reversed = Flow.reversed(diagram);
    for (DiagramEdge e : diagram.edges()) {
      boolean back = reversed.contains(e);
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(back ? e.to() : e.from()),
          nodes.get(back ? e.from() : e.to()));
      ElkGraphUtil.updateContainment(edge);
      if (!e.label().isEmpty()) {
        ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
        label.setDimensions(NodeMetrics.edgeLabelWidth(e.label()), NodeMetrics.EDGE_LABEL_HEIGHT);
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        label.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
      }
      edges.put(edge, e);
    }
    spread(diagram, nodes);
    if (diagram.nodes().size() <= LARGE) {
      // above that a stack page shows the summary; constraints would lengthen edges and the layout's time there
      Flow.constrain(diagram, groups, nodes);
    }
    zonesInOrder(diagram, groups, direction);
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    return result(diagram, root, groups, nodes, edges, reversed);
  }

  /**
   * Availability zone frames in one layer read in their names' order (AZ 1 above AZ 2, eu-west-1a before
   * eu-west-1b): each gets a position across the flow, and the frames holding them keep that order within a layer
   * while crossings are still minimized (ELK's semi-interactive crossing minimization; without it the order is
   * whatever has fewest crossings). Zones the flow puts in different layers are not ordered.
   */
  private static void zonesInOrder(Diagram diagram, Map<String, ElkNode> groups, Direction direction) {
    List<DiagramGroup> zones = diagram.groups().stream().filter(g -> g.kind() == DiagramGroup.Kind.AZ)
        .sorted(DiagramGroup.ZONE_ORDER).toList();
    if (zones.size() < 2) {
      return;
    }
    for (int i = 0; i < zones.size(); i++) {
      ElkNode zone = groups.get(zones.get(i).id());
      zone.getParent().setProperty(LayeredOptions.CROSSING_MINIMIZATION_SEMI_INTERACTIVE, true);
      zone.setProperty(CoreOptions.POSITION, direction == Direction.DOWN ? new KVector(i * 1000.0, 0)
          : new KVector(0, i * 1000.0));
    }
  }

  /**
   * Nodes without edges would all sit in a frame's first layer, one tall column (twenty log groups); chained by
   * edges that are laid out but never drawn they fill a block of columns instead.
   */
  private static void spread(Diagram diagram, Map<String, ElkNode> nodes) {
    Set<String> connected = new HashSet<>();
    diagram.edges().forEach(e -> {
      connected.add(e.from());
      connected.add(e.to());
    });
    Map<String, List<ElkNode>> isolated = new TreeMap<>();
    for (DiagramNode n : diagram.nodes()) {
      if (!connected.contains(n.id())) {
        isolated.computeIfAbsent(n.group(), k -> new ArrayList<>()).add(nodes.get(n.id()));
      }
    }
    for (List<ElkNode> column : isolated.values()) {
      if (column.size() <= SPREAD_FROM) {
        continue;
      }
      int rows = (int) Math.ceil(Math.sqrt(column.size() * ROWS_PER_COLUMN));
      for (int i = 0; i + rows < column.size(); i++) {
        ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(column.get(i), column.get(i + rows)));
      }
    }
  }

  private static void configure(ElkNode root, int size, Direction direction) {
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, direction);
    root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(CoreOptions.RANDOM_SEED, 1);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 24.0);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
    root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 10.0);
    root.setProperty(CoreOptions.SPACING_EDGE_NODE, 14.0);
    root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 10.0);
    root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 32.0);
    root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
    if (size > LARGE) {
      root.setProperty(LayeredOptions.THOROUGHNESS, 1);
    }
  }

  private static Layout result(Diagram diagram, ElkNode root, Map<String, ElkNode> groups, Map<String, ElkNode> nodes,
      Map<ElkEdge, DiagramEdge> edges, Set<DiagramEdge> reversed) {
    Map<String, Layout.Box> groupBoxes = new LinkedHashMap<>();
    groups.forEach((id, n) -> groupBoxes.put(id, box(n)));
    Map<String, Layout.Box> nodeBoxes = new LinkedHashMap<>();
    nodes.forEach((id, n) -> nodeBoxes.put(id, box(n)));
    Map<ElkNode, KVector> offsets = new HashMap<>();
    List<Layout.Route> routes = new ArrayList<>();
    edges.forEach((edge, e) -> {
      KVector o = offsets.computeIfAbsent(edge.getContainingNode(), ElkLayout::origin);
      List<Layout.Point> points = new ArrayList<>();
      if (!edge.getSections().isEmpty()) {
        ElkEdgeSection s = edge.getSections().get(0);
        points.add(new Layout.Point(o.x + s.getStartX(), o.y + s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
          points.add(new Layout.Point(o.x + b.getX(), o.y + b.getY()));
        }
        points.add(new Layout.Point(o.x + s.getEndX(), o.y + s.getEndY()));
        if (reversed.contains(e)) {
          Collections.reverse(points);
        }
      }
      Layout.Box label = null;
      if (!edge.getLabels().isEmpty()) {
        ElkLabel l = edge.getLabels().get(0);
        label = new Layout.Box(o.x + l.getX(), o.y + l.getY(), l.getWidth(), l.getHeight());
        if (points.size() >= 2 && Layout.distance(label, points) > ON_EDGE) {
          label = Layout.onLongestSegment(label, points);
        }
      }
      routes.add(new Layout.Route(e, points, label));
    });
    return new Layout(diagram, root.getWidth(), root.getHeight(), nodeBoxes, groupBoxes, routes);
  }

  /** The absolute position of a node's inside (the origin its children and contained edges are relative to). */
  private static KVector origin(ElkNode node) {
    KVector v = new KVector();
    for (ElkNode n = node; n != null && n.getParent() != null; n = n.getParent()) {
      v.x += n.getX();
      v.y += n.getY();
    }
    return v;
  }

  private static Layout.Box box(ElkNode n) {
    KVector o = origin(n.getParent());
    return new Layout.Box(o.x + n.getX(), o.y + n.getY(), n.getWidth(), n.getHeight());
  }
}
