package io.github.stackdocs.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stackdocs snapshot} against a WireMock stand-in for CloudFormation (the Maven goal's test stand-in): the
 * project's stacks by default, written where a later {@code generate --deployed-directory} reads them offline.
 */
class SnapshotCommandTest {
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final String ARN = "arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/5f1c2a40";

  @TempDir Path dir;
  private WireMockServer aws;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void start() {
    aws = new WireMockServer(wireMockConfig().dynamicPort());
    aws.start();
    System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
    System.setProperty("aws.secretAccessKey", "dummy-secret");
  }

  @AfterEach
  void stop() {
    aws.stop();
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  private void reply(String action, String result) {
    aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
        .withRequestBody(containing("StackName=orders")).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/xml").withBody("<" + action + "Response xmlns=\"" + NS + "\"><" + action
                + "Result>" + result + "</" + action + "Result><ResponseMetadata><RequestId>1</RequestId>"
                + "</ResponseMetadata></" + action + "Response>")));
  }

  @Test
  void snapshotsTheProjectsStacksAndGenerateReadsThemOffline() throws Exception {
    Path template = dir.resolve("src/main/cloudformation/orders.yaml");
    Files.createDirectories(template.getParent());
    Files.writeString(template, "Resources:\n  OrdersQueue:\n    Type: AWS::SQS::Queue\n");
    reply("DescribeStacks", "<Stacks><member><StackId>" + ARN + "</StackId><StackName>orders</StackName>"
        + "<CreationTime>2026-03-02T09:14:27.511Z</CreationTime><StackStatus>CREATE_COMPLETE</StackStatus>"
        + "</member></Stacks>");
    reply("ListStackResources", "<StackResourceSummaries><member><LogicalResourceId>OrdersQueue"
        + "</LogicalResourceId><PhysicalResourceId>https://sqs.eu-west-1.amazonaws.com/1/q</PhysicalResourceId>"
        + "<ResourceType>AWS::SQS::Queue</ResourceType><LastUpdatedTimestamp>2026-03-02T09:15:00Z"
        + "</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member></StackResourceSummaries>");
    reply("DescribeStackResourceDrifts", "<StackResourceDrifts/>");
    reply("GetTemplate", "<TemplateBody>Resources: {OrdersQueue: {Type: AWS::SQS::Queue}}</TemplateBody>");

    assertThat(run("snapshot", "--region", "eu-west-1", "--endpoint", aws.baseUrl()))
        .withFailMessage(() -> out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("stackdocs: snapshot of 1 stack(s) written to "
        + dir.toAbsolutePath().normalize().resolve("src/main/deployed"));
    assertThat(Files.readString(dir.resolve("src/main/deployed/orders/get-template.json")))
        .isEqualTo("{\n    \"TemplateBody\": \"Resources: {OrdersQueue: {Type: AWS::SQS::Queue}}\"\n}\n");
    assertThat(dir.resolve("src/main/deployed/orders/describe-stacks.json")).exists();
    aws.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DescribeStacks&")));

    aws.stop(); // offline from here on
    assertThat(run("generate", "--formats", "md", "--runbooks", "false", "--deployed-directory", "src/main/deployed"))
        .isZero();
    assertThat(Files.readString(dir.resolve("target/stackdocs/stacks/orders.md"))).contains("Deployed status: CREATE\\_COMPLETE");
  }

  @Test
  void namedStacksNeedNoTemplatesAndBadSettingsAreUserProblems() {
    assertThat(run("snapshot", "--stacks", "orders", "--endpoint", "not a url")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid configuration 'endpoint'");
    assertThat(run("snapshot", "--region", "eu-west-1")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid configuration 'sourceDirectory'");
    assertThat(run("snapshot", "--stacks", "bad_name")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("'bad_name' is not a stack name");
  }
}
