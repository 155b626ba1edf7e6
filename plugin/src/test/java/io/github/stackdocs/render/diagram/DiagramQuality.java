package io.github.stackdocs.render.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What makes a laid-out diagram hard to read, counted from the layout: edge crossings (two segments of different
 * edges crossing inside both), total edge length per node, edge labels farther than {@link #FLOATING} px from
 * their own line, and nodes or frames drawn outside the frame that holds them.
 */
record DiagramQuality(int nodes, int edges, int crossings, double lengthPerNode, int floatingLabels,
    int outsideFrame) {
  /** A label whose box is farther than this from its edge's line reads as belonging to another edge. */
  static final double FLOATING = 6;

  static DiagramQuality of(Layout layout) {
    List<List<Layout.Point>> lines = layout.edges().stream().map(Layout.Route::points).toList();
    int crossings = 0;
    for (int i = 0; i < lines.size(); i++) {
      for (int j = i + 1; j < lines.size(); j++) {
        crossings += crossings(lines.get(i), lines.get(j));
      }
    }
    double length = 0;
    int floating = 0;
    for (Layout.Route r : layout.edges()) {
      List<Layout.Point> p = r.points();
      for (int i = 1; i < p.size(); i++) {
        length += Math.hypot(p.get(i).x() - p.get(i - 1).x(), p.get(i).y() - p.get(i - 1).y());
      }
      if (r.label() != null && distance(r.label(), p) > FLOATING) {
        floating++;
      }
    }
    int outside = 0;
    Map<String, Layout.Box> groups = layout.groups();
    for (DiagramNode n : layout.diagram().nodes()) {
      if (!n.group().isEmpty() && !inside(layout.nodes().get(n.id()), groups.get(n.group()))) {
        outside++;
      }
    }
    for (DiagramGroup g : layout.diagram().groups()) {
      if (!g.parent().isEmpty() && !inside(groups.get(g.id()), groups.get(g.parent()))) {
        outside++;
      }
    }
    int nodes = layout.diagram().nodes().size();
    return new DiagramQuality(nodes, layout.edges().size(), crossings, nodes == 0 ? 0 : length / nodes, floating,
        outside);
  }

  private static boolean inside(Layout.Box b, Layout.Box frame) {
    double e = 0.5;
    return b.x() >= frame.x() - e && b.y() >= frame.y() - e && b.x() + b.width() <= frame.x() + frame.width() + e
        && b.y() + b.height() <= frame.y() + frame.height() + e;
  }

  private static int crossings(List<Layout.Point> a, List<Layout.Point> b) {
    int n = 0;
    for (int i = 1; i < a.size(); i++) {
      for (int j = 1; j < b.size(); j++) {
        if (cross(a.get(i - 1), a.get(i), b.get(j - 1), b.get(j))) {
          n++;
        }
      }
    }
    return n;
  }

  /** True when the segments cross at a point inside both (touching ends and overlaps are not crossings). */
  private static boolean cross(Layout.Point p1, Layout.Point p2, Layout.Point q1, Layout.Point q2) {
    double d1 = orient(q1, q2, p1);
    double d2 = orient(q1, q2, p2);
    double d3 = orient(p1, p2, q1);
    double d4 = orient(p1, p2, q2);
    double e = 1e-6;
    return (d1 > e && d2 < -e || d1 < -e && d2 > e) && (d3 > e && d4 < -e || d3 < -e && d4 > e);
  }

  private static double orient(Layout.Point a, Layout.Point b, Layout.Point c) {
    return (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
  }

  static double distance(Layout.Box box, List<Layout.Point> line) {
    return Layout.distance(box, line);
  }

  String line() {
    return String.format(Locale.ROOT, "%d nodes, %d edges, %d crossings, %.0f px edge length/node, %d floating labels,"
        + " %d outside frame", nodes, edges, crossings, lengthPerNode, floatingLabels, outsideFrame);
  }

  List<Object> row() {
    return new ArrayList<>(List.of(nodes, edges, crossings, Math.round(lengthPerNode), floatingLabels, outsideFrame));
  }
}
