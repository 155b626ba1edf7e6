package io.github.stackdocs.read.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.Impact;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.RiskKind;
import io.github.stackdocs.analyze.diff.TerraformPlanDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.read.cfn.DocumentParser;
import io.github.stackdocs.read.terraform.TerraformPlacement;
import io.github.stackdocs.read.terraform.TypeMapping;
import io.github.stackdocs.render.GoldenFiles;
import io.github.stackdocs.render.diff.ChangesJson;
import io.github.stackdocs.render.diff.ChangesMarkdown;
import io.github.stackdocs.render.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The change log and drift of a Terraform plan, from the example under examples/terraform-orders and small plans. */
class PlanChangesTest {
  static final Path EXAMPLE = Path.of("../examples/terraform-orders/src/main/terraform/plan.json");
  static final String PASSWORD = "Orders-Db-Pa55word-7f3c";

  static Node parse(byte[] bytes) {
    List<Finding> findings = new ArrayList<>();
    Node n = DocumentParser.parse("plan.json", bytes, "terraform plan", "", findings).orElseThrow();
    assertThat(findings).isEmpty();
    return n;
  }

  static PlanChangesReader.Result read(Node plan) {
    return new PlanChangesReader(TypeMapping.bundled()::cfnType).read(plan, "plan.json", new TerraformPlacement("plan"));
  }

  static ChangeSet changes(String json) {
    PlanChangesReader.Result r = read(parse(json.getBytes(StandardCharsets.UTF_8)));
    return new TerraformPlanDiff().diff(r.changes(), r.outputs());
  }

  static ResourceChange only(ChangeSet c) {
    assertThat(c.visibleResources()).hasSize(1);
    return c.visibleResources().get(0);
  }

  @Test
  void exampleChangeLogMatchesItsGoldenFiles() throws Exception {
    PlanChangesReader.Result r = read(parse(Files.readAllBytes(EXAMPLE)));
    ChangeSet c = new TerraformPlanDiff().diff(r.changes(), r.outputs());
    String md = new ChangesMarkdown(ResourceCatalog.bundled()).render(c, "plan.json (prior state)");
    String json = new ChangesJson().render(c, "plan.json (prior state)", List.of());
    assertThat(md + json).doesNotContain(PASSWORD);
    GoldenFiles.assertMatches("terraform-plan", List.of(new Document("changes.md", md),
        new Document("changes.json", json)));
    // the replacement's cause is the replace path; the database and the deleted queue lose data
    ResourceChange db = c.visibleResources().stream().filter(x -> x.logicalId().equals("aws_db_instance.orders"))
        .findFirst().orElseThrow();
    assertThat(db.impact()).isEqualTo(Impact.WILL_REPLACE);
    assertThat(db.visibleChanges()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("storage_encrypted");
      assertThat(p.impact()).isEqualTo(Impact.WILL_REPLACE);
    });
    assertThat(c.risks()).filteredOn(k -> k.kind() == RiskKind.DATA_LOSS).extracting(k -> k.logicalId())
        .containsExactly("aws_db_instance.orders", "aws_sqs_queue.legacy_orders");
    assertThat(c.risks()).filteredOn(k -> k.kind() == RiskKind.SECURITY).extracting(k -> k.stack() + "/" + k.logicalId())
        .containsExactly("plan/aws_iam_role_policy.orders_api", "plan-network/module.network.aws_security_group.db");
  }

  @Test
  void exampleDriftComesFromResourceDrift() throws Exception {
    PlanChangesReader.Result r = read(parse(Files.readAllBytes(EXAMPLE)));
    Map<String, DeployedState> drift = new TerraformPlanDiff().drift(r.drift());
    assertThat(drift).containsOnlyKeys("plan");
    List<DeployedState.ResourceState> resources = drift.get("plan").resources();
    assertThat(resources).extracting(DeployedState.ResourceState::logicalId, DeployedState.ResourceState::driftStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("aws_cloudwatch_log_group.orders_api", "DELETED"),
            org.assertj.core.groups.Tuple.tuple("aws_lambda_function.orders_api", "MODIFIED"));
    assertThat(resources.get(1).differences()).singleElement().isEqualTo(
        new DeployedState.PropertyDifference("/timeout", "30", "60", "NOT_EQUAL"));
    assertThat(drift.get("plan").resourcesKnown()).isFalse();
  }

  @Test
  void aStateFileGivesTheSameDriftAsResourceDrift() throws Exception {
    Node plan = parse(Files.readAllBytes(EXAMPLE));
    Node state = parse(Files.readAllBytes(EXAMPLE.resolveSibling("state.json")));
    PlanChangesReader reader = new PlanChangesReader(TypeMapping.bundled()::cfnType);
    TerraformPlacement placement = new TerraformPlacement("plan");
    TerraformPlanDiff diff = new TerraformPlanDiff();
    List<DeployedState.ResourceState> fromState = diff.drift(reader.stateDrift(state, plan, placement)).get("plan")
        .resources();
    List<DeployedState.ResourceState> fromPlan = diff.drift(reader.read(plan, "plan.json", placement).drift())
        .get("plan").resources();
    assertThat(fromState).extracting(DeployedState.ResourceState::logicalId, DeployedState.ResourceState::driftStatus,
        DeployedState.ResourceState::differences).isEqualTo(fromPlan.stream().map(x -> org.assertj.core.groups.Tuple
        .tuple(x.logicalId(), x.driftStatus(), x.differences())).toList());
    // a state of another configuration shares no address: no drift
    assertThat(reader.stateDrift(parse(("{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[{"
        + "\"address\":\"aws_s3_bucket.other\",\"mode\":\"managed\",\"type\":\"aws_s3_bucket\",\"values\":{}}]}}}")
        .getBytes(StandardCharsets.UTF_8)), plan, placement)).isEmpty();
  }

  private static String plan(String resourceChanges) {
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.9.8\",\"resource_changes\":[" + resourceChanges
        + "]}";
  }

  private static String change(String address, String type, String actions, String before, String after,
      String extra) {
    return "{\"address\":\"" + address + "\",\"mode\":\"managed\",\"type\":\"" + type + "\",\"name\":\"x\","
        + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":" + actions
        + ",\"before\":" + before + ",\"after\":" + after + ",\"after_unknown\":{},\"before_sensitive\":{},"
        + "\"after_sensitive\":{}" + extra + "}}";
  }

  @Test
  void actionsMapToTheChangeModel() {
    assertThat(only(changes(plan(change("aws_sqs_queue.q", "aws_sqs_queue", "[\"create\"]", "null",
        "{\"name\":\"q\"}", "")))).kind()).isEqualTo(ChangeKind.ADDED);
    ResourceChange update = only(changes(plan(change("aws_sqs_queue.q", "aws_sqs_queue", "[\"update\"]",
        "{\"delay_seconds\":0}", "{\"delay_seconds\":5}", ""))));
    assertThat(update.impact()).isEqualTo(Impact.IN_PLACE);
    assertThat(update.changes()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("delay_seconds");
      assertThat(p.oldValue()).contains("0");
      assertThat(p.newValue()).contains("5");
    });
    // create before destroy is a replacement too; a change outside replace_paths does not force it
    ResourceChange replace = only(changes(plan(change("aws_sqs_queue.q", "aws_sqs_queue", "[\"create\",\"delete\"]",
        "{\"name\":\"a\",\"delay_seconds\":0}", "{\"name\":\"b\",\"delay_seconds\":5}",
        ",\"replace_paths\":[[\"name\"]]"))));
    assertThat(replace.impact()).isEqualTo(Impact.WILL_REPLACE);
    assertThat(replace.changes()).extracting(p -> p.path() + " " + p.impact())
        .containsExactly("name WILL_REPLACE", "delay_seconds IN_PLACE");
    assertThat(changes(plan(change("aws_sqs_queue.q", "aws_sqs_queue", "[\"no-op\"]", "{\"name\":\"a\"}",
        "{\"name\":\"a\"}", ""))).stacks()).isEmpty();
    ChangeSet read = changes(plan(change("data.aws_iam_policy_document.p", "aws_iam_policy_document", "[\"read\"]",
        "null", "{}", "")));
    assertThat(read.visibleResources()).isEmpty();
    assertThat(read.suppressed()).isEqualTo(1);
    assertThat(only(changes(plan(change("aws_sqs_queue.q", "aws_sqs_queue", "[\"forget\"]", "{\"name\":\"a\"}",
        "null", "")))).impact()).isEqualTo(Impact.ORPHAN);
  }

  @Test
  void aFinalSnapshotKeepsTheDataOfAReplacedDatabase() {
    String db = "{\"identifier\":\"a\",\"skip_final_snapshot\":%s}";
    ChangeSet kept = changes(plan(change("aws_db_instance.d", "aws_db_instance", "[\"delete\",\"create\"]",
        db.formatted("false"), db.formatted("false").replace("\"a\"", "\"b\""), ",\"replace_paths\":[[\"identifier\"]]")));
    assertThat(kept.risks()).isEmpty();
    ChangeSet lost = changes(plan(change("aws_db_instance.d", "aws_db_instance", "[\"delete\",\"create\"]",
        db.formatted("true"), db.formatted("true").replace("\"a\"", "\"b\""), ",\"replace_paths\":[[\"identifier\"]]")));
    assertThat(lost.risks()).singleElement().satisfies(r -> assertThat(r.reason())
        .contains("identifier forces replacement").contains("AWS::RDS::DBInstance"));
  }

  @Test
  void aRuleOpenedToTheInternetIsASecurityRisk() {
    String sg = "{\"id\":\"sg-1\",\"ingress\":[%s],\"egress\":[]}";
    String rule = "{\"cidr_blocks\":[\"%s\"],\"from_port\":22,\"to_port\":22,\"protocol\":\"tcp\",\"security_groups\":[],"
        + "\"self\":false}";
    ChangeSet c = changes(plan(change("aws_security_group.s", "aws_security_group", "[\"update\"]",
        sg.formatted(rule.formatted("10.0.0.0/8")), sg.formatted(rule.formatted("0.0.0.0/0")), "")));
    assertThat(c.risks()).extracting(r -> r.kind() + " " + r.reason()).contains("SECURITY ingress tcp 22 opened to 0.0.0.0/0");
  }
}
