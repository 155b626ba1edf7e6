package io.github.stackdocs.render.diagram;

import java.util.List;

/**
 * A layout-independent diagram: what Mermaid and the SVG renderer both draw. Built once per stack and level
 * ({@link StackDiagramBuilder}) or for the whole project ({@link SystemDiagramBuilder}); sorted, so renderers
 * that follow the lists are deterministic.
 *
 * @param title what the diagram shows, for the SVG's title
 * @param groups every group, parents before their children
 * @param nodes every node, sorted by id
 * @param edges every edge, sorted; both ends are nodes of this diagram
 */
public record Diagram(String title, List<DiagramGroup> groups, List<DiagramNode> nodes, List<DiagramEdge> edges) {
  public Diagram {
    groups = List.copyOf(groups);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
