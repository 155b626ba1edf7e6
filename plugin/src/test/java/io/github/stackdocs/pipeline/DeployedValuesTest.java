package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift per environment with resolved values: the deployed template is bound like the build's (the snapshot's
 * parameters, the environment's exports), so what is written differently but resolves alike is no difference, a
 * parameter file that changes a value is one, and a drifted property says what the build would set.
 */
class DeployedValuesTest {
  @TempDir Path base;

  private static final String APP = """
      Parameters:
        Timeout: {Type: Number, Default: 30}
        Stage: {Type: String, Default: dev}
        Net: {Type: String, Default: net}
        Password: {Type: String, NoEcho: true}
      Mappings:
        Settings:
          prod: {Billing: PAY_PER_REQUEST}
          dev: {Billing: PROVISIONED}
      Resources:
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: !Ref Timeout
            QueueName: !Sub '${Stage}-orders'
        Table:
          Type: AWS::DynamoDB::Table
          Properties:
            BillingMode: !FindInMap [Settings, !Ref Stage, Billing]
            KeySchema: [{AttributeName: id, KeyType: HASH}]
            AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
        Function:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::123456789012:role/r
            Code: {ZipFile: x}
            Environment:
              Variables:
                VPC: !ImportValue {'Fn::Sub': '${Net}-VpcId'}
                SECRET: !Ref Password
        Mapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            EventSourceArn: !GetAtt Queue.Arn
            FunctionName: !Ref Function
      Outputs:
        QueueArn:
          Value: !GetAtt [Queue, Arn]
      """;

  /** The template deployed in prod: the same values, written as literals, the import by its name. */
  private static final String DEPLOYED_APP = """
      Parameters:
        Timeout: {Type: Number, Default: 30}
        Password: {Type: String, NoEcho: true}
      Resources:
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: !Ref Timeout
            QueueName: prod-orders
        Table:
          Type: AWS::DynamoDB::Table
          Properties:
            BillingMode: PAY_PER_REQUEST
            KeySchema: [{AttributeName: id, KeyType: HASH}]
            AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
        Function:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::123456789012:role/r
            Code: {ZipFile: x}
            Environment:
              Variables:
                VPC: !ImportValue net-VpcId
                SECRET: !Ref Password
        Mapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            EventSourceArn: !GetAtt Queue.Arn
            FunctionName: !Ref Function
      Outputs:
        QueueArn:
          Value: !GetAtt [Queue, Arn]
      """;

  @BeforeEach
  void project() throws IOException {
    Path src = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(src.resolve("app.yaml"), APP);
    write("params/prod/app.yaml", "Timeout: 45\nStage: prod\nPassword: Pr0dSecretMarker\n");
    write("params/dev/app.yaml", "Stage: dev\nPassword: D3vSecretMarker\n");
    snapshot("deployed-prod", "30", "prod", DEPLOYED_APP);
    // dev's deployed template is the build's: dev's only difference is the queue's timeout (parameter 31 there)
    snapshot("deployed-dev", "31", "dev", APP);
  }

  private void write(String path, String text) throws IOException {
    Path p = base.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void snapshot(String folder, String timeout, String stage, String template) throws IOException {
    String arn = "arn:aws:cloudformation:eu-west-1:123456789012:stack/app/1";
    write(folder + "/app/describe-stacks.json", """
        {"Stacks": [{"StackId": "%s", "StackName": "app", "StackStatus": "UPDATE_COMPLETE",
          "Outputs": [{"OutputKey": "QueueArn", "OutputValue": "arn:aws:sqs:eu-west-1:123456789012:%s-orders"}],
          "Parameters": [{"ParameterKey": "Timeout", "ParameterValue": "%s"},
                         {"ParameterKey": "Stage", "ParameterValue": "%s"},
                         {"ParameterKey": "Password", "ParameterValue": "****"}]}]}
        """.formatted(arn, stage, timeout, stage));
    write(folder + "/app/list-stack-resources.json", """
        {"StackResourceSummaries": [
          {"LogicalResourceId": "Function", "PhysicalResourceId": "app-Function-X1", "ResourceType":
            "AWS::Lambda::Function", "ResourceStatus": "UPDATE_COMPLETE"},
          {"LogicalResourceId": "Mapping", "PhysicalResourceId": "m-1", "ResourceType":
            "AWS::Lambda::EventSourceMapping", "ResourceStatus": "UPDATE_COMPLETE"},
          {"LogicalResourceId": "Queue", "PhysicalResourceId": "https://sqs/q", "ResourceType": "AWS::SQS::Queue",
            "ResourceStatus": "UPDATE_COMPLETE"},
          {"LogicalResourceId": "Table", "PhysicalResourceId": "t", "ResourceType": "AWS::DynamoDB::Table",
            "ResourceStatus": "UPDATE_COMPLETE"}]}
        """);
    write(folder + "/net/describe-stacks.json", """
        {"Stacks": [{"StackId": "arn:aws:cloudformation:eu-west-1:123456789012:stack/net/2", "StackName": "net",
          "StackStatus": "UPDATE_COMPLETE",
          "Outputs": [{"OutputKey": "VpcId", "OutputValue": "vpc-0abc", "ExportName": "net-VpcId"}]}]}
        """);
    write(folder + "/app/get-template.json", "{\"TemplateBody\": " + quoted(template) + "}");
    write(folder + "/app/describe-stack-resource-drifts.json", """
        {"StackResourceDrifts": [{"StackId": "%s", "LogicalResourceId": "Queue", "PhysicalResourceId": "q",
          "ResourceType": "AWS::SQS::Queue", "StackResourceDriftStatus": "MODIFIED",
          "PropertyDifferences": [{"PropertyPath": "/VisibilityTimeout", "ExpectedValue": "%s",
            "ActualValue": "60", "DifferenceType": "NOT_EQUAL"}]}]}
        """.formatted(arn, timeout));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static EnvironmentSpec env(String name, Optional<String> deployed) {
    return new EnvironmentSpec(name, Optional.of(Path.of("params/" + name)), Optional.of("eu-west-1"),
        Optional.of("123456789012"), deployed.map(Path::of), Map.of());
  }

  private List<Finding> drift(DocsRequest request) {
    List<Finding> findings = new ArrayList<>();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      docs.analyze(request, docs.model(request, findings), findings);
    }
    return findings.stream().filter(f -> f.code().startsWith("drift-")).toList();
  }

  private DocsRequest.Builder request(List<EnvironmentSpec> environments) {
    return DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD))
        .projectName("p").mode(WriteMode.WRITE).failOn(FailOn.NEVER).environments(environments);
  }

  @Test
  void valuesWrittenDifferentlyButResolvedAlikeAreNoDifferenceAndAChangedParameterIsOne() {
    List<Finding> drift = drift(request(List.of(env("prod", Optional.of("deployed-prod")))).build());
    assertThat(drift).filteredOn(f -> f.code().equals("drift-template-outdated")).singleElement()
        .satisfies(f -> assertThat(f.message())
            .contains("1 resource differs: Queue (modified: VisibilityTimeout)")
            .doesNotContain("Table").doesNotContain("Function"));
  }

  @Test
  void aDriftedPropertySaysWhatTheBuildWouldSetThere() {
    List<Finding> drift = drift(request(List.of(env("prod", Optional.of("deployed-prod")))).build());
    assertThat(drift).filteredOn(f -> f.code().equals("drift-modified")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("/VisibilityTimeout expected '30', actual '60', this build '45'"));
  }

  @Test
  void everyEnvironmentWithItsOwnSnapshotIsCheckedAndNamed() {
    List<Finding> drift = drift(request(List.of(env("prod", Optional.of("deployed-prod")),
        env("dev", Optional.of("deployed-dev")))).build());
    assertThat(drift).filteredOn(f -> f.code().equals("drift-modified")).extracting(Finding::message)
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("resource 'Queue'").contains("this build '45'"))
        // dev's parameter file gives no Timeout: the build's value is the snapshot's, 31, as expected
        .anySatisfy(m -> assertThat(m).startsWith("environment 'dev': resource 'Queue'")
            .doesNotContain("this build"));
    assertThat(drift).filteredOn(f -> f.code().equals("drift-template-outdated")).extracting(Finding::message)
        .as("dev's deployed template is the build's, bound alike").singleElement().asString()
        .doesNotStartWith("environment");
    assertThat(drift.toString()).doesNotContain("SecretMarker");
  }

  @Test
  void anEnvironmentSharingTheSelectedOnesSnapshotIsNotToldTwice() {
    List<Finding> drift = drift(request(List.of(env("prod", Optional.empty()), env("dev", Optional.empty())))
        .deployedDirectory(Optional.of(Path.of("deployed-prod"))).build());
    assertThat(drift).filteredOn(f -> f.code().equals("drift-modified")).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("resource 'Queue'"));
    assertThat(drift).noneMatch(f -> f.message().startsWith("environment"));
  }

  @Test
  void importsResolveThroughExportsOfStacksOutsideTheProject() throws IOException {
    DocsRequest request = request(List.of(env("prod", Optional.of("deployed-prod")))).build();
    List<Finding> findings = new ArrayList<>();
    io.github.stackdocs.model.Project project;
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      project = docs.model(request, findings);
    }
    assertThat(vpc(project)).isEqualTo("vpc-0abc");
    assertThat(findings).filteredOn(f -> f.code().startsWith("deployed-")).extracting(Finding::format)
        .containsExactly("deployed-prod/net/describe-stacks.json:1:13: INFO snapshot of stack 'net', which is not in"
            + " the project: only its exports are used, to resolve imports [deployed-exports-only]");

    // the same from `aws cloudformation list-exports`
    Files.delete(base.resolve("deployed-prod/net/describe-stacks.json"));
    write("deployed-prod/exports.json", """
        {"Exports": [{"ExportingStackId": "arn:aws:cloudformation:eu-west-1:123456789012:stack/net/2",
          "Name": "net-VpcId", "Value": "vpc-0def"}]}
        """);
    findings.clear();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      project = docs.model(request, findings);
    }
    assertThat(vpc(project)).isEqualTo("vpc-0def");
    assertThat(findings).noneMatch(f -> f.code().startsWith("deployed-"));
  }

  private static String vpc(io.github.stackdocs.model.Project project) {
    io.github.stackdocs.model.Node env = project.stack("app").orElseThrow().resource("Function").orElseThrow()
        .properties().get("Environment");
    return io.github.stackdocs.model.Node.text(((io.github.stackdocs.model.Node.MapNode) ((io.github.stackdocs.model
        .Node.MapNode) env).get("Variables")).get("VPC")).orElse("symbolic");
  }

  @Test
  void refAndGetAttShowTheValuesTheSnapshotKnowsBesideTheirExpression() throws IOException {
    DocsRequest request = request(List.of(env("prod", Optional.of("deployed-prod")))).build();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      docs.run(request);
    }
    String page = Files.readString(base.resolve("docs/stacks/app.md"));
    assertThat(page)
        .contains("| EventSourceArn | `arn:aws:sqs:eu-west-1:123456789012:prod-orders` (from `!GetAtt Queue.Arn`) |")
        .contains("| FunctionName | `app-Function-X1` (from `!Ref Function`) |");
  }
}
