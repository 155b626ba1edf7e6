package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.elk.core.options.Direction;
import org.junit.jupiter.api.Test;

/** Diagrams flow entry points → compute → data, with the frames of other stacks at the edges. */
class ElkLayoutTierTest {
  private static DiagramNode node(String id, Tier tier, String group) {
    return new DiagramNode(id, id, "X", "", Family.OTHER, "", group, "", tier);
  }

  @Test
  void entryComputeAndDataAreLaidOutLeftToRightWhateverWayTheEdgesPoint() {
    // every edge points against the flow: without tiers the table would come first and the API last
    Diagram d = new Diagram("t", List.of(), List.of(node("api", Tier.ENTRY, ""), node("fn", Tier.COMPUTE, ""),
        node("table", Tier.DATA, "")), List.of(new DiagramEdge("table", "fn", "triggers", DiagramEdge.Style.SOLID),
        new DiagramEdge("fn", "api", "", DiagramEdge.Style.SOLID)));
    Layout l = ElkLayout.layout(d, Direction.RIGHT);
    assertThat(l.nodes().get("api").x()).isLessThan(l.nodes().get("fn").x());
    assertThat(l.nodes().get("fn").x()).isLessThan(l.nodes().get("table").x());
  }

  @Test
  void aNeighbourStackThisOneUsesIsFramedInTheLastLayerAndOneThatUsesItAtTheLeft() {
    List<DiagramGroup> groups = List.of(new DiagramGroup("used", "stack used", "", DiagramGroup.Kind.OTHER_STACK),
        new DiagramGroup("user", "stack user", "", DiagramGroup.Kind.OTHER_STACK));
    Diagram d = new Diagram("t", groups, List.of(node("api", Tier.ENTRY, ""), node("fn", Tier.COMPUTE, ""),
        node("table", Tier.DATA, ""), node("import", Tier.FREE, "used"), node("caller", Tier.FREE, "user")),
        List.of(new DiagramEdge("api", "fn", "", DiagramEdge.Style.SOLID),
            new DiagramEdge("fn", "table", "", DiagramEdge.Style.SOLID),
            new DiagramEdge("api", "import", "", DiagramEdge.Style.SOLID),
            new DiagramEdge("table", "caller", "", DiagramEdge.Style.SOLID),
            new DiagramEdge("caller", "fn", "", DiagramEdge.Style.SOLID),
            new DiagramEdge("caller", "table", "", DiagramEdge.Style.SOLID)));
    Layout l = ElkLayout.layout(d, Direction.RIGHT);
    Layout.Box used = l.groups().get("used");
    Layout.Box user = l.groups().get("user");
    for (String id : List.of("api", "fn", "table")) {
      assertThat(used.x()).as("used frame in the last layer, with the data: not left of " + id)
          .isGreaterThanOrEqualTo(l.nodes().get(id).x());
      assertThat(used.x()).as("right of the entry point and compute").isGreaterThan(l.nodes().get("fn").x());
      assertThat(user.x() + user.width()).as("user frame left of " + id).isLessThan(l.nodes().get(id).x());
    }
  }
}
