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
}
