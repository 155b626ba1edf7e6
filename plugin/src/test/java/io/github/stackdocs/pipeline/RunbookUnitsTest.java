package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.RunbookFixture.document;
import static io.github.stackdocs.pipeline.RunbookFixture.runbook;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7: a runbook per CDK construct (a Lambda with its role, log group and alarm is one runbook, named for its
 * construct path) and per SAM function (what the transform creates for it are its parts, with their deployed ids);
 * a runbook whose unit changed is kept, marked orphaned, and names its successor. Uses the runbook-units IT.
 */
class RunbookUnitsTest {
  private static final Path IT = Path.of("../src-it/runbook-units");

  @TempDir Path base;

  private RunbookFixture fixture() throws Exception {
    try (Stream<Path> files = Files.walk(IT)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path target = base.resolve(IT.relativize(f).toString());
        Files.createDirectories(target.getParent());
        Files.copy(f, target);
      }
    }
    return new RunbookFixture(base).cdkOut("cdk.out").deployed();
  }

  @Test
  void aCdkConstructWithAFunctionAndItsPlumbingIsOneRunbook() throws Exception {
    DocsGenerator.Generation g = fixture().generate();
    assertThat(g.runbooks()).extracting(Document::path).containsExactly("Orders/Jobs.adoc", "Orders/JobsDlq.adoc",
        "Orders/Nightly.adoc", "Orders/OrdersService.adoc", "Orders/Worker-DeadLetterQueue.adoc",
        "Orders/Worker.adoc", "functions/Thumbnails.adoc", "functions/Uploads.adoc");
    String service = runbook(g, "Orders/OrdersService.adoc");
    assertThat(service).startsWith("= Runbook: OrdersService (Orders)\n").contains(
        "Construct:: ``OrdersService`` (constructs.Construct)",
        "Resource:: ``OrdersServiceHandlerD116AB82`` in stack Orders",
        "|``OrdersServiceHandlerLogs6F419431`` |AWS::Logs::LogGroup |HandlerLogs",
        "|``OrdersServiceHandlerServiceRole1F9AEF90`` |AWS::IAM::Role |Handler/ServiceRole",
        "|``OrdersServiceErrorsAlarm3DBC41B1`` |AWS::CloudWatch::Alarm |ErrorsAlarm",
        "Log group:: ``(a name CloudFormation generates)`` -- set by LoggingConfig.LogGroup",
        "Retention in days:: ``30``",
        "|OrdersServiceErrorsAlarm3DBC41B1 |``AWS/Lambda Errors`` |FunctionName |The orders handler fails.",
        // a construct key of stackdocs.yaml owns the construct's runbook
        "Owner:: Orders team");
    // its parts are in the runbook, not in its dependencies
    assertThat(service.substring(service.indexOf("// stackdocs:begin dependencies"))).startsWith(
        "// stackdocs:begin dependencies\n.Uses (dependencies)\nNothing else in the templates.");

    String worker = runbook(g, "Orders/Worker.adoc");
    assertThat(worker).contains("Construct:: ``Worker`` (aws-cdk-lib.aws&#95;lambda.Function)",
        "|``WorkerSqsEventSourceOrdersJobs75367294F65DE09E`` |AWS::Lambda::EventSourceMapping |SqsEventSource:OrdersJobs75367294",
        "Dead-letter queue (async invocations):: ``!GetAtt WorkerDeadLetterQueue2879C389.Arn``",
        "Invoked asynchronously by:: ``NightlyC44EE0A7 (AWS::Events::Rule)``",
        "* Orders / JobsDF1CC2D4 (AWS::SQS::Queue)");
    assertThat(runbook(g, "Orders/Worker-DeadLetterQueue.adoc")).contains(
        "Construct:: ``Worker/DeadLetterQueue`` (aws-cdk-lib.aws&#95;sqs.Queue)",
        "Dead-letter queue:: ``this queue is a dead-letter queue``");

    // the index links each resource's row to the runbook that covers it
    assertThat(document(g, "index.md")).contains("| OrdersServiceHandlerD116AB82 | AWS::Lambda::Function | ok | ok | n/a | n/a | [runbook](../src/docs/runbooks/Orders/OrdersService.adoc) |");
  }

  @Test
  void aSamFunctionIsOneRunbookWithWhatTheTransformCreatesAndItsDeployedIds() throws Exception {
    DocsGenerator.Generation g = fixture().generate();
    String fn = runbook(g, "functions/Thumbnails.adoc");
    assertThat(fn).contains("Name:: ``thumbnails``", "Runtime:: ``python3.12``", "MemorySize:: ``512``",
        "Physical id:: ``thumbnails``", "ARN:: ``arn:aws:lambda:eu-west-1:111111111111:function:thumbnails``",
        "|``ThumbnailsRole`` |AWS::IAM::Role |created by SAM for execution role (no Role given) |``functions-ThumbnailsRole-Q1W2E3R4T5Y6``",
        "|``ThumbnailsEventInvokeConfigOnFailureQueue`` |AWS::SQS::Queue |created by SAM for EventInvokeConfig OnFailure |``https&#58;//sqs",
        "|``ThumbnailsUploadPermission`` |AWS::Lambda::Permission |created by SAM for event Upload (S3) |",
        "Log group:: ``/aws/lambda/thumbnails``",
        "|ThumbnailsErrors (``functions-ThumbnailsErrors-5R6T7Y8U9I0O``) |``AWS/Lambda Errors`` |FunctionName |",
        "On-failure destination (async invocations):: ``created by SAM``", "Owner:: Media team");
    // the SAM function's failures are kept; the only gap is the CDK rule's target (the worker's own DLQ is covered)
    assertThat(RunbookFixture.findings(g, "no-dlq")).singleElement().asString()
        .startsWith("NightlyC44EE0A7 (AWS::Events::Rule) has targets without a dead-letter queue (Target0)");
  }

  @Test
  void aRunbookWhoseUnitChangedIsKeptOrphanedAndNamesItsSuccessor() throws Exception {
    RunbookFixture fixture = fixture();
    Path old = base.resolve("src/docs/runbooks/Orders/OrdersServiceHandlerD116AB82.adoc");
    String human = "Written when the runbook was per resource: restart the handler by redeploying the last release.\n";
    assertThat(Files.readString(old)).endsWith(human);
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      DocsResult result = generator.run(fixture.request().toBuilder().mode(WriteMode.WRITE).build());
      assertThat(result.runbooks().orElseThrow().orphaned()).containsExactly("Orders/OrdersServiceHandlerD116AB82.adoc");
    }
    String kept = Files.readString(old);
    assertThat(kept).contains("// stackdocs:begin orphaned", "OrdersServiceHandlerD116AB82 of stack Orders is now"
        + " covered by the runbook OrdersService.adoc").endsWith(human);
    assertThat(base.resolve("src/docs/runbooks/Orders/OrdersService.adoc")).exists();
  }
}
