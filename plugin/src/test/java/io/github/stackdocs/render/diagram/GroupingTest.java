package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.NestedIn;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Frames: CDK construct paths, nested stacks inside their parent, other stacks; and the system diagram. */
class GroupingTest {
  private static final Project PROJECT = project();
  private static final DiagramSet SET = DiagramFixtures.diagrams(PROJECT);

  private static Project project() {
    Stack cdk = DiagramFixtures.stack("cdk").withCdk(new CdkOrigin("cdk.out", "App", "App", "aws://1/eu-west-1",
        List.of("net"), Map.of(
            "HandlerServiceRole1A2B", "App/Orders/Handler/ServiceRole/Resource",
            "HandlerServiceRoleDefaultPolicy3C4D", "App/Orders/Handler/ServiceRole/DefaultPolicy/Resource",
            "Handler7G8H", "App/Orders/Handler/Resource",
            "OrdersTable5E6F", "App/Orders/Table/Resource",
            "Bucket9I0J", "App/Bucket/Resource",
            "Child", "App/Child.NestedStack/Child.NestedStackResource"), Map.of()));
    Stack child = DiagramFixtures.stack("child").asNested("App-Child", new NestedIn("App", "Child", "child.yaml"));
    Stack app = new Stack("App", cdk.sourceFile(), cdk.format(), cdk.description(), cdk.transforms(), cdk.metadata(),
        cdk.parameters(), cdk.parameterGroups(), cdk.mappings(), cdk.conditions(), cdk.rules(), cdk.resources(),
        cdk.outputs(), cdk.references(), cdk.cdk());
    return new Project("p", List.of(app, child, DiagramFixtures.stack("net")));
  }

  /** node label → its frames from the outermost, joined with " > ". */
  private static Map<String, String> frames(Diagram d) {
    Map<String, String> result = new TreeMap<>();
    for (DiagramNode n : d.nodes()) {
      result.put(n.label(), DiagramFixtures.frames(d, n.group()).stream().map(DiagramGroup::label)
          .collect(java.util.stream.Collectors.joining(" > ")));
    }
    return result;
  }

  @Test
  void cdkStacksAreFramedByConstructAndNodesNamedByIt() {
    StackDiagrams d = SET.stack("App").orElseThrow();
    assertThat(frames(d.all())).containsExactlyInAnyOrderEntriesOf(Map.of(
        "ServiceRole", "Orders > Handler > ServiceRole",
        "DefaultPolicy", "Orders > Handler > ServiceRole",
        "Handler", "Orders > Handler",
        "Table", "Orders",
        "Bucket", "", // alone in its service: no frame
        "Child", "nested stack Child",
        "Queue", "nested stack Child",
        "Topic", "nested stack Child"));
    // without the role and its policy the Handler frame holds one node: it is dropped
    assertThat(frames(d.defaults())).containsEntry("Handler", "Orders").containsEntry("Table", "Orders")
        .doesNotContainKeys("ServiceRole", "DefaultPolicy");
    assertThat(DiagramFixtures.edges(d.defaults())).contains("Handler -reads/writes-> Table", "Child --> Bucket",
        "Queue -subscribes-> Topic");
    assertThat(d.all().nodes()).noneMatch(n -> n.label().equals("CDKMetadata"));
    assertThat(d.all().nodes()).filteredOn(n -> n.label().equals("Handler")).singleElement()
        .satisfies(n -> assertThat(n.tooltip()).isEqualTo("AWS::Lambda::Function Handler7G8H (Orders/Handler/Resource)"));
  }

  @Test
  void theSummaryKeepsTopLevelConstructsAndNamesAConstructOfOneService() {
    Diagram s = SET.stack("App").orElseThrow().summary();
    assertThat(frames(s)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "Handler", "Orders", "Table", "Orders", "Bucket", "", "Child", "nested stack Child",
        "Queue", "nested stack Child", "Topic", "nested stack Child"));
  }

  @Test
  void theSystemDiagramShowsImportsNestingAndDeploymentOrder() {
    Project p = new Project("p", List.of(PROJECT.stacks().get(0), PROJECT.stacks().get(1), DiagramFixtures.stack("app"),
        DiagramFixtures.stack("net")));
    Diagram system = DiagramFixtures.diagrams(p).system();
    assertThat(system.nodes()).extracting(n -> n.badge() + " " + n.label() + " (" + n.detail() + ")")
        .containsExactly("CDK stack App (7 resources)", "Nested stack App-Child (2 resources)",
            "Stack app (28 resources)", "Stack net (1 resource)");
    assertThat(DiagramFixtures.edges(system)).containsExactly("App -deployed after.-> net", "App -nests-> App-Child",
        "app -imports 1 export-> net");
    assertThat(system.edges()).filteredOn(e -> e.label().equals("nests")).singleElement()
        .satisfies(e -> assertThat(e.style()).isEqualTo(DiagramEdge.Style.THICK));
  }
}
