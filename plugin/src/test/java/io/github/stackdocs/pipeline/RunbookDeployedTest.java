package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.RunbookFixture.runbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: with a snapshot, runbooks show physical ids, ARNs, deployed status and drift, and real log group names. */
class RunbookDeployedTest {
  @TempDir Path base;

  private static final String STACK_ID = "arn:aws:cloudformation:eu-west-1:123456789012:stack/app/0a1b2c3d";

  private static final String APP = """
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties: {Code: {ZipFile: x}, Role: arn:aws:iam::1:role/x, Runtime: python3.12, Handler: a.b}
        FnErrors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/Lambda
            MetricName: Errors
            Dimensions: [{Name: FunctionName, Value: !Ref Fn}]
        Queue:
          Type: AWS::SQS::Queue
        Table:
          Type: AWS::DynamoDB::Table
          Properties: {KeySchema: [{AttributeName: id, KeyType: HASH}], AttributeDefinitions: [{AttributeName: id, AttributeType: S}], BillingMode: PAY_PER_REQUEST}
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties: {Name: api}
        Stage:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref Api, DeploymentId: d, StageName: !Sub "${AWS::StackName}-live", MethodSettings: [{LoggingLevel: ERROR}]}
      """;

  private static final String STACKS = """
      {"Stacks": [{"StackId": "%s", "StackName": "app", "StackStatus": "UPDATE_COMPLETE",
        "LastUpdatedTime": "2026-11-01T10:00:00Z", "DriftInformation": {"StackDriftStatus": "DRIFTED"}}]}
      """.formatted(STACK_ID);

  private static final String RESOURCES = """
      {"StackResourceSummaries": [
        {"LogicalResourceId": "Fn", "PhysicalResourceId": "app-Fn-1A2B3C", "ResourceType": "AWS::Lambda::Function",
         "ResourceStatus": "UPDATE_COMPLETE", "LastUpdatedTimestamp": "2026-11-01T10:00:00Z",
         "DriftInformation": {"StackResourceDriftStatus": "IN_SYNC"}},
        {"LogicalResourceId": "FnErrors", "PhysicalResourceId": "app-FnErrors-XYZ", "ResourceType": "AWS::CloudWatch::Alarm",
         "ResourceStatus": "CREATE_COMPLETE", "LastUpdatedTimestamp": "2026-11-01T10:00:00Z"},
        {"LogicalResourceId": "Queue", "PhysicalResourceId": "https://sqs.eu-west-1.amazonaws.com/123456789012/app-Queue-9Z",
         "ResourceType": "AWS::SQS::Queue", "ResourceStatus": "CREATE_COMPLETE", "LastUpdatedTimestamp": "2026-11-01T10:00:00Z",
         "DriftInformation": {"StackResourceDriftStatus": "MODIFIED"}},
        {"LogicalResourceId": "Api", "PhysicalResourceId": "a1b2c3d4e5", "ResourceType": "AWS::ApiGateway::RestApi",
         "ResourceStatus": "CREATE_COMPLETE", "LastUpdatedTimestamp": "2026-11-01T10:00:00Z"},
        {"LogicalResourceId": "Stage", "PhysicalResourceId": "app-live", "ResourceType": "AWS::ApiGateway::Stage",
         "ResourceStatus": "CREATE_COMPLETE", "LastUpdatedTimestamp": "2026-11-01T10:00:00Z"}
      ]}
      """;

  private static final String DRIFTS = """
      {"StackResourceDrifts": [{"StackId": "%s", "LogicalResourceId": "Queue",
        "PhysicalResourceId": "https://sqs.eu-west-1.amazonaws.com/123456789012/app-Queue-9Z", "ResourceType": "AWS::SQS::Queue",
        "PropertyDifferences": [{"PropertyPath": "/VisibilityTimeout", "ExpectedValue": "30", "ActualValue": "60",
          "DifferenceType": "NOT_EQUAL"}], "StackResourceDriftStatus": "MODIFIED", "Timestamp": "2026-11-20T08:00:10Z"}]}
      """.formatted(STACK_ID);

  private DocsGenerator.Generation generate() throws Exception {
    return new RunbookFixture(base).template("app", APP).file("deployed/app/describe-stacks.json", STACKS)
        .file("deployed/app/list-stack-resources.json", RESOURCES)
        .file("deployed/app/describe-stack-resource-drifts.json", DRIFTS).deployed().generate();
  }

  @Test
  void physicalIdsArnsStatusDriftAndConsoleLinks() throws Exception {
    DocsGenerator.Generation g = generate();
    String fn = runbook(g, "app/Fn.adoc");
    assertThat(fn).contains("Physical id:: ``app-Fn-1A2B3C``",
        "ARN:: ``arn:aws:lambda:eu-west-1:123456789012:function:app-Fn-1A2B3C``",
        "Deployed status:: ``UPDATE&#95;COMPLETE``", "Drift:: ``IN&#95;SYNC``",
        "Console:: https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/app-Fn-1A2B3C[AWS console]",
        // the real log group, from the deployed function name
        "Log group:: ``/aws/lambda/app-Fn-1A2B3C`` -- Lambda&#39;s default log group for the deployed function name",
        "|FnErrors (``app-FnErrors-XYZ``) |``AWS/Lambda Errors`` |FunctionName |")
        .doesNotContain("2026-11-01");
    // generated regions only: the deployed facts sit in the summary region
    assertThat(fn.substring(fn.indexOf("// stackdocs:begin summary"), fn.indexOf("// stackdocs:end summary")))
        .contains("Physical id::");
    assertThat(runbook(g, "app/Queue.adoc")).contains(
        "ARN:: ``arn:aws:sqs:eu-west-1:123456789012:app-Queue-9Z``",
        "Drift:: ``MODIFIED`` -- /VisibilityTimeout changed");
    assertThat(runbook(g, "app/Table.adoc")).contains("Deployed:: ``no`` -- the snapshot of stack app does not list it")
        .doesNotContain("Physical id::");
    assertThat(runbook(g, "app/Api.adoc")).contains("ARN:: ``arn:aws:apigateway:eu-west-1::/restapis/a1b2c3d4e5``",
        "Execution logs (stage app-live):: ``API-Gateway-Execution-Logs&#95;a1b2c3d4e5/app-live`` -- LoggingLevel ERROR");
  }

  @Test
  void withoutASnapshotNothingDeployedIsShown() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", APP).generate();
    assertThat(runbook(g, "app/Fn.adoc")).doesNotContain("Physical id::", "ARN::", "Deployed", "Console::")
        .contains("|FnErrors |``AWS/Lambda Errors`` |FunctionName |");
  }

  @Test
  void samPartsGetTheirDeployedIdsHashedOnesByPrefix() throws Exception {
    String sam = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {Handler: a.b, Runtime: python3.12, CodeUri: s3://b/k, AutoPublishAlias: live}
        """;
    String resources = """
        {"StackResourceSummaries": [
          {"LogicalResourceId": "Fn", "PhysicalResourceId": "app-Fn-1A2B3C", "ResourceType": "AWS::Lambda::Function",
           "ResourceStatus": "UPDATE_COMPLETE"},
          {"LogicalResourceId": "FnRole", "PhysicalResourceId": "app-FnRole-9Z8Y", "ResourceType": "AWS::IAM::Role",
           "ResourceStatus": "CREATE_COMPLETE"},
          {"LogicalResourceId": "FnVersion0a1b2c3d4e", "PhysicalResourceId": "arn:aws:lambda:eu-west-1:123456789012:function:app-Fn-1A2B3C:7",
           "ResourceType": "AWS::Lambda::Version", "ResourceStatus": "CREATE_COMPLETE"}
        ]}
        """;
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", sam)
        .file("deployed/app/describe-stacks.json", STACKS).file("deployed/app/list-stack-resources.json", resources)
        .deployed().generate();
    assertThat(runbook(g, "app/Fn.adoc")).contains(
        "|``FnRole`` |AWS::IAM::Role |created by SAM for execution role (no Role given) |``app-FnRole-9Z8Y``",
        "|``FnVersion&#60;hash&#62;`` |AWS::Lambda::Version |created by SAM for AutoPublishAlias |``arn:aws:lambda:eu-west-1:123456789012:function:app-Fn-1A2B3C:7``",
        "|``FnAliaslive`` |AWS::Lambda::Alias |created by SAM for AutoPublishAlias |\n",
        // the deployed type (AWS::Lambda::Function) makes the ARN and the console link
        "ARN:: ``arn:aws:lambda:eu-west-1:123456789012:function:app-Fn-1A2B3C``");
  }
}
