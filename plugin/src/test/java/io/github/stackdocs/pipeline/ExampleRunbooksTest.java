package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, must show 2: the shop example's committed runbooks name real log groups, metrics and the alarms
 * that watch them, and show a "no alarm" gap. (That they are current is proven by the example's check.)
 */
class ExampleRunbooksTest {
  private static final Path RUNBOOKS = Path.of("../examples/shop/src/docs/runbooks");

  private static String runbook(String path) throws IOException {
    return Files.readString(RUNBOOKS.resolve(path));
  }

  @Test
  void lambdaRunbooksNameTheirLogGroupsMetricsAndAlarms() throws IOException {
    String fn = runbook("api/OrdersApiFunction.adoc");
    // the log group name the prod environment binds, the same as the snapshot's deployed name
    assertThat(fn).contains("Log group resource:: ``OrdersApiFunctionLogGroup``")
        .contains("Log group:: ``/shop/prod/orders-api`` -- set by LoggingConfig.LogGroup")
        .contains("namespace ``AWS/Lambda``").contains("|``Errors`` |").contains("|``Throttles`` |")
        .contains("|OrdersApiFunctionErrorsAlarm (``api-OrdersApiFunctionErrorsAlarm-EC3599E8DBBE``) |``AWS/Lambda Errors`` |FunctionName |");
    assertThat(runbook("api/OrderProcessorFunction.adoc")).contains("OrderProcessorFunctionErrorsAlarm")
        .contains("/shop/prod/order-processor");
  }

  @Test
  void alarmsAreFoundAcrossStacksAndThroughEqualNames() throws IOException {
    assertThat(runbook("data/OrderEventsDeadLetterQueue.adoc"))
        .contains("|OrderEventsDeadLetterAlarm (stack api) (``api-OrderEventsDeadLetterAlarm-A43D989A522C``) |``AWS/SQS ApproximateNumberOfMessagesVisible`` |QueueName |")
        .contains("this queue is a dead-letter queue");
    assertThat(runbook("api/OrdersApi.adoc"))
        .contains("|OrdersApi5xxAlarm (``api-OrdersApi5xxAlarm-E80665F77FEE``) |``AWS/ApiGateway 5XXError`` |ApiName |")
        .contains("Execution logs (stage prod):: ``API-Gateway-Execution-Logs&#95;9a17135e8d/prod``");
  }

  @Test
  void unwatchedResourcesShowTheGapAndTheirRecoveryFacts() throws IOException {
    String table = runbook("data/OrdersTable.adoc");
    assertThat(table).contains("WARNING: No alarm watches this resource")
        .contains("Point-in-time recovery:: ``enabled``").contains("DeletionPolicy:: ``Retain``")
        .contains("|``ThrottledRequests`` |");
    assertThat(runbook("data/OrderEventsQueue.adoc")).contains("WARNING: No alarm watches this resource")
        .contains("deadLetterTargetArn: !GetAtt OrderEventsDeadLetterQueue.Arn");
  }

  @Test
  void runbooksNameTheirDeployedIdentifiersAndWhereFailuresGo() throws IOException {
    assertThat(runbook("api/OrdersApiFunction.adoc")).contains("Physical id:: ``api-OrdersApiFunction-89A3BB4DC06F``",
        "ARN:: ``arn:aws:lambda:eu-west-1:123456789012:function:api-OrdersApiFunction-89A3BB4DC06F``",
        "Drift:: ``MODIFIED`` -- /MemorySize changed");
    assertThat(runbook("data/OrderEventsQueue.adoc"))
        .contains("ARN:: ``arn:aws:sqs:eu-west-1:123456789012:shop-prod-order-events``");
    assertThat(runbook("data/OrderEventsTopic.adoc"))
        .contains("Subscription OrderEventsSubscription (sqs):: ``no dead-letter queue`` -- RedrivePolicy");
  }

  @Test
  void everyRunbookHasEveryGeneratedRegionAndAnOwnershipSectionForPeople() throws IOException {
    try (var files = Files.walk(RUNBOOKS)) {
      var all = files.filter(p -> p.toString().endsWith(".adoc")).toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(10);
      for (Path p : all) {
        String text = Files.readString(p);
        for (String region : new String[] {"summary", "dependencies", "logs", "metrics", "alarms", "failures", "recovery"}) {
          assertThat(text).as(p + " region " + region).contains("// stackdocs:begin " + region + "\n")
              .contains("// stackdocs:end " + region + "\n");
        }
        assertThat(text).as(p.toString()).contains("== Ownership").contains("Owner:: TODO");
      }
    }
  }
}
