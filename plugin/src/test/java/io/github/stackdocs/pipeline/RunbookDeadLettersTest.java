package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.RunbookFixture.document;
import static io.github.stackdocs.pipeline.RunbookFixture.findings;
import static io.github.stackdocs.pipeline.RunbookFixture.runbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: dead-letter queues of Lambda asynchronous invocations, SNS subscriptions, EventBridge targets and SQS
 * queues show in the runbooks' recovery facts and decide the coverage (no "no-dlq" when one is configured).
 */
class RunbookDeadLettersTest {
  @TempDir Path base;

  private static final String APP = """
      Resources:
        Failed:
          Type: AWS::SQS::Queue
        FailedEvents:
          Type: AWS::SQS::Queue
        Undelivered:
          Type: AWS::SQS::Queue
        Work:
          Type: AWS::SQS::Queue
        Role:
          Type: AWS::IAM::Role
          Properties: {AssumeRolePolicyDocument: {}}
        Scheduled:
          Type: AWS::Lambda::Function
          Properties: {Code: {ZipFile: x}, Role: !GetAtt Role.Arn, Runtime: python3.12, Handler: a.b}
        ScheduledConfig:
          Type: AWS::Lambda::EventInvokeConfig
          Properties:
            FunctionName: !Ref Scheduled
            Qualifier: $LATEST
            DestinationConfig: {OnFailure: {Destination: !GetAtt FailedEvents.Arn}}
        Notified:
          Type: AWS::Lambda::Function
          Properties: {Code: {ZipFile: x}, Role: !GetAtt Role.Arn, Runtime: python3.12, Handler: a.b}
        Guarded:
          Type: AWS::Lambda::Function
          Properties:
            Code: {ZipFile: x}
            Role: !GetAtt Role.Arn
            Runtime: python3.12
            Handler: a.b
            DeadLetterConfig: {TargetArn: !GetAtt Failed.Arn}
        Synchronous:
          Type: AWS::Lambda::Function
          Properties: {Code: {ZipFile: x}, Role: !GetAtt Role.Arn, Runtime: python3.12, Handler: a.b}
        Nightly:
          Type: AWS::Events::Rule
          Properties:
            ScheduleExpression: rate(1 day)
            Targets:
              - {Id: Run, Arn: !GetAtt Scheduled.Arn, DeadLetterConfig: {Arn: !GetAtt Undelivered.Arn}}
              - {Id: Guard, Arn: !GetAtt Guarded.Arn}
        Events:
          Type: AWS::SNS::Topic
          Properties:
            Subscription:
              - {Protocol: email, Endpoint: ops@example.com}
        EventsToLambda:
          Type: AWS::SNS::Subscription
          Properties:
            TopicArn: !Ref Events
            Protocol: lambda
            Endpoint: !GetAtt Notified.Arn
            RedrivePolicy: {deadLetterTargetArn: !GetAtt Undelivered.Arn}
        Quiet:
          Type: AWS::SNS::Topic
        Covered:
          Type: AWS::SNS::Topic
        CoveredToWork:
          Type: AWS::SNS::Subscription
          Properties:
            TopicArn: !Ref Covered
            Protocol: sqs
            Endpoint: !GetAtt Work.Arn
            RedrivePolicy: {deadLetterTargetArn: !GetAtt Undelivered.Arn}
      """;

  private static final String SAM = """
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function:
          Runtime: python3.12
          DeadLetterQueue: {Type: SQS, TargetArn: arn:aws:sqs:eu-west-1:1:global-dlq}
      Resources:
        Cron:
          Type: AWS::Serverless::Function
          Properties:
            Handler: a.b
            CodeUri: s3://b/k
            Events:
              Tick: {Type: Schedule, Properties: {Schedule: rate(5 minutes)}}
        Uploads:
          Type: AWS::Serverless::Function
          Properties:
            Handler: a.b
            CodeUri: s3://b/k
            DeadLetterQueue: null
            EventInvokeConfig:
              DestinationConfig: {OnFailure: {Type: SQS}}
            Events:
              Put: {Type: S3, Properties: {Bucket: !Ref Bucket, Events: s3:ObjectCreated:*}}
        Bucket:
          Type: AWS::S3::Bucket
      """;

  @Test
  void lambdaAsyncInvocationsSubscriptionsAndTargets() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("app", APP).generate();
    assertThat(runbook(g, "app/Scheduled.adoc")).contains(
        "On-failure destination (async invocations):: ``!GetAtt FailedEvents.Arn`` -- EventInvokeConfig ScheduledConfig",
        "Invoked asynchronously by:: ``Nightly (AWS::Events::Rule), ScheduledConfig (AWS::Lambda::EventInvokeConfig)``")
        .doesNotContain("Dead-letter queue (async invocations):: ``none``");
    assertThat(runbook(g, "app/Guarded.adoc")).contains(
        "Dead-letter queue (async invocations):: ``!GetAtt Failed.Arn`` -- DeadLetterConfig.TargetArn");
    assertThat(runbook(g, "app/Notified.adoc")).contains("Dead-letter queue (async invocations):: ``none``",
        "Invoked asynchronously by:: ``EventsToLambda (AWS::SNS::Subscription)`` -- events that still fail after two"
            + " retries go to the dead-letter queue or on-failure destination; without one they are dropped");
    assertThat(runbook(g, "app/Synchronous.adoc")).doesNotContain("Invoked asynchronously");
    assertThat(runbook(g, "app/Events.adoc")).contains(
        "Subscription EventsToLambda (lambda):: ``dead-letter queue !GetAtt Undelivered.Arn`` -- RedrivePolicy",
        "Subscription inline 1 (email):: ``no dead-letter queue`` -- an inline Subscription cannot have a RedrivePolicy");
    assertThat(runbook(g, "app/Quiet.adoc")).contains("Subscriptions:: ``none`` -- no subscription in the templates");
    assertThat(runbook(g, "app/Nightly.adoc")).contains(
        "Target Run:: ``dead-letter queue !GetAtt Undelivered.Arn`` -- DeadLetterConfig.Arn",
        "Target Guard:: ``no dead-letter queue``");

    List<String> gaps = findings(g, "no-dlq");
    assertThat(gaps).hasSize(4);
    assertThat(gaps).anySatisfy(m -> assertThat(m).startsWith("Notified (AWS::Lambda::Function) is invoked"
        + " asynchronously (EventsToLambda (AWS::SNS::Subscription)) but has no dead-letter queue"));
    assertThat(gaps).anySatisfy(m -> assertThat(m).startsWith("Events (AWS::SNS::Topic) has subscriptions without a"
        + " dead-letter queue (inline 1 (email))"));
    assertThat(gaps).anySatisfy(m -> assertThat(m).startsWith("Nightly (AWS::Events::Rule) has targets without a"
        + " dead-letter queue (Guard)"));
    assertThat(gaps).anySatisfy(m -> assertThat(m).startsWith("Work (AWS::SQS::Queue) has no dead-letter queue"));
    // the queues that receive failures are dead-letter queues themselves; the others are covered or synchronous
    assertThat(String.join("\n", gaps)).doesNotContain("Failed (", "FailedEvents (", "Undelivered (", "Scheduled (",
        "Guarded (", "Synchronous (", "Covered (", "Quiet (");
    assertThat(runbook(g, "app/FailedEvents.adoc")).contains("Dead-letter queue:: ``this queue is a dead-letter queue``");
    assertThat(document(g, "index.md")).contains("| Events | AWS::SNS::Topic | n/a | n/a | MISSING | n/a |",
        "| Covered | AWS::SNS::Topic | n/a | n/a | ok | n/a |", "| Synchronous | AWS::Lambda::Function | MISSING | MISSING | n/a | n/a |",
        "| Scheduled | AWS::Lambda::Function | MISSING | MISSING | ok | n/a |");
  }

  @Test
  void samFunctionsCountGlobalsAndEventInvokeConfigDestinationsSamCreates() throws Exception {
    DocsGenerator.Generation g = new RunbookFixture(base).template("sam", SAM).generate();
    assertThat(runbook(g, "sam/Cron.adoc")).contains(
        "Dead-letter queue (async invocations):: ``arn:aws:sqs:eu-west-1:1:global-dlq`` -- DeadLetterQueue.TargetArn",
        "Invoked asynchronously by:: ``event Tick (Schedule)``", "Runtime:: ``python3.12``");
    assertThat(runbook(g, "sam/Uploads.adoc")).contains(
        "On-failure destination (async invocations):: ``created by SAM`` -- EventInvokeConfig OnFailure: SAM creates"
            + " the queue UploadsEventInvokeConfigOnFailureQueue",
        "Invoked asynchronously by:: ``event Put (S3), its EventInvokeConfig``");
    assertThat(findings(g, "no-dlq")).isEmpty();
  }
}
