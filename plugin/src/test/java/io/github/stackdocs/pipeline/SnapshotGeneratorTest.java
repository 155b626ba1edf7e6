package io.github.stackdocs.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.deployed.live.AwsSettings;
import io.github.stackdocs.read.deployed.live.CloudFormationClients;
import io.github.stackdocs.read.deployed.live.LiveSnapshot;
import io.github.stackdocs.render.Format;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The snapshot pipeline against WireMock: default stacks from the project, unknown stacks warned, then read offline. */
class SnapshotGeneratorTest {
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final Path PROJECT = Path.of("src/test/resources/deployed/project").toAbsolutePath();
  private static final String ARN = "arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/5f1c2a40";

  private WireMockServer aws;
  private final List<String> warnings = new ArrayList<>();

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    aws = new WireMockServer(wireMockConfig().dynamicPort());
    aws.start();
  }

  @AfterEach
  void stop() {
    aws.stop();
  }

  private void reply(String action, String stack, String result) {
    aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
        .withRequestBody(containing("StackName=" + stack)).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "text/xml").withBody("<" + action + "Response xmlns=\"" + NS + "\"><" + action
                + "Result>" + result + "</" + action + "Result><ResponseMetadata><RequestId>1</RequestId>"
                + "</ResponseMetadata></" + action + "Response>")));
  }

  private void orders() {
    reply("DescribeStacks", "orders", "<Stacks><member><StackId>" + ARN + "</StackId><StackName>orders</StackName>"
        + "<CreationTime>2026-03-02T09:14:27.511Z</CreationTime><StackStatus>CREATE_COMPLETE</StackStatus>"
        + "<Parameters><member><ParameterKey>DbPassword</ParameterKey><ParameterValue>****</ParameterValue></member>"
        + "</Parameters></member></Stacks>");
    reply("ListStackResources", "orders", "<StackResourceSummaries><member><LogicalResourceId>OrdersQueue"
        + "</LogicalResourceId><PhysicalResourceId>https://sqs.eu-west-1.amazonaws.com/1/q</PhysicalResourceId>"
        + "<ResourceType>AWS::SQS::Queue</ResourceType><LastUpdatedTimestamp>2026-03-02T09:15:00Z"
        + "</LastUpdatedTimestamp><ResourceStatus>CREATE_COMPLETE</ResourceStatus></member></StackResourceSummaries>");
    reply("DescribeStackResourceDrifts", "orders", "<StackResourceDrifts/>");
    reply("GetTemplate", "orders", "<TemplateBody>Resources: {}</TemplateBody>");
  }

  private SnapshotGenerator generator() {
    Log log = new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {
        warnings.add(message);
      }

      @Override
      public void error(String message) {}
    };
    return new SnapshotGenerator(log, r -> CloudFormationClients.create(r.aws(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "dummy-secret"))));
  }

  private SnapshotRequest request(List<String> stacks) {
    return new SnapshotRequest(dir, stacks, new AwsSettings(Optional.empty(), Optional.of("eu-west-1"),
        Optional.empty(), Optional.of(URI.create(aws.baseUrl()))), false);
  }

  private DocsRequest inputs(Optional<Path> deployed) {
    return DocsRequest.builder(PROJECT).sourceDirectory(PROJECT.resolve("src/main/cloudformation"))
        .outputDirectory(dir.resolve("docs")).formats(Set.of(Format.MD)).failOn(FailOn.NEVER).projectName("orders")
        .deployedDirectory(deployed).build();
  }

  @Test
  void snapshotsTheProjectStacksByDefaultAndGenerateReadsThemOffline() throws Exception {
    orders();
    LiveSnapshot.Report report = generator().run(request(List.of()), inputs(Optional.empty()));

    assertThat(report.written()).containsExactly("orders");
    assertThat(warnings).isEmpty();
    assertThat(Files.readString(dir.resolve("orders/get-template.json")))
        .isEqualTo("{\n    \"TemplateBody\": \"Resources: {}\"\n}\n");

    aws.stop(); // offline from here on
    try (DocsGenerator docs = new DocsGenerator(Log.silent())) {
      DocsGenerator.Generation g = docs.generate(inputs(Optional.of(dir)));
      assertThat(g.project().stacks().get(0).deployed()).hasValueSatisfying(d -> {
        assertThat(d.status()).isEqualTo("CREATE_COMPLETE");
        assertThat(d.resource("OrdersQueue")).isPresent();
      });
      assertThat(g.findings()).extracting(Finding::code).contains("drift-not-deployed")
          .doesNotContain("deployed-syntax", "deployed-shape");
    }
  }

  @Test
  void unknownStackIsAWarningAndTheOthersAreWritten() {
    orders();
    aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("StackName=ghost")).willReturn(aResponse()
        .withStatus(400).withHeader("Content-Type", "text/xml").withBody("<ErrorResponse xmlns=\"" + NS + "\"><Error>"
            + "<Type>Sender</Type><Code>ValidationError</Code><Message>Stack with id ghost does not exist</Message>"
            + "</Error><RequestId>2</RequestId></ErrorResponse>")));

    LiveSnapshot.Report report = generator().run(request(List.of("ghost", "orders")), inputs(Optional.empty()));

    assertThat(report.written()).containsExactly("orders");
    assertThat(warnings).singleElement().asString().contains("stack 'ghost' not found", "eu-west-1");
  }

  @Test
  void accessDeniedIsTheUsersProblemAndNamesThePermission() {
    aws.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/xml")
        .withBody("<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>AccessDenied</Code>"
            + "<Message>User: arn:aws:iam::123456789012:user/ci is not authorized to perform:"
            + " cloudformation:DescribeStacks</Message></Error><RequestId>3</RequestId></ErrorResponse>")));

    assertThatThrownBy(() -> generator().run(request(List.of("orders")), inputs(Optional.empty())))
        .isInstanceOf(AwsException.class).isInstanceOf(StackdocsException.UserProblem.class)
        .hasMessageContaining("cloudformation:DescribeStacks");
  }

  @Test
  void badStackNameIsAConfigurationError() {
    assertThatThrownBy(() -> request(List.of("../etc")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("stacks");
  }
}
