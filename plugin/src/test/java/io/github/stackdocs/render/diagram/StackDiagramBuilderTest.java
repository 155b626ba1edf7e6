package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Project;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The diagram model of the fixture stack at each level: which nodes, which edges with which meaning, which frames. */
class StackDiagramBuilderTest {
  private static final Project PROJECT = DiagramFixtures.project();
  private static final StackDiagrams APP = DiagramFixtures.diagrams(PROJECT).stack("app").orElseThrow();

  @Test
  void theDefaultLevelFoldsIamPlumbingIntoTheRelationsItImplies() {
    assertThat(DiagramFixtures.edges(APP.defaults())).containsExactlyInAnyOrder(
        "Api -invokes-> Handler", // Lambda permission with SourceArn
        // the alarm HandlerErrors is drawn on Handler (DependsOn on it is gone); Bastion sits in SubnetA's frame
        "Bastion -writes-> Uploads", // instance profile -> role -> s3:PutObject
        "Handler --> HandlerSecurityGroup",
        "Handler --> SubnetA",
        "Handler --> SubnetB",
        "Handler -reads-> AuditTable", // through an ImportValue into another stack
        "Handler -reads-> Uploads", // s3:GetObject; the Deny statement grants nothing
        "Handler -reads/writes-> Table", // GetItem + PutItem; the plain Ref in the environment takes the meaning
        "Handler -writes-> Events", // sns:Publish
        "Jobs -subscribes-> Events", // the subscription folded into its two ends
        "Jobs -triggers-> Worker", // event source mapping; the worker's sqs:ReceiveMessage read is implied
        "LoadBalancer --> SubnetA",
        "LoadBalancer --> SubnetB",
        "LoadBalancer -routes to-> Targets", // its listener, drawn on it
        "Nightly -invokes-> Worker",
        "Nightly -triggers-> Jobs",
        "Targets -routes to-> Bastion",
        "Uploads -triggers-> Worker", // bucket notification
        // an https endpoint is no resource: the subscription stays, drawn on its topic
        "Worker -writes-> Table"); // a policy attached to the worker's role: dynamodb:UpdateItem
  }

  @Test
  void plumbingIsGoneFromTheDefaultLevelAndShownInAll() {
    List<String> plumbing = List.of("ApiPermission", "BastionProfile", "BastionRole", "HandlerRole", "JobsPolicy",
        "JobsSubscription", "UploadsPermission", "WorkerMapping", "WorkerPolicy", "WorkerRole");
    assertThat(DiagramFixtures.labels(APP.defaults())).doesNotContainAnyElementsOf(plumbing)
        .doesNotContain("WebhookSubscription", "HandlerErrors").contains("AuditTable");
    assertThat(DiagramFixtures.labels(APP.all())).containsAll(plumbing).contains("WebhookSubscription", "HandlerErrors");
    assertThat(DiagramFixtures.edges(APP.all())).contains(
        "Handler --> HandlerRole",
        "HandlerRole -reads/writes-> Table",
        "HandlerRole -reads-> Uploads",
        "HandlerRole -reads-> AuditTable",
        "WorkerPolicy --> WorkerRole",
        "WorkerPolicy -reads-> Jobs",
        "WorkerMapping -invokes-> Worker",
        "WorkerMapping --> Jobs",
        "JobsSubscription -subscribes-> Events",
        "ApiPermission --> Api",
        "ApiPermission --> Handler");
  }

  @Test
  void resourcesInAVpcAreFramedByItAndBySubnetWhenInExactlyOne() {
    Diagram d = APP.defaults();
    Map<String, String> groupOf = d.nodes().stream()
        .collect(Collectors.toMap(DiagramNode::label, n -> groupLabel(d, n.group())));
    assertThat(groupOf).containsEntry("Vpc", "Vpc").containsEntry("SubnetB", "Vpc")
        .containsEntry("HandlerSecurityGroup", "Vpc").containsEntry("Handler", "Vpc")
        .containsEntry("LoadBalancer", "Vpc").containsEntry("Targets", "Vpc")
        .containsEntry("Bastion", "subnet SubnetA").containsEntry("SubnetA", "subnet SubnetA")
        .containsEntry("Events", "") // its subscription is drawn on it: alone in its service, no frame
        .containsEntry("AuditTable", "stack net")
        .containsEntry("Table", "");
    assertThat(d.groups()).filteredOn(g -> g.label().equals("subnet SubnetA"))
        .singleElement().satisfies(g -> assertThat(groupLabel(d, g.parent())).isEqualTo("Vpc"));
  }

  @Test
  void theSummaryHasOneNodePerServiceAndFrameWithCountsAndEdgesNamingEveryMeaning() {
    Diagram s = APP.summary();
    assertThat(s.nodes()).extracting(n -> n.badge() + ": " + n.label() + " (" + n.detail() + ") in "
        + groupLabel(s, n.group())).containsExactlyInAnyOrder(
        // built after attachments are folded: the alarm, the listener and the subscription are drawn on what they
        // serve, so they count with it, not as services of their own
        "API Gateway: Api (RestApi) in ", "DynamoDB: Table (Table) in ",
        "EventBridge: Nightly (Rule) in ", "Lambda: Worker (Function) in ",
        "S3: Uploads (Bucket) in ", "SNS: Events (Topic) in ", "SQS: Jobs (Queue) in ",
        "EC2: 5 resources () in Vpc", "ELB: LoadBalancer + TargetGroup () in Vpc", "Lambda: Handler (Function) in Vpc",
        "Stack: net (1 resource) in ");
    assertThat(DiagramFixtures.edges(s)).contains("Handler -reads/writes-> Table", "Handler -reads-> net",
        "Handler -writes-> Events", "Jobs -triggers-> Worker")
        .doesNotContain("Handler --> Handler").noneMatch(e -> e.contains("HandlerErrors") || e.contains("Listener")).hasSize(14);
    assertThat(s.nodes()).filteredOn(n -> n.badge().equals("SNS")).singleElement()
        .satisfies(n -> assertThat(n.tooltip()).isEqualTo("SNS: AWS::SNS::Topic \u00d71"));
  }

  @Test
  void alarmsAndSubscriptionsAreDrawnOnWhatTheyServeWithWhomTheyNotify() {
    Map<String, DiagramNode> byLabel = APP.defaults().nodes().stream()
        .collect(Collectors.toMap(DiagramNode::label, n -> n));
    assertThat(byLabel.get("Handler").attached()).isEqualTo("alarm \u2192 Events");
    assertThat(byLabel.get("Handler").tooltip()).endsWith("; attached: Alarm HandlerErrors");
    assertThat(byLabel.get("Events").attached()).isEqualTo("subscription");
    assertThat(APP.all().nodes()).allMatch(n -> n.attached().isEmpty());
  }

  @Test
  void anAlarmIsDrawnOnTheMostSpecificResourceItsDimensionsName() {
    StackDiagrams ecs = DiagramFixtures.diagrams(new Project("ecs", List.of(DiagramFixtures.stack("ecs"))))
        .stack("ecs").orElseThrow();
    Map<String, DiagramNode> byLabel = ecs.defaults().nodes().stream()
        .collect(Collectors.toMap(DiagramNode::label, n -> n));
    assertThat(byLabel).doesNotContainKeys("CPUTooHigh", "ServiceCPUTooHigh", "ScalableTarget");
    assertThat(byLabel.get("Cluster").attached()).isEqualTo("alarm \u2192 Topic");
    // its dimensions name the cluster and the service: the service is what it watches
    assertThat(byLabel.get("Service").attached()).isEqualTo("alarm \u00b7 scalable target");
    // a target group's metric is named by its load balancer too: the target group is what it watches
    assertThat(byLabel).doesNotContainKey("Target5XX");
    assertThat(byLabel.get("TargetGroup").attached()).isEqualTo("alarm");
    assertThat(DiagramFixtures.edges(ecs.defaults())).noneMatch(e -> e.contains("watches"));
  }

  private static String groupLabel(Diagram d, String id) {
    return id.isEmpty() ? "" : d.groups().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow().label();
  }
}
