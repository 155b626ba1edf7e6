package io.github.stackdocs.render.diagram;

import java.util.List;
import java.util.Map;

/**
 * A laid-out diagram: absolute positions (pixels, origin top left) of every group, node, edge and edge label.
 *
 * @param nodes node id → box
 * @param groups group id → frame
 */
record Layout(Diagram diagram, double width, double height, Map<String, Box> nodes, Map<String, Box> groups,
    List<Route> edges) {

  /** A rectangle. */
  record Box(double x, double y, double width, double height) {
    boolean overlaps(Box o) {
      return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }
  }

  /** A point. */
  record Point(double x, double y) {}

  /** An edge's line (start, bends, end) and its label's box (null without a label). */
  record Route(DiagramEdge edge, List<Point> points, Box label) {}

  /** The distance from a box to the nearest point of a line (0 when they touch); infinite for no line. */
  static double distance(Box box, List<Point> line) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 1; i < line.size(); i++) {
      best = Math.min(best, distance(box, line.get(i - 1), line.get(i)));
    }
    return best;
  }

  private static double distance(Box b, Point p, Point q) {
    if (crosses(b, p, q)) {
      return 0;
    }
    double best = Math.min(toBox(b, p), toBox(b, q));
    double[][] corners = {{b.x(), b.y()}, {b.x() + b.width(), b.y()}, {b.x(), b.y() + b.height()},
        {b.x() + b.width(), b.y() + b.height()}};
    for (double[] c : corners) {
      best = Math.min(best, toSegment(c[0], c[1], p, q));
    }
    return best;
  }

  private static double toBox(Box b, Point p) {
    double dx = Math.max(0, Math.max(b.x() - p.x(), p.x() - (b.x() + b.width())));
    double dy = Math.max(0, Math.max(b.y() - p.y(), p.y() - (b.y() + b.height())));
    return Math.hypot(dx, dy);
  }

  private static double toSegment(double x, double y, Point p, Point q) {
    double vx = q.x() - p.x();
    double vy = q.y() - p.y();
    double len = vx * vx + vy * vy;
    double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - p.x()) * vx + (y - p.y()) * vy) / len));
    return Math.hypot(x - (p.x() + t * vx), y - (p.y() + t * vy));
  }

  /** True when the segment passes through the box (sampled finely enough for boxes of a few pixels). */
  private static boolean crosses(Box b, Point p, Point q) {
    int steps = (int) Math.min(2000, Math.ceil(Math.hypot(q.x() - p.x(), q.y() - p.y())) + 1);
    for (int s = 0; s <= steps; s++) {
      double x = p.x() + (q.x() - p.x()) * s / steps;
      double y = p.y() + (q.y() - p.y()) * s / steps;
      if (x >= b.x() && x <= b.x() + b.width() && y >= b.y() && y <= b.y() + b.height()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A label box centred on the middle of the line's longest segment: where a label that ELK left away from its
   * edge is put back.
   */
  static Box onLongestSegment(Box label, List<Point> line) {
    int best = 1;
    double length = -1;
    for (int i = 1; i < line.size(); i++) {
      double l = Math.hypot(line.get(i).x() - line.get(i - 1).x(), line.get(i).y() - line.get(i - 1).y());
      if (l > length) {
        length = l;
        best = i;
      }
    }
    double cx = (line.get(best - 1).x() + line.get(best).x()) / 2;
    double cy = (line.get(best - 1).y() + line.get(best).y()) / 2;
    return new Box(cx - label.width() / 2, cy - label.height() / 2, label.width(), label.height());
  }
}
