package io.github.stackdocs.read.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snapshot files that are valid JSON with a field of the wrong type: each is a {@code deployed-shape} ERROR at the
 * field's file, line and column, and the rest of the entry is kept.
 */
class SnapshotShapeTest {
  @TempDir Path base;

  private DeployedRead read(String file, String json) throws Exception {
    Path dir = base.resolve("deployed/orders");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(file), json);
    return new SnapshotFolderReader(base.resolve("deployed"), base).read(List.of(SnapshotFolderReaderTest.orders()));
  }

  private static List<String> shapes(DeployedRead read) {
    return read.findings().stream().filter(f -> f.code().equals("deployed-shape"))
        .peek(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
        .map(f -> f.location() + " " + f.message()).toList();
  }

  @Test
  void propertyDifferencesThatAreNoListAreAFindingAndTheDriftStatusStays() throws Exception {
    DeployedRead read = read("drifts.json", """
        {"StackResourceDrifts": [
          {"StackName": "orders", "LogicalResourceId": "OrdersQueue", "ResourceType": "AWS::SQS::Queue",
           "PropertyDifferences": "notalist",
           "StackResourceDriftStatus": "MODIFIED"}
        ]}
        """);
    assertThat(shapes(read)).containsExactly("deployed/orders/drifts.json:3:27 PropertyDifferences is a string at"
        + " JSON path /StackResourceDrifts/0/PropertyDifferences; expected an array");
    ResourceState q = read.byStack().get("orders").resource("OrdersQueue").orElseThrow();
    assertThat(q.driftStatus()).isEqualTo("MODIFIED");
    assertThat(q.differences()).isEmpty();
  }

  @Test
  void aTemplateBodyThatIsANumberIsAFinding() throws Exception {
    DeployedRead read = read("get-template.json", "{\"TemplateBody\": 42}");
    assertThat(shapes(read)).containsExactly("deployed/orders/get-template.json:1:18 TemplateBody is a number at"
        + " JSON path /TemplateBody; expected the deployed template: a string (YAML or JSON) or an object, as"
        + " get-template writes it");
  }

  @Test
  void aBrokenTemplateBodyIsAnErrorAtItsFileAndIsLeftOut() throws Exception {
    DeployedRead read = read("get-template.json", """
        {"StackName": "x",
         "TemplateBody": "Resources:\\n  Q: [unclosed\\n"}
        """);
    assertThat(shapes(read)).singleElement().asString()
        .startsWith("deployed/orders/get-template.json:2:18 TemplateBody is not a readable template (line ")
        .endsWith("at JSON path /TemplateBody; expected the deployed template as get-template writes it");
    assertThat(read.byStack().get("orders")).matches(s -> s == null || s.templateBody().isEmpty());
  }

  @Test
  void aCreationTimeThatIsNoDateIsAFindingNotTheLastUpdate() throws Exception {
    DeployedRead read = read("describe-stacks.json", """
        {"Stacks": [
          {"StackName": "orders", "StackStatus": "CREATE_COMPLETE",
           "CreationTime": "not a date",
           "Outputs": [{"OutputKey": "QueueUrl", "OutputValue": {"x": 1}}, {"OutputKey": "Other", "OutputValue": "v"}]}
        ]}
        """);
    assertThat(shapes(read)).containsExactly(
        "deployed/orders/describe-stacks.json:3:20 CreationTime is 'not a date' at JSON path /Stacks/0/CreationTime;"
            + " expected a date and time such as 2026-03-02T09:14:33.870000+00:00",
        "deployed/orders/describe-stacks.json:4:57 OutputValue is an object at JSON path"
            + " /Stacks/0/Outputs/0/OutputValue; expected a string");
    DeployedState orders = read.byStack().get("orders");
    assertThat(orders.lastUpdated()).isEmpty();
    assertThat(orders.status()).isEqualTo("CREATE_COMPLETE");
    assertThat(orders.outputs()).extracting(DeployedState.OutputValue::key).containsExactlyInAnyOrder("QueueUrl", "Other");
  }

  @Test
  void aResourceWithOneBadFieldIsKept() throws Exception {
    DeployedRead read = read("list-stack-resources.json", """
        {"StackResourceSummaries": [
          {"LogicalResourceId": "OrdersQueue", "PhysicalResourceId": ["a"], "ResourceType": "AWS::SQS::Queue",
           "LastUpdatedTimestamp": "yesterday", "ResourceStatus": "CREATE_COMPLETE"}
        ]}
        """);
    assertThat(shapes(read)).extracting(s -> s.substring(0, s.indexOf(' '))).containsExactly(
        "deployed/orders/list-stack-resources.json:2:62", "deployed/orders/list-stack-resources.json:3:28");
    ResourceState q = read.byStack().get("orders").resource("OrdersQueue").orElseThrow();
    assertThat(q.status()).isEqualTo("CREATE_COMPLETE");
    assertThat(q.physicalId()).isEmpty();
  }
}
