package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.Edge;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidDiagramsTest {
  private static final Pattern NODE = Pattern.compile("^ {4}([A-Za-z0-9_]+)\\[\"([^\"]*)\"]$");
  private static final Pattern EDGE = Pattern.compile("^ {2}([A-Za-z0-9_]+) (-->|-\\.->) ([A-Za-z0-9_]+)$");
  private static final Pattern SUBGRAPH = Pattern.compile("^ {2}subgraph ([A-Za-z0-9_]+)\\[\"([^\"]*)\"]$");

  @Test
  void fortyResourceStackHasEveryNodeAndEveryEdgeOnce() {
    Project p = Fixtures.generated(40);
    DependencyGraph graph = DependencyGraph.build(p);
    Stack stack = p.stacks().get(0);
    String text = MermaidDiagrams.stack(stack, graph);

    List<String> lines = text.lines().toList();
    assertThat(lines.get(0)).isEqualTo("flowchart LR");
    Map<String, String> idByLabel = new HashMap<>();
    Map<String, Integer> edgeCount = new HashMap<>();
    int subgraphs = 0;
    int ends = 0;
    for (String line : lines.subList(1, lines.size())) {
      Matcher n = NODE.matcher(line);
      Matcher e = EDGE.matcher(line);
      if (n.matches()) {
        String logicalId = n.group(2).substring(0, n.group(2).indexOf("<br/>"));
        assertThat(idByLabel.put(logicalId, n.group(1))).as("node once: " + logicalId).isNull();
      } else if (e.matches()) {
        edgeCount.merge(e.group(1) + e.group(2) + e.group(3), 1, Integer::sum);
      } else if (SUBGRAPH.matcher(line).matches()) {
        subgraphs++;
      } else {
        assertThat(line).isEqualTo("  end");
        ends++;
      }
    }
    assertThat(subgraphs).isEqualTo(ends).isEqualTo(6);
    assertThat(idByLabel.keySet()).containsExactlyInAnyOrderElementsOf(
        stack.resources().stream().map(Resource::logicalId).toList());
    assertThat(Set.copyOf(idByLabel.values())).hasSize(40);

    List<Edge> edges = graph.edges(stack.name());
    assertThat(edges).hasSize(39 + 7); // a Ref chain plus DependsOn every 5th (some on top of a Ref)
    assertThat(edgeCount).hasSize(edges.size()).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    for (Edge edge : edges) {
      String arrow = edge.kinds().equals(Set.of(Reference.Kind.DEPENDS_ON)) ? "-.->" : "-->";
      assertThat(edgeCount).containsKey(idByLabel.get(edge.from().logicalId()) + arrow
          + idByLabel.get(edge.to().logicalId()));
    }
    assertThat(MermaidDiagrams.stack(stack, graph)).isEqualTo(text);
  }

  @Test
  void dependsOnOnlyEdgesAreDottedAndMixedOnesSolid() {
    Project p = Fixtures.generated(11);
    String text = MermaidDiagrams.stack(p.stacks().get(0), DependencyGraph.build(p));
    assertThat(text + "\n").contains("  r_Res05 --> r_Res04\n", "  r_Res05 -.-> r_Res00\n", "  r_Res10 --> r_Res09\n",
        "  r_Res10 -.-> r_Res05\n");
  }

  @Test
  void labelsAndIdsAreMermaidSafe() {
    assertThat(MermaidText.label("a\"b<c>d#e`f]g\nh")).isEqualTo("a#quot;b#lt;c#gt;d#35;e#96;f#93;g h");
    assertThat(MermaidText.id("r", "end")).isEqualTo("r_end");
    MermaidText.Ids ids = new MermaidText.Ids();
    assertThat(ids.next("x", "a-b")).isEqualTo("x_a_b");
    assertThat(ids.next("x", "a.b")).isEqualTo("x_a_b_2");
  }

  @Test
  void crossStackTargetsAreExternalNodesInTheirStacksSubgraph() {
    Project p = Fixtures.rich();
    DependencyGraph graph = DependencyGraph.build(p);
    String app = MermaidDiagrams.stack(p.stack("app").orElseThrow(), graph);
    assertThat(app).contains("  subgraph ext_network[\"stack network\"]\n    x_network_Subnet[\"Subnet\"]\n"
        + "    x_network_Vpc[\"Vpc\"]\n  end\n");
    assertThat(MermaidDiagrams.project(List.of("network", "app"), graph))
        .isEqualTo("flowchart LR\n  s_app[\"app\"]\n  s_network[\"network\"]\n  s_app --> s_network");
  }

  @Test
  void theStackDiagramAddsCdkDeploymentOrderAndNestingWithoutRepeatingImportEdges() {
    Project p = Fixtures.rich();
    DependencyGraph graph = DependencyGraph.build(p);
    String diagram = MermaidDiagrams.project(List.of("network", "app", "app-Child", "tools"), graph,
        Map.of("app", List.of("network"), "tools", List.of("network", "missing")), Map.of("app", List.of("app-Child")));
    assertThat(diagram).isEqualTo("flowchart LR\n  s_app[\"app\"]\n  s_app_Child[\"app-Child\"]\n  s_network[\"network\"]\n"
        + "  s_tools[\"tools\"]\n  s_app --> s_network\n  s_tools -.->|\"deployed after\"| s_network\n"
        + "  s_app ==>|\"nests\"| s_app_Child");
  }
}
