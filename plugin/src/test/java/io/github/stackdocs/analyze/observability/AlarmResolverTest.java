package io.github.stackdocs.analyze.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlarmResolverTest {
  private static final String DATA = """
      Parameters:
        Env:
          Type: String
          Default: dev
      Resources:
        Table:
          Type: AWS::DynamoDB::Table
          Properties:
            KeySchema: []
        Dlq:
          Type: AWS::SQS::Queue
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            RedrivePolicy:
              deadLetterTargetArn: !GetAtt Dlq.Arn
              maxReceiveCount: 3
        Lonely:
          Type: AWS::SQS::Queue
        Bucket:
          Type: AWS::S3::Bucket
      Outputs:
        DlqName:
          Value: !GetAtt Dlq.QueueName
          Export:
            Name: data-DlqName
      """;

  private static final String APP = """
      Parameters:
        Env:
          Type: String
          Default: dev
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Code: {ZipFile: x}
            Role: arn
            Runtime: python3.12
            Handler: a.b
        Quiet:
          Type: AWS::Lambda::Function
          Properties:
            Code: {ZipFile: x}
            Role: arn
            Runtime: python3.12
            Handler: a.b
        Api:
          Type: AWS::ApiGateway::RestApi
          Properties:
            Name: !Join ["-", [shop, !Ref Env]]
        FnErrors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/Lambda
            MetricName: Errors
            AlarmDescription: Fn fails.
            Dimensions:
              - Name: FunctionName
                Value: !Ref Fn
        WrongNamespace:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/SQS
            MetricName: Errors
            Dimensions:
              - Name: FunctionName
                Value: !Ref Quiet
        DlqDepth:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/SQS
            MetricName: ApproximateNumberOfMessagesVisible
            Dimensions:
              - Name: QueueName
                Value: !ImportValue data-DlqName
        Api5xx:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/ApiGateway
            MetricName: 5XXError
            Dimensions:
              - Name: ApiName
                Value: !Join ["-", [shop, !Ref Env]]
      """;

  private static final String MATH = """
      Resources:
        Orders:
          Type: AWS::DynamoDB::Table
          Properties:
            TableName: orders
        Q:
          Type: AWS::SQS::Queue
        Throttles:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Metrics:
              - Id: e1
                Expression: m1 + m2
              - Id: m1
                MetricStat:
                  Metric:
                    Namespace: AWS/DynamoDB
                    MetricName: ReadThrottleEvents
                    Dimensions:
                      - Name: TableName
                        Value: orders
                  Stat: Sum
                  Period: 60
              - Id: m2
                MetricStat:
                  Metric:
                    Namespace: AWS/SQS
                    MetricName: ApproximateAgeOfOldestMessage
                    Dimensions:
                      - Name: QueueName
                        Value: !GetAtt Q.QueueName
                  Stat: Maximum
                  Period: 60
      """;

  private final Project project = Stacks.project("data", DATA, "app", APP, "math", MATH);
  private final Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(project, DependencyGraph.build(project));

  @Test
  void refGetAttImportValueAndEqualNamesResolve() {
    assertThat(alarms.get(new NodeId("app", "Fn"))).singleElement().satisfies(a -> {
      assertThat(a.alarm()).isEqualTo(new NodeId("app", "FnErrors"));
      assertThat(a.metric()).isEqualTo("Errors");
      assertThat(a.dimension()).isEqualTo("FunctionName");
      assertThat(a.description()).isEqualTo("Fn fails.");
    });
    assertThat(alarms.get(new NodeId("data", "Dlq"))).extracting(WatchingAlarm::alarm)
        .containsExactly(new NodeId("app", "DlqDepth"));
    assertThat(alarms.get(new NodeId("app", "Api"))).extracting(WatchingAlarm::alarm)
        .containsExactly(new NodeId("app", "Api5xx"));
  }

  @Test
  void metricMathMetricsResolveOneByOne() {
    assertThat(alarms.get(new NodeId("math", "Orders"))).extracting(WatchingAlarm::metric)
        .containsExactly("ReadThrottleEvents");
    assertThat(alarms.get(new NodeId("math", "Q"))).extracting(WatchingAlarm::metric)
        .containsExactly("ApproximateAgeOfOldestMessage");
  }

  @Test
  void aDimensionUnderAnotherServicesNamespaceDoesNotCount() {
    assertThat(alarms).doesNotContainKey(new NodeId("app", "Quiet"));
    assertThat(alarms).doesNotContainKey(new NodeId("data", "Table"));
  }

  @Test
  void coverageFindsGapsWithOneCodeEach() {
    CoverageAnalyzer.Result r = new CoverageAnalyzer().analyze(project, alarms);
    assertThat(r.findings()).extracting(f -> f.stack() + "." + f.code() + ":" + f.message().split(" ")[0])
        .contains("app.no-alarm:no", "data.no-dlq:Lonely", "data.no-backup:Table", "data.no-backup:Bucket",
            "app.no-log-retention:the");
    assertThat(r.findings()).noneMatch(f -> f.code().equals("no-dlq") && f.message().startsWith("Dlq "));
    assertThat(r.findings()).noneMatch(f -> f.code().equals("no-dlq") && f.message().startsWith("Queue "));
    assertThat(r.findings()).allMatch(f -> f.severity() == io.github.stackdocs.model.Severity.INFO);
    assertThat(r.findings().stream().filter(f -> f.code().equals("no-alarm")).map(Finding::message))
        .anyMatch(m -> m.contains("Quiet")).noneMatch(m -> m.contains(" Fn "));
  }
}
