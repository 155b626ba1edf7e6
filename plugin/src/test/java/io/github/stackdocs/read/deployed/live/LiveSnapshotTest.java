package io.github.stackdocs.read.deployed.live;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.deployed.DeployedRead;
import io.github.stackdocs.read.deployed.SnapshotFolderReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The live source against WireMock speaking CloudFormation's AWS Query protocol: form POSTs in, XML out, a
 * {@code NextToken} across two pages, a {@code Throttling} reply that is retried. No test touches AWS.
 */
class LiveSnapshotTest {
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final String ARN = "arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f";
  private static final Path FIXTURES = Path.of("src/test/resources/deployed/project");

  private WireMockServer aws;
  private CloudFormationClient client;
  private final List<String> progress = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    aws = new WireMockServer(wireMockConfig().dynamicPort());
    aws.start();
    client = CloudFormationClients.create(new AwsSettings(Optional.empty(), Optional.of("eu-west-1"),
        Optional.empty(), Optional.of(URI.create(aws.baseUrl()))),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret")));
  }

  @AfterEach
  void stop() {
    client.close();
    aws.stop();
  }

  private static MappingBuilder action(String action) {
    return post(urlEqualTo("/"))
        .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
        .withRequestBody(containing("Action=" + action + "&"))
        .withRequestBody(containing("Version=2010-05-15"));
  }

  private void reply(MappingBuilder request, String action, String result) {
    aws.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
        .withBody("<" + action + "Response xmlns=\"" + NS + "\">\n  <" + action + "Result>\n" + result + "\n  </"
            + action + "Result>\n  <ResponseMetadata><RequestId>b9b4e0f4-0000-4000-8000-000000000001</RequestId>"
            + "</ResponseMetadata>\n</" + action + "Response>")));
  }

  private static String error(String code, String message) {
    return "<ErrorResponse xmlns=\"" + NS + "\">\n  <Error>\n    <Type>Sender</Type>\n    <Code>" + code
        + "</Code>\n    <Message>" + message + "</Message>\n  </Error>\n"
        + "  <RequestId>b9b4e0f4-0000-4000-8000-000000000002</RequestId>\n</ErrorResponse>";
  }

  private static String resource(String logicalId, String physicalId, String type, String drift) {
    return "<member><LogicalResourceId>" + logicalId + "</LogicalResourceId><PhysicalResourceId>" + physicalId
        + "</PhysicalResourceId><ResourceType>" + type + "</ResourceType>"
        + "<LastUpdatedTimestamp>2026-11-18T16:39:51.204Z</LastUpdatedTimestamp>"
        + "<ResourceStatus>UPDATE_COMPLETE</ResourceStatus><DriftInformation><StackResourceDriftStatus>" + drift
        + "</StackResourceDriftStatus><LastCheckTimestamp>2026-11-20T08:00:12.345Z</LastCheckTimestamp>"
        + "</DriftInformation></member>";
  }

  /** The orders stack: two pages of resources (the first throttled once), one MODIFIED drift, a JSON template. */
  private void ordersStack() {
    reply(action("DescribeStacks").withRequestBody(containing("StackName=orders")), "DescribeStacks", """
        <Stacks>
          <member>
            <StackId>%s</StackId>
            <StackName>orders</StackName>
            <Description>Order intake</Description>
            <Parameters>
              <member><ParameterKey>DbPassword</ParameterKey><ParameterValue>****</ParameterValue></member>
              <member><ParameterKey>Environment</ParameterKey><ParameterValue>prod</ParameterValue></member>
            </Parameters>
            <CreationTime>2026-03-02T09:14:27.511Z</CreationTime>
            <LastUpdatedTime>2026-11-18T16:40:03.129Z</LastUpdatedTime>
            <RollbackConfiguration/>
            <StackStatus>UPDATE_COMPLETE</StackStatus>
            <DisableRollback>false</DisableRollback>
            <NotificationARNs/>
            <Capabilities><member>CAPABILITY_IAM</member></Capabilities>
            <Outputs>
              <member><OutputKey>QueueUrl</OutputKey><OutputValue>https://sqs.eu-west-1.amazonaws.com/123456789012/orders-OrdersQueue-Jx2wYk7Lq0aB</OutputValue><Description>URL of the order intake queue.</Description><ExportName>orders-QueueUrl</ExportName></member>
            </Outputs>
            <EnableTerminationProtection>true</EnableTerminationProtection>
            <DriftInformation><StackDriftStatus>DRIFTED</StackDriftStatus><LastCheckTimestamp>2026-11-20T08:00:12Z</LastCheckTimestamp></DriftInformation>
          </member>
        </Stacks>""".formatted(ARN));
    // page 1: throttled once, then answered with a NextToken
    MappingBuilder page1 = action("ListStackResources").withRequestBody(containing("StackName=orders"))
        .withRequestBody(notContaining("NextToken"));
    aws.stubFor(page1.inScenario("throttle").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retried")
        .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "text/xml")
            .withBody(error("Throttling", "Rate exceeded"))));
    reply(action("ListStackResources").withRequestBody(containing("StackName=orders"))
        .withRequestBody(notContaining("NextToken")).inScenario("throttle").whenScenarioStateIs("retried"),
        "ListStackResources", "<StackResourceSummaries>"
            + resource("OrdersQueue", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders-OrdersQueue-Jx2wYk7Lq0aB",
                "AWS::SQS::Queue", "IN_SYNC")
            + resource("OrdersTable", "orders-OrdersTable-1T9X3ZQ4K2M8P", "AWS::DynamoDB::Table", "MODIFIED")
            + "</StackResourceSummaries>\n<NextToken>page-2+token/=</NextToken>");
    reply(action("ListStackResources").withRequestBody(containing("StackName=orders"))
        .withRequestBody(containing("NextToken=page-2%2Btoken%2F%3D")), "ListStackResources",
        "<StackResourceSummaries>"
            + resource("OrdersFunction", "orders-OrdersFunction-8Hq2", "AWS::Lambda::Function", "NOT_CHECKED")
            + resource("LegacyTopic", "arn:aws:sns:eu-west-1:123456789012:legacy", "AWS::SNS::Topic", "IN_SYNC")
            + "</StackResourceSummaries>");
    reply(action("DescribeStackResourceDrifts").withRequestBody(containing("StackName=orders")),
        "DescribeStackResourceDrifts", """
        <StackResourceDrifts>
          <member>
            <StackId>%s</StackId>
            <LogicalResourceId>OrdersTable</LogicalResourceId>
            <PhysicalResourceId>orders-OrdersTable-1T9X3ZQ4K2M8P</PhysicalResourceId>
            <ResourceType>AWS::DynamoDB::Table</ResourceType>
            <ExpectedProperties>{"BillingMode":"PAY_PER_REQUEST"}</ExpectedProperties>
            <ActualProperties>{"BillingMode":"PROVISIONED"}</ActualProperties>
            <PropertyDifferences>
              <member><PropertyPath>/BillingMode</PropertyPath><ExpectedValue>PAY_PER_REQUEST</ExpectedValue><ActualValue>PROVISIONED</ActualValue><DifferenceType>NOT_EQUAL</DifferenceType></member>
            </PropertyDifferences>
            <StackResourceDriftStatus>MODIFIED</StackResourceDriftStatus>
            <Timestamp>2026-11-20T08:00:12.345Z</Timestamp>
          </member>
        </StackResourceDrifts>""".formatted(ARN));
    reply(action("GetTemplate").withRequestBody(containing("StackName=orders")), "GetTemplate",
        "<TemplateBody>{\"Resources\":{\"OrdersQueue\":{\"Type\":\"AWS::SQS::Queue\"}}}</TemplateBody>"
            + "<StagesAvailable><member>Original</member><member>Processed</member></StagesAvailable>");
  }

  private LiveSnapshot snapshot(boolean detectDrift) {
    return new LiveSnapshot(client, dir, dir, new LiveSnapshot.Options(detectDrift, Duration.ZERO,
        Duration.ofSeconds(30)), progress::add);
  }

  private static Stack orders() throws Exception {
    return new CfnTemplateReader().read("src/main/cloudformation/orders.yaml", "orders",
        Files.readString(FIXTURES.resolve("src/main/cloudformation/orders.yaml"))).stack().orElseThrow();
  }

  @Test
  void writesTheCliLayoutThroughPaginationAndThrottling() throws Exception {
    ordersStack();

    LiveSnapshot.Report report = snapshot(false).write(List.of("orders"));

    assertThat(report.written()).containsExactly("orders");
    assertThat(report.notFound()).isEmpty();
    assertThat(Files.list(dir.resolve("orders")).map(p -> p.getFileName().toString()).sorted())
        .containsExactlyElementsOf(LiveSnapshot.FILES.stream().sorted().toList());
    // the throttled first page was asked twice, the second page once; nothing but read-only calls
    aws.verify(2, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=ListStackResources"))
        .withRequestBody(notContaining("NextToken")));
    aws.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("NextToken=page-2")));
    aws.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DetectStackDrift")));
    aws.verify(postRequestedFor(urlEqualTo("/")).withHeader("Authorization",
        matching("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\\d{8}/eu-west-1/cloudformation/aws4_request.*")));

    JsonNode resources = new ObjectMapper().readTree(dir.resolve("orders/list-stack-resources.json").toFile());
    assertThat(resources.path("StackResourceSummaries")).hasSize(4);
    assertThat(resources.has("NextToken")).isFalse();
  }

  @Test
  void writesJsonAsTheCliDoes() throws Exception {
    ordersStack();
    snapshot(false).write(List.of("orders"));

    String stacks = Files.readString(dir.resolve("orders/describe-stacks.json"));
    assertThat(stacks).startsWith("{\n    \"Stacks\": [\n        {\n            \"StackId\": \"" + ARN + "\",\n"
        + "            \"StackName\": \"orders\",\n");
    assertThat(stacks).contains("\"CreationTime\": \"2026-03-02T09:14:27.511000+00:00\"",
        "\"LastCheckTimestamp\": \"2026-11-20T08:00:12+00:00\"", "\"RollbackConfiguration\": {}",
        "\"NotificationARNs\": []", "\"DisableRollback\": false", "\"ParameterValue\": \"****\"");
    assertThat(stacks).doesNotContain("NextToken", "\"Tags\"").endsWith("}\n");
    JsonNode template = new ObjectMapper().readTree(dir.resolve("orders/get-template.json").toFile());
    assertThat(template.path("TemplateBody").path("Resources").path("OrdersQueue").path("Type").asText())
        .isEqualTo("AWS::SQS::Queue");
    assertThat(template.path("StagesAvailable").toString()).isEqualTo("[\"Original\",\"Processed\"]");
  }

  @Test
  void writtenFolderReadsBackAsTheDeployedState() throws Exception {
    ordersStack();
    snapshot(false).write(List.of("orders"));

    DeployedRead read = new SnapshotFolderReader(dir, dir).read(List.of(orders()));

    assertThat(read.findings()).isEmpty();
    DeployedState d = read.byStack().get("orders");
    assertThat(d.stackId()).isEqualTo(ARN);
    assertThat(d.region()).isEqualTo("eu-west-1");
    assertThat(d.status()).isEqualTo("UPDATE_COMPLETE");
    assertThat(d.lastUpdated()).isEqualTo("2026-11-18T16:40:03.129000+00:00");
    assertThat(d.stackDriftStatus()).isEqualTo("DRIFTED");
    assertThat(d.parameters()).containsExactly(new DeployedState.ParameterValue("DbPassword", "", true),
        new DeployedState.ParameterValue("Environment", "prod", false));
    assertThat(d.outputs()).singleElement().satisfies(o -> {
      assertThat(o.key()).isEqualTo("QueueUrl");
      assertThat(o.exportName()).isEqualTo("orders-QueueUrl");
    });
    assertThat(d.resourcesKnown()).isTrue();
    assertThat(d.resources()).extracting(ResourceState::logicalId)
        .containsExactly("LegacyTopic", "OrdersFunction", "OrdersQueue", "OrdersTable");
    ResourceState table = d.resource("OrdersTable").orElseThrow();
    assertThat(table.physicalId()).isEqualTo("orders-OrdersTable-1T9X3ZQ4K2M8P");
    assertThat(table.lastUpdated()).isEqualTo("2026-11-18T16:39:51.204000+00:00");
    assertThat(table.driftStatus()).isEqualTo("MODIFIED");
    assertThat(table.differences()).singleElement().isEqualTo(
        new DeployedState.PropertyDifference("/BillingMode", "PAY_PER_REQUEST", "PROVISIONED", "NOT_EQUAL"));
    assertThat(d.templateBody()).hasValueSatisfying(t -> assertThat(t).contains("AWS::SQS::Queue"));
  }

  @Test
  void readIsTheSameInterfaceAsTheOfflineReader() throws Exception {
    ordersStack();
    DeployedRead read = snapshot(false).read(List.of(orders()));
    assertThat(read.byStack()).containsKey("orders");
    assertThat(Files.exists(dir.resolve("orders/describe-stacks.json"))).isTrue();
  }

  @Test
  void unknownStackIsReportedAndTheOthersAreWritten() throws Exception {
    ordersStack();
    aws.stubFor(action("DescribeStacks").withRequestBody(containing("StackName=ghost")).willReturn(aResponse()
        .withStatus(400).withHeader("Content-Type", "text/xml")
        .withBody(error("ValidationError", "Stack with id ghost does not exist"))));

    LiveSnapshot.Report report = snapshot(false).write(List.of("orders", "ghost"));

    assertThat(report.written()).containsExactly("orders");
    assertThat(report.notFound()).containsExactly("ghost");
    assertThat(Files.exists(dir.resolve("ghost"))).isFalse();
  }

  @Test
  void accessDeniedNamesThePermission() {
    ordersStack();
    aws.stubFor(action("GetTemplate").withRequestBody(containing("StackName=orders")).atPriority(1)
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml").withBody(error(
            "AccessDenied", "User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
                + " cloudformation:GetTemplate on resource: " + ARN))));

    assertThatThrownBy(() -> snapshot(false).write(List.of("orders")))
        .isInstanceOfSatisfying(LiveReadException.class, e -> {
          assertThat(e.kind()).isEqualTo(LiveReadException.Kind.ACCESS_DENIED);
          assertThat(e.getMessage()).contains("IAM permission cloudformation:GetTemplate")
              .doesNotContain("dummy-secret");
        });
  }

  @Test
  void detectDriftStartsDetectionAndWaitsForIt() throws Exception {
    ordersStack();
    reply(action("DetectStackDrift").withRequestBody(containing("StackName=orders")), "DetectStackDrift",
        "<StackDriftDetectionId>b78ac9b0-dec1-11e7-a451-503a3e7a7cba</StackDriftDetectionId>");
    String status = "<StackId>" + ARN + "</StackId>"
        + "<StackDriftDetectionId>b78ac9b0-dec1-11e7-a451-503a3e7a7cba</StackDriftDetectionId>"
        + "<StackDriftStatus>DRIFTED</StackDriftStatus><DetectionStatus>%s</DetectionStatus>"
        + "<DriftedStackResourceCount>1</DriftedStackResourceCount><Timestamp>2026-11-20T08:00:12.345Z</Timestamp>";
    reply(action("DescribeStackDriftDetectionStatus").inScenario("detect").whenScenarioStateIs(Scenario.STARTED)
        .willSetStateTo("done"), "DescribeStackDriftDetectionStatus", status.formatted("DETECTION_IN_PROGRESS"));
    reply(action("DescribeStackDriftDetectionStatus").inScenario("detect").whenScenarioStateIs("done"),
        "DescribeStackDriftDetectionStatus", status.formatted("DETECTION_COMPLETE"));

    LiveSnapshot.Report report = snapshot(true).write(List.of("orders"));

    assertThat(report.written()).containsExactly("orders");
    assertThat(report.warnings()).isEmpty();
    aws.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DetectStackDrift&")));
    aws.verify(2, postRequestedFor(urlEqualTo("/"))
        .withRequestBody(containing("StackDriftDetectionId=b78ac9b0-dec1-11e7-a451-503a3e7a7cba")));
  }

  @Test
  void timestampsAsPythonIsoformat() {
    assertThat(CliJson.timestamp(java.time.Instant.parse("2026-03-02T09:14:27.511Z")))
        .isEqualTo("2026-03-02T09:14:27.511000+00:00");
    assertThat(CliJson.timestamp(java.time.Instant.parse("2026-03-02T09:14:27Z")))
        .isEqualTo("2026-03-02T09:14:27+00:00");
  }

  @Test
  void noCredentialsSaysWhereToPutThem() {
    LiveReadException e = LiveSnapshot.classify(software.amazon.awssdk.core.exception.SdkClientException
        .create("Unable to load credentials from any of the providers in the chain"));
    assertThat(e.kind()).isEqualTo(LiveReadException.Kind.NO_CREDENTIALS);
    assertThat(e.getMessage()).contains("profile");
  }
}
