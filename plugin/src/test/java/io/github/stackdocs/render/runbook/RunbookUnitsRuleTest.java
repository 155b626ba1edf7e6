package io.github.stackdocs.render.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rule that decides which runbooks a CDK stack gets (one per construct) and how they are named. */
class RunbookUnitsRuleTest {

  /** A stack whose resources (type per logical id) sit at the given construct paths below stack {@code App}. */
  private static List<RunbookUnit> units(String... idTypePath) {
    Project project = project(idTypePath);
    return RunbookUnits.of(project, DependencyGraph.build(project));
  }

  private static Project project(String... idTypePath) {
    StringBuilder yaml = new StringBuilder("Resources:\n");
    Map<String, String> paths = new LinkedHashMap<>();
    for (int i = 0; i < idTypePath.length; i += 3) {
      yaml.append("  ").append(idTypePath[i]).append(":\n    Type: ").append(idTypePath[i + 1]).append('\n');
      if (!idTypePath[i + 2].isEmpty()) {
        paths.put(idTypePath[i], "App/" + idTypePath[i + 2]);
      }
    }
    Stack stack = Stacks.read("App", yaml.toString())
        .withCdk(new CdkOrigin("cdk.out", "App", "App", "aws://1/eu-west-1", List.of(), paths, Map.of()));
    return new Project("p", List.of(stack));
  }

  /** path → construct path and parts, for compact assertions. */
  private static Map<String, String> summary(List<RunbookUnit> units) {
    return units.stream().collect(Collectors.toMap(RunbookUnit::path, u -> u.primary().logicalId() + " @"
        + u.constructPath() + " " + u.parts().stream().map(p -> p.logicalId() + ":" + p.role()).toList(),
        (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void aConstructWithAFunctionItsRoleLogGroupAndAlarmIsOneRunbook() {
    assertThat(summary(units(
        "Fn1", "AWS::Lambda::Function", "Svc/Handler/Resource",
        "Role1", "AWS::IAM::Role", "Svc/Handler/ServiceRole/Resource",
        "Logs1", "AWS::Logs::LogGroup", "Svc/Logs/Resource",
        "Alarm1", "AWS::CloudWatch::Alarm", "Svc/Errors/Resource",
        "Meta", "AWS::CDK::Metadata", "CDKMetadata/Default")))
        .containsExactly(Map.entry("App/Svc.adoc",
            "Fn1 @Svc [Role1:Handler/ServiceRole, Logs1:Logs, Alarm1:Errors]"));
  }

  @Test
  void aConstructsOwnPlumbingL1IsAPartOfItsRunbook() {
    assertThat(summary(units(
        "Fn1", "AWS::Lambda::Function", "Svc/Handler/Resource",
        "Role1", "AWS::IAM::Role", "Svc/Resource")))
        .containsExactly(Map.entry("App/Svc.adoc", "Fn1 @Svc [Role1:Resource]"));
  }

  @Test
  void aResourceOfItsOwnUnderAConstructKeepsItsOwnRunbookAndTheConstructStopsWidening() {
    assertThat(summary(units(
        "Fn1", "AWS::Lambda::Function", "Svc/Worker/Resource",
        "Role1", "AWS::IAM::Role", "Svc/Worker/ServiceRole/Resource",
        "Dlq1", "AWS::SQS::Queue", "Svc/Worker/DeadLetterQueue/Resource",
        "Policy1", "AWS::SQS::QueuePolicy", "Svc/Worker/DeadLetterQueue/Policy/Resource",
        "Alarm1", "AWS::CloudWatch::Alarm", "Svc/Errors/Resource")))
        .containsExactly(
            Map.entry("App/Svc-Worker-DeadLetterQueue.adoc", "Dlq1 @Svc/Worker/DeadLetterQueue [Policy1:Policy]"),
            Map.entry("App/Svc-Worker.adoc", "Fn1 @Svc/Worker [Role1:ServiceRole]"));
  }

  @Test
  void anL1NotNamedResourceAloneUnderItsParentBelongsToTheParent() {
    // ecs.FargateService names its CfnService "Service"; the load balancer is another runbook
    assertThat(summary(units(
        "Svc1", "AWS::ECS::Service", "Web/Service/Service",
        "Sg1", "AWS::EC2::SecurityGroup", "Web/Service/SecurityGroup/Resource",
        "Lb1", "AWS::ElasticLoadBalancingV2::LoadBalancer", "Web/LB/Resource",
        "Task1", "AWS::ECS::TaskDefinition", "Web/TaskDef/Resource")))
        .containsExactly(
            Map.entry("App/Web-LB.adoc", "Lb1 @Web/LB []"),
            Map.entry("App/Web-Service.adoc", "Svc1 @Web/Service [Sg1:SecurityGroup]"));
  }

  @Test
  void twoResourcesClaimingOneConstructKeepTheirOwnPathsAndResourcesWithoutAPathTheirIds() {
    assertThat(summary(units(
        "Q1", "AWS::SQS::Queue", "Pair/Resource",
        "T1", "AWS::SNS::Topic", "Pair/Default",
        "Loose", "AWS::SQS::Queue", "")))
        .containsExactly(
            Map.entry("App/Loose.adoc", "Loose @ []"),
            Map.entry("App/Pair-Default.adoc", "T1 @Pair/Default []"),
            Map.entry("App/Pair-Resource.adoc", "Q1 @Pair/Resource []"));
  }

  @Test
  void fileNamesAreSanitizedUniqueIgnoringCaseAndNeverEscapeTheStackFolder() {
    List<RunbookUnit> units = units(
        "Q1", "AWS::SQS::Queue", "Queue/Resource",
        "Q2", "AWS::SQS::Queue", "queue/Resource",
        "Q3", "AWS::SQS::Queue", "../../etc/passwd/Resource",
        "Q4", "AWS::SQS::Queue", "CON/Resource",
        "Q5", "AWS::SQS::Queue", "a b\\c:d/Resource");
    assertThat(units).extracting(RunbookUnit::path).allSatisfy(p -> {
      assertThat(p).matches("App/[A-Za-z0-9._-]+\\.adoc").doesNotContain("..");
      assertThat(RunbookRenderer.isRunbookPath(p)).isTrue();
    });
    // "../../etc/passwd" widens to its top construct "..", which sanitizes to nothing: the fallback name
    assertThat(units).extracting(RunbookUnit::path).containsExactly("App/CON_.adoc", "App/Queue.adoc",
        "App/a-b-c-d.adoc", "App/queue-2.adoc", "App/stack.adoc");
  }

  @Test
  void plainTemplatesKeepARunbookPerResourceNamedForItsLogicalIdUniqueIgnoringCase() {
    String longId = "Q".repeat(120);
    Stack stack = Stacks.read("app", "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n  Role:\n    Type: AWS::IAM::Role\n"
        + "  Queue:\n    Type: AWS::SQS::Queue\n  QUEUE:\n    Type: AWS::SQS::Queue\n"
        + "  " + longId + "A:\n    Type: AWS::SQS::Queue\n  " + longId + "B:\n    Type: AWS::SQS::Queue\n");
    Project project = new Project("p", List.of(stack));
    String cut = "Q".repeat(100); // file names keep at most 100 characters
    assertThat(RunbookUnits.of(project, DependencyGraph.build(project))).extracting(RunbookUnit::path)
        .containsExactly("app/Fn.adoc", "app/" + cut + "-2.adoc", "app/" + cut + ".adoc", "app/QUEUE.adoc",
            "app/Queue-2.adoc");
  }

  @Test
  void anOrphanedRunbookNamesTheRunbooksThatCoverItsSubjectNow() {
    // OrdersService got a queue: its runbook splits in two; the per-resource runbook of the handler moved too
    Project project = project(
        "Fn1", "AWS::Lambda::Function", "OrdersService/Handler/Resource",
        "Q1", "AWS::SQS::Queue", "OrdersService/Queue/Resource");
    java.util.function.Function<String, String> banner = RunbookRenderer.orphanBanner(project,
        RunbookUnits.of(project, DependencyGraph.build(project)));
    assertThat(banner.apply("App/OrdersService.adoc")).contains("OrdersService of stack App is now covered by the"
        + " runbooks OrdersService-Handler.adoc, OrdersService-Queue.adoc");
    assertThat(banner.apply("App/Fn1.adoc")).contains("Fn1 of stack App is now covered by the runbook"
        + " OrdersService-Handler.adoc");
    assertThat(banner.apply("App/Gone.adoc")).contains("Resource Gone is no longer in the templates of stack App.");
  }

  @Test
  void hostileConstructPathsAreInertInTheRunbook() {
    Project project = project(
        "Fn1", "AWS::Lambda::Function", "x<script>alert(1)</script>{set:a}pass:[<b>y</b>]/Resource",
        "Role1", "AWS::IAM::Role", "x<script>alert(1)</script>{set:a}pass:[<b>y</b>]/link:javascript:alert(1)[z]/Resource");
    List<io.github.stackdocs.render.Document> docs = new RunbookRenderer(
        new io.github.stackdocs.render.template.TemplateEngine(java.util.Optional.empty()),
        io.github.stackdocs.catalog.ResourceCatalog.bundled()).render(project, DependencyGraph.build(project), Map.of());
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.path()).matches("App/[A-Za-z0-9._-]+\\.adoc");
      assertThat(d.content()).contains("Construct::").doesNotContain("<script>", "{set:a}", "pass:[", "javascript:alert(1)[");
    });
  }
}
