package io.github.stackdocs.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.ProjectDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangesRenderTest {
  private static final ResourceCatalog CATALOG = ResourceCatalog.bundled();

  private static ChangeSet diff(String before, String after) {
    // one test diffs 3,000 resources, past CloudFormation's 500 a stack
    CfnTemplateReader reader = new CfnTemplateReader(io.github.stackdocs.read.InputLimits.parse(List.of("resources=5000")));
    Project a = new Project("p", List.of(reader.read("app.yaml", "app", before).stack().orElseThrow()));
    Project b = new Project("p", List.of(reader.read("app.yaml", "app", after).stack().orElseThrow()));
    return new ProjectDiff(CATALOG).diff(a, b);
  }

  private static final String TABLE = "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n"
      + "      TableName: orders\n";

  @Test
  void riskSectionComesFirstThenTheStackDetails() {
    String md = new ChangesMarkdown(CATALOG).render(diff(TABLE, TABLE.replace("orders", "orders-v2")), "baseline");
    assertThat(md).contains("**Risks: 1 DATA LOSS**");
    assertThat(md.indexOf("- **DATA LOSS** `app / Orders`")).isPositive().isLessThan(md.indexOf("<details>"));
    assertThat(md).contains("| `Orders` | [`AWS::DynamoDB::Table`](https://docs.aws.amazon.com/")
        .contains("**will replace**").contains("`TableName`: `orders` → `orders-v2` (will replace)");
  }

  @Test
  void templateTextIsEscaped() {
    String md = new ChangesMarkdown(CATALOG).render(diff(TABLE, TABLE.replace("orders", "a|<b>`x`")), "main");
    assertThat(md).contains("`` a\\|<b>`x` ``").doesNotContain("a|<b>");
  }

  @Test
  void staysUnderTheLimitAndSaysHowManyChangesAreLeftOut() {
    StringBuilder before = new StringBuilder("Resources:\n");
    StringBuilder after = new StringBuilder("Resources:\n");
    for (int i = 0; i < 3000; i++) {
      before.append("  Topic").append(i).append(":\n    Type: AWS::SNS::Topic\n    Properties: {DisplayName: a}\n");
      after.append("  Topic").append(i).append(":\n    Type: AWS::SNS::Topic\n    Properties: {DisplayName: b}\n");
    }
    String md = new ChangesMarkdown(CATALOG).render(diff(before.toString(), after.toString()), "main");
    assertThat(md.length()).isLessThan(65_536);
    assertThat(md).containsPattern("\\*\\*\\d+ more changes in changes.json\\*\\*").endsWith(").\n");
    assertThat(md.split("<details>", -1).length).isEqualTo(md.split("</details>", -1).length);
  }

  @Test
  void noChangesButSuppressedNoise() {
    String t = "Resources:\n  CDKMetadata:\n    Type: AWS::CDK::Metadata\n    Properties: {Analytics: a}\n";
    String md = new ChangesMarkdown(CATALOG).render(diff(t, t.replace("a}", "b}")), "main");
    assertThat(md).contains("**No changes**, 1 suppressed").doesNotContain("<details>");
  }

  @Test
  void jsonHasTheSchemaVersionAndIsDeterministic() throws Exception {
    ChangeSet c = diff(TABLE, TABLE.replace("orders", "orders-v2"));
    String json = new ChangesJson().render(c, "main");
    assertThat(new ChangesJson().render(diff(TABLE, TABLE.replace("orders", "orders-v2")), "main")).isEqualTo(json);
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.path("summary").path("willReplace").asInt()).isEqualTo(1);
    assertThat(root.path("risks").get(0).path("kind").asText()).isEqualTo("DATA_LOSS");
    JsonNode change = root.path("stacks").get(0).path("resources").get(0).path("changes").get(0);
    assertThat(change.path("path").asText()).isEqualTo("Properties.TableName");
    assertThat(change.path("new").asText()).isEqualTo("orders-v2");
  }

  @Test
  void changesThatFollowFromAReplacementInAnotherStackNameTheirCause() throws Exception {
    CfnTemplateReader reader = new CfnTemplateReader();
    String data = TABLE + "Outputs:\n  Name:\n    Value: !Ref Orders\n    Export: {Name: data-orders}\n";
    String api = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !ImportValue data-orders\n";
    Project a = new Project("p", List.of(reader.read("data.yaml", "data", data).stack().orElseThrow(),
        reader.read("api.yaml", "api", api).stack().orElseThrow()));
    Project b = new Project("p", List.of(reader.read("data.yaml", "data", data.replace("orders", "orders-v2")
        .replace("data-orders-v2", "data-orders")).stack().orElseThrow(), reader.read("api.yaml", "api", api).stack()
        .orElseThrow()));
    ChangeSet c = new ProjectDiff(CATALOG).diff(a, b);

    JsonNode json = new ObjectMapper().readTree(new ChangesJson().render(c, "b"));
    JsonNode queue = json.at("/stacks/0/resources/0");
    assertThat(queue.at("/logicalId").asText()).isEqualTo("Q");
    assertThat(queue.at("/impact").asText()).isEqualTo("WILL_REPLACE"); // QueueName replaces the queue
    assertThat(queue.at("/changes/0/cause").asText()).isEqualTo("data/Orders");
    assertThat(json.at("/stacks/1/items/0/name").asText()).isEqualTo("data-orders");
    assertThat(json.at("/stacks/1/items/0/cause").asText()).isEqualTo("Orders");
    assertThat(json.at("/stacks/1/items/1").isMissingNode()).isTrue();
    String md = new ChangesMarkdown(CATALOG).render(c, "b");
    assertThat(md).contains("updates because export data-orders changes: data/Orders is replaced")
        .contains("- **DEPLOY FAILURE** `data / data-orders`");
  }
}
