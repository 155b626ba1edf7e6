package io.github.stackdocs.analyze.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DriftAnalyzerTest {
  private static final String TEMPLATE = """
      Resources:
        Queue:
          Type: AWS::SQS::Queue
        Table:
          Type: AWS::DynamoDB::Table
        Topic:
          Type: AWS::SNS::Topic
        Maybe:
          Type: AWS::SNS::Topic
          Condition: IsProd
      Conditions:
        IsProd: !Equals [prod, prod]
      """;
  private static final SourceLocation SNAPSHOT = new SourceLocation("deployed/app/list-stack-resources.json", 3, 9);

  private static Stack stack(String status, boolean resourcesKnown, ResourceState... resources) {
    Stack s = new CfnTemplateReader().read("app.yaml", "app", TEMPLATE).stack().orElseThrow();
    return s.withDeployed(Optional.of(new DeployedState("app", "arn:aws:cloudformation:eu-west-1:1:stack/app/x",
        status, "", "2026-11-01T12:00:00Z", "", List.of(), List.of(), List.of(resources), resourcesKnown,
        Optional.empty(), SourceLocation.of("deployed/app/describe-stacks.json"))));
  }

  private static ResourceState res(String id, String type, String drift, PropertyDifference... diffs) {
    return new ResourceState(id, id.toLowerCase() + "-123", type, "UPDATE_COMPLETE", "", "", drift, List.of(diffs),
        SNAPSHOT);
  }

  private static Finding only(List<Finding> findings, String code) {
    List<Finding> matching = findings.stream().filter(f -> f.code().equals(code)).toList();
    assertThat(matching).as(code).hasSize(1);
    return matching.get(0);
  }

  @Test
  void aResourceWhoseLastOperationFailedIsAFindingWithItsReason() {
    ResourceState failed = new ResourceState("Queue", "queue-123", "AWS::SQS::Queue", "UPDATE_FAILED",
        "Resource handler returned message:\n  \"Invalid value for VisibilityTimeout\"", "", "IN_SYNC", List.of(),
        SNAPSHOT);
    Stack s = stack("UPDATE_COMPLETE", true, failed, res("Table", "AWS::DynamoDB::Table", "IN_SYNC"),
        res("Topic", "AWS::SNS::Topic", "IN_SYNC"), res("Maybe", "AWS::SNS::Topic", "IN_SYNC"));
    List<Finding> findings = new DriftAnalyzer().analyze(s);
    Finding f = only(findings, "drift-resource-status");
    assertThat(f.severity()).isEqualTo(Severity.WARN);
    assertThat(f.message()).isEqualTo("resource 'Queue' (queue-123) of stack 'app' is UPDATE_FAILED (Resource handler"
        + " returned message: \"Invalid value for VisibilityTimeout\"): its last operation failed, so what runs may not"
        + " be this template; expected CREATE_COMPLETE or UPDATE_COMPLETE (fix the cause and deploy again)");
    assertThat(f.location().file()).isEqualTo("app.yaml");
    assertThat(findings).hasSize(1);
  }

  @Test
  void inSyncStackHasNoFindings() {
    Stack s = stack("UPDATE_COMPLETE", true, res("Queue", "AWS::SQS::Queue", "IN_SYNC"),
        res("Table", "AWS::DynamoDB::Table", "IN_SYNC"), res("Topic", "AWS::SNS::Topic", "NOT_CHECKED"),
        res("Maybe", "AWS::SNS::Topic", ""));
    assertThat(new DriftAnalyzer().analyze(s)).isEmpty();
  }

  @Test
  void missingExtraMismatchedModifiedAndDeleted() {
    Stack s = stack("UPDATE_COMPLETE", true,
        res("Queue", "AWS::SQS::Queue", "MODIFIED",
            new PropertyDifference("/VisibilityTimeout", "30", "300", "NOT_EQUAL"),
            new PropertyDifference("/DelaySeconds", "", "5", "ADD")),
        res("Table", "AWS::DynamoDB::GlobalTable", "DELETED"),
        res("Extra", "AWS::SQS::Queue", "NOT_CHECKED"));
    List<Finding> f = new DriftAnalyzer().analyze(s);

    Finding missing = only(f.stream().filter(x -> x.severity() == Severity.WARN).toList(), "drift-not-deployed");
    assertThat(missing.severity()).isEqualTo(Severity.WARN);
    assertThat(missing.message()).contains("'Topic'").contains("not deployed");
    assertThat(missing.location().file()).isEqualTo("app.yaml");
    assertThat(missing.location().line()).isEqualTo(6);
    assertThat(f).filteredOn(x -> x.message().contains("'Maybe'")).singleElement()
        .satisfies(x -> assertThat(x.severity()).as("conditional resource").isEqualTo(Severity.INFO));

    Finding extra = only(f, "drift-not-in-template");
    assertThat(extra.severity()).isEqualTo(Severity.WARN);
    assertThat(extra.location()).isEqualTo(SNAPSHOT);
    assertThat(extra.message()).contains("'Extra'").contains("extra-123").contains("not in the template app.yaml");

    Finding mismatch = only(f, "drift-type-mismatch");
    assertThat(mismatch.message()).contains("AWS::DynamoDB::GlobalTable").contains("AWS::DynamoDB::Table");

    Finding modified = only(f, "drift-modified");
    assertThat(modified.message()).contains("/VisibilityTimeout expected '30', actual '300'")
        .contains("/DelaySeconds added: '5'");
    assertThat(modified.location().line()).as("the template resource").isEqualTo(2);
    assertThat(only(f, "drift-deleted").message()).contains("'Table'").contains("deleted outside CloudFormation");
    assertThat(f).allSatisfy(x -> assertThat(x.stack()).isEqualTo("app"));
  }

  @Test
  void withoutAResourceListMissingAndExtraAreNotTold() {
    Stack s = stack("UPDATE_COMPLETE", false, res("Queue", "AWS::SQS::Queue", "MODIFIED"));
    assertThat(new DriftAnalyzer().analyze(s)).extracting(Finding::code).containsExactly("drift-modified");
  }

  @Test
  void stackStatus() {
    assertThat(new DriftAnalyzer().analyze(stack("CREATE_COMPLETE", false))).isEmpty();
    Finding failed = only(new DriftAnalyzer().analyze(stack("UPDATE_ROLLBACK_FAILED", false)), "drift-stack-status");
    assertThat(failed.severity()).isEqualTo(Severity.ERROR);
    assertThat(failed.message()).contains("UPDATE_ROLLBACK_FAILED").contains("expected CREATE_COMPLETE or UPDATE_COMPLETE");
    assertThat(only(new DriftAnalyzer().analyze(stack("UPDATE_IN_PROGRESS", false)), "drift-stack-status").severity())
        .isEqualTo(Severity.WARN);
    assertThat(only(new DriftAnalyzer().analyze(stack("UPDATE_ROLLBACK_COMPLETE", false)), "drift-stack-status")
        .message()).contains("rolled back");
  }

  @Test
  void differencesAreCapped() {
    List<PropertyDifference> diffs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      diffs.add(new PropertyDifference("/P" + i, "a", "b", "NOT_EQUAL"));
    }
    assertThat(DriftAnalyzer.differences(diffs, null)).contains("/P4").doesNotContain("/P5").endsWith("; and 3 more");
  }

  @Test
  void samGeneratedResourcesAreNotReported() {
    Stack sam = new CfnTemplateReader().read("sam.yaml", "sam", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: java21
              Handler: x
              CodeUri: s3://b/k
        """).stack().orElseThrow();
    sam = sam.withDeployed(Optional.of(new DeployedState("sam", "", "UPDATE_COMPLETE", "", "", "", List.of(),
        List.of(), List.of(res("Fn", "AWS::Lambda::Function", "IN_SYNC"), res("FnRole", "AWS::IAM::Role", ""),
            res("ServerlessRestApi", "AWS::ApiGateway::RestApi", "")), true, Optional.empty(), null)));
    assertThat(new DriftAnalyzer().analyze(sam)).isEmpty();
  }
}
