package io.github.stackdocs.read.deployed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads recorded AWS CLI output (hand-written in the CLI's exact shapes) under src/test/resources/deployed. */
class SnapshotFolderReaderTest {
  static final Path FIXTURES = Path.of("src/test/resources/deployed");
  static final Path PROJECT = FIXTURES.resolve("project");

  static Stack orders() throws Exception {
    Path template = PROJECT.resolve("src/main/cloudformation/orders.yaml");
    return new CfnTemplateReader().read("src/main/cloudformation/orders.yaml", "orders", Files.readString(template))
        .stack().orElseThrow();
  }

  static DeployedRead read(String folder) throws Exception {
    return new SnapshotFolderReader(FIXTURES.resolve(folder), FIXTURES).read(List.of(orders()));
  }

  @Test
  void readsFolderPerStackLayout() throws Exception {
    DeployedRead read = read("project/deployed");
    assertThat(read.findings()).isEmpty();
    DeployedState d = read.byStack().get("orders");
    assertThat(d.stackId()).endsWith(":stack/orders/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f");
    assertThat(d.region()).isEqualTo("eu-west-1");
    assertThat(d.partition()).isEqualTo("aws");
    assertThat(d.status()).isEqualTo("UPDATE_COMPLETE");
    assertThat(d.lastUpdated()).isEqualTo("2026-11-18T16:40:03.129000+00:00");
    assertThat(d.stackDriftStatus()).isEqualTo("DRIFTED");
    assertThat(d.location().file()).isEqualTo("project/deployed/orders/describe-stacks.json");
    assertThat(d.location().line()).as("the stack entry").isEqualTo(3);
    assertThat(d.outputs()).extracting(DeployedState.OutputValue::key).containsExactly("QueueUrl", "TableName");
    assertThat(d.outputs().get(0).exportName()).isEqualTo("orders-QueueUrl");
    assertThat(d.resourcesKnown()).isTrue();
    assertThat(d.resources()).extracting(ResourceState::logicalId).containsExactly("ManualDebugQueue",
        "OrdersFunction", "OrdersFunctionRole", "OrdersQueue", "OrdersTable", "ReportingSecret");
    ResourceState fn = d.resource("OrdersFunction").orElseThrow();
    assertThat(fn.physicalId()).isEqualTo("orders-OrdersFunction-kV3pQ8sT1uWx");
    assertThat(fn.status()).isEqualTo("UPDATE_COMPLETE");
    assertThat(fn.lastUpdated()).isEqualTo("2026-11-18T16:39:51.270000+00:00");
    assertThat(fn.driftStatus()).isEqualTo("IN_SYNC");
    ResourceState table = d.resource("OrdersTable").orElseThrow();
    assertThat(table.driftStatus()).isEqualTo("MODIFIED");
    assertThat(table.differences()).hasSize(2);
    assertThat(table.differences().get(0)).isEqualTo(
        new DeployedState.PropertyDifference("/BillingMode", "PAY_PER_REQUEST", "PROVISIONED", "NOT_EQUAL"));
    assertThat(d.templateBody()).hasValueSatisfying(t -> assertThat(t).contains("AWS::SQS::Queue"));
  }

  @Test
  void noEchoValuesAreMaskedBeforeTheyAreStored() throws Exception {
    DeployedState d = read("project/deployed").byStack().get("orders");
    assertThat(d.parameters()).containsExactly(
        new DeployedState.ParameterValue("DbPassword", "****", true),
        new DeployedState.ParameterValue("Environment", "prod", false));
    assertThat(d.toString()).doesNotContain("Tr0ub4dor");
  }

  @Test
  void readsTheFlatLayoutOfGenStacks() throws Exception {
    DeployedRead read = read("flat");
    assertThat(read.findings()).isEmpty();
    DeployedState d = read.byStack().get("orders");
    assertThat(d.status()).isEqualTo("UPDATE_ROLLBACK_COMPLETE");
    assertThat(d.statusReason()).isEqualTo("Resource OrdersFunction failed to update");
    assertThat(d.lastUpdated()).as("CreationTime when never updated").isEqualTo("2026-01-01T00:00:00Z");
    assertThat(d.resources()).extracting(ResourceState::logicalId).containsExactly("OrdersQueue", "OrdersTable");
    assertThat(d.resource("OrdersTable").orElseThrow().driftStatus()).isEqualTo("DELETED");
  }

  @Test
  void matchesEntriesByArnWhateverTheFolderIsCalled() throws Exception {
    DeployedRead read = read("byarn");
    assertThat(read.findings()).isEmpty();
    DeployedState d = read.byStack().get("orders");
    assertThat(d.status()).as("no describe-stacks in this snapshot").isEmpty();
    ResourceState q = d.resource("OrdersQueue").orElseThrow();
    assertThat(q.lastUpdated()).isEqualTo("2026-03-02T09:14:33.870000+00:00");
    assertThat(q.driftStatus()).isEqualTo("MODIFIED");
    assertThat(q.differences()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("/VisibilityTimeout");
      assertThat(p.actual()).isEqualTo("300");
    });
  }

  @Test
  void badInputGivesFindingsWithFileJsonPathAndPosition() throws Exception {
    DeployedRead read = read("bad");
    List<Finding> f = read.findings();
    assertThat(f).anySatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.code()).isEqualTo("deployed-syntax");
      assertThat(x.location().file()).isEqualTo("bad/orders/list-stack-resources.json");
      assertThat(x.location().line()).isEqualTo(6);
      assertThat(x.location().column()).isGreaterThan(1);
      assertThat(x.message()).contains("/StackResourceSummaries/0");
    });
    assertThat(f).anySatisfy(x -> {
      assertThat(x.code()).isEqualTo("deployed-shape");
      assertThat(x.location()).hasToString("bad/orders/describe-stacks.json:2:15");
      assertThat(x.message()).contains("/Stacks").contains("expected an array");
    });
    assertThat(f).anySatisfy(x -> {
      assertThat(x.code()).isEqualTo("deployed-shape");
      assertThat(x.location()).hasToString("bad/orders/describe-stack-resource-drifts.json:4:34");
      assertThat(x.message()).contains("/StackResourceDrifts/0/LogicalResourceId");
    });
    assertThat(f).anySatisfy(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARN);
      assertThat(x.code()).isEqualTo("deployed-unknown-stack");
      assertThat(x.message()).contains("'payments'").contains("[orders]");
      assertThat(x.location().file()).isEqualTo("bad/payments/describe-stacks.json");
    });
    assertThat(f).anySatisfy(x -> {
      assertThat(x.code()).isEqualTo("deployed-unknown-file");
      assertThat(x.location().file()).isEqualTo("bad/notes.json");
    });
    assertThat(read.byStack()).doesNotContainKey("payments");
  }

  @Test
  void stackNameFromArn() {
    assertThat(SnapshotFolderReader.nameFromArn(
        "arn:aws:cloudformation:eu-west-1:123456789012:stack/shop-api/5f1c2a40-8b1e")).isEqualTo("shop-api");
    assertThat(SnapshotFolderReader.nameFromArn("plain")).isEqualTo("plain");
  }
}
