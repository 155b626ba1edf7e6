package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.RunbookFixture.findings;
import static io.github.stackdocs.pipeline.RunbookFixture.runbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 7: runbooks name the log groups of ECS containers, API stages (access and execution) and Lambda overrides. */
class RunbookLogsTest {
  @TempDir Path base;

  private static final String APP = """
      Parameters:
        Env: {Type: String, Default: dev}
      Resources:
        WebLogs:
          Type: AWS::Logs::LogGroup
          Properties: {LogGroupName: /ecs/web, RetentionInDays: 30}
        Task:
          Type: AWS::ECS::TaskDefinition
          Properties:
            ContainerDefinitions:
              - Name: web
                Image: nginx
                LogConfiguration:
                  LogDriver: awslogs
                  Options: {awslogs-group: !Ref WebLogs, awslogs-region: eu-west-1, awslogs-stream-prefix: web}
              - Name: sidecar
                Image: envoy
                LogConfiguration:
                  LogDriver: awslogs
                  Options: {awslogs-group: /ecs/sidecar, awslogs-create-group: "true"}
              - Name: silent
                Image: busybox
              - Name: router
                Image: fluent
                LogConfiguration: {LogDriver: awsfirelens}
        Service:
          Type: AWS::ECS::Service
          Properties: {Cluster: c, TaskDefinition: !Ref Task, DesiredCount: 2}
        AccessLogs:
          Type: AWS::Logs::LogGroup
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties: {Name: orders}
        Deployment:
          Type: AWS::ApiGateway::Deployment
          Properties: {RestApiId: !Ref Api}
        ProdStage:
          Type: AWS::ApiGateway::Stage
          Properties:
            RestApiId: !Ref Api
            DeploymentId: !Ref Deployment
            StageName: !Ref Env
            AccessLogSetting: {DestinationArn: !GetAtt AccessLogs.Arn, Format: "$context.requestId"}
            MethodSettings:
              - {ResourcePath: "/*", HttpMethod: "*", LoggingLevel: INFO}
        QuietStage:
          Type: AWS::ApiGateway::Stage
          Properties: {RestApiId: !Ref Api, DeploymentId: !Ref Deployment, StageName: quiet}
        HttpLogs:
          Type: AWS::Logs::LogGroup
          Properties: {LogGroupName: /http/orders, RetentionInDays: 7}
        Http:
          Type: AWS::ApiGatewayV2::Api
          Properties: {Name: h, ProtocolType: HTTP}
        HttpStage:
          Type: AWS::ApiGatewayV2::Stage
          Properties:
            ApiId: !Ref Http
            StageName: $default
            AccessLogSettings:
              DestinationArn: arn:aws:logs:eu-west-1:111111111111:log-group:/http/orders:*
              Format: "$context.requestId"
        CustomLogs:
          Type: AWS::Logs::LogGroup
          Properties: {LogGroupName: /custom/fn, RetentionInDays: 14}
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Code: {ZipFile: x}
            Role: arn:aws:iam::1:role/x
            Runtime: python3.12
            Handler: a.b
            LoggingConfig: {LogGroup: /custom/fn, LogFormat: JSON}
        Legacy:
          Type: AWS::Lambda::Function
          Properties: {Code: {ZipFile: x}, Role: arn:aws:iam::1:role/x, Runtime: python3.12, Handler: a.b}
        LegacyLogRetention:
          Type: Custom::LogRetention
          Properties:
            ServiceToken: arn:aws:lambda:eu-west-1:1:function:x
            LogGroupName: !Join ["", ["/aws/lambda/", !Ref Legacy]]
            RetentionInDays: 90
      """;

  @Test
  void containerLogGroupsWithTheirRetentionAndWhatIsLost() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", APP).generate();
    String service = runbook(g, "app/Service.adoc");
    assertThat(service).contains(
        "Logs of container web:: ``/ecs/web`` -- awslogs-group, log group resource WebLogs; streams web/web/&#60;task id&#62;",
        "Retention in days (web):: ``30``",
        "Logs of container sidecar:: ``/ecs/sidecar`` -- awslogs-group; streams &#60;task id&#62;",
        "Retention in days (sidecar):: ``never expires`` -- awslogs-create-group",
        "Logs of container silent:: ``none`` -- no LogConfiguration",
        "Logs of container router:: ``log driver awsfirelens``");
    // the group created by the agent has no retention: a gap
    assertThat(findings(g, "no-log-retention")).anyMatch(m -> m.contains("Service (AWS::ECS::Service)"));
  }

  @Test
  void restStagesHaveAccessAndExecutionLogs() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", APP).generate();
    String api = runbook(g, "app/Api.adoc");
    assertThat(api).contains(
        // the stage's name is !Ref Env, bound to the parameter's Default
        "Access logs (stage dev):: ``(a name CloudFormation generates)`` -- AccessLogSetting.DestinationArn, log group resource AccessLogs",
        "Access log retention in days (stage dev):: ``never expires``",
        "Execution logs (stage dev):: ``API-Gateway-Execution-Logs&#95;&#60;rest-api-id&#62;/dev`` -- LoggingLevel INFO",
        "Access logs (stage quiet):: ``none`` -- no AccessLogSetting on the stage",
        "Execution logs (stage quiet):: ``API-Gateway-Execution-Logs&#95;&#60;rest-api-id&#62;/quiet`` -- off: no LoggingLevel");
    assertThat(findings(g, "no-log-retention")).anyMatch(m -> m.contains("Api (AWS::ApiGateway::RestApi)"));
  }

  @Test
  void httpStageAccessLogsFromALiteralArnAndLambdaOverrideByName() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", APP).generate();
    assertThat(runbook(g, "app/Http.adoc")).contains(
        "Access logs (stage $default):: ``/http/orders`` -- AccessLogSettings.DestinationArn, log group resource HttpLogs",
        "Access log retention in days (stage $default):: ``7``").doesNotContain("Execution logs");
    // LoggingConfig.LogGroup written as a name finds the declared group, so its retention counts
    assertThat(runbook(g, "app/Fn.adoc")).contains("Log group resource:: ``CustomLogs``",
        "Log group:: ``/custom/fn`` -- set by LoggingConfig.LogGroup", "Retention in days:: ``14``");
    assertThat(findings(g, "no-log-retention")).noneMatch(m -> m.contains("Fn (") || m.contains("Http (")
        || m.contains("Legacy ("));
    // the CDK's logRetention custom resource gives the default group its retention
    assertThat(runbook(g, "app/Legacy.adoc")).contains("Retention set by:: ``LegacyLogRetention`` -- Custom::LogRetention",
        "Retention in days:: ``90``");
  }
}
