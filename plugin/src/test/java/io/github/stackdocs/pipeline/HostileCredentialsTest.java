package io.github.stackdocs.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.stackdocs.read.deployed.live.AwsSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live snapshot path ({@code snapshot} goal: {@link SnapshotGenerator} with the SDK's own credential chain)
 * against a local Query-protocol mock: credentials from system properties (as from the environment) or from a
 * profile file reach AWS (the mock sees them signed into the request), yet the access key id, secret key and session
 * token appear in no log line, no written snapshot file and no exception message (causes included), even when AWS
 * answers with an error that echoes the signed request back.
 */
class HostileCredentialsTest {
  private static final String NS = "http://cloudformation.amazonaws.com/doc/2010-05-15/";
  private static final String KEY_ID = "AKIAHOSTILE7EXAMPLE1";
  private static final String SECRET = "hostileSecretKey/K7MDENG+bPxRfiCYEXAMPLEKEY";
  private static final String TOKEN = "IQoJhostileSessionToken+AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
  private static final List<String> CREDENTIALS = List.of(KEY_ID, SECRET, TOKEN);
  private static final List<String> PROPERTIES = List.of("aws.accessKeyId", "aws.secretAccessKey",
      "aws.sessionToken", "aws.sharedCredentialsFile", "aws.configFile", "aws.profile");

  @TempDir Path dir;
  private WireMockServer aws;
  private final Map<String, String> saved = new HashMap<>();
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void start() {
    aws = new WireMockServer(wireMockConfig().dynamicPort());
    aws.start();
    PROPERTIES.forEach(p -> saved.put(p, System.getProperty(p)));
  }

  @AfterEach
  void stop() {
    aws.stop();
    saved.forEach((p, v) -> {
      if (v == null) {
        System.clearProperty(p);
      } else {
        System.setProperty(p, v);
      }
    });
  }

  private void credentialsInSystemProperties() {
    System.setProperty("aws.accessKeyId", KEY_ID);
    System.setProperty("aws.secretAccessKey", SECRET);
    System.setProperty("aws.sessionToken", TOKEN);
  }

  private void reply(String action, String result) {
    aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&")).willReturn(aResponse()
        .withStatus(200).withHeader("Content-Type", "text/xml").withBody("<" + action + "Response xmlns=\"" + NS
            + "\"><" + action + "Result>" + result + "</" + action + "Result><ResponseMetadata><RequestId>1"
            + "</RequestId></ResponseMetadata></" + action + "Response>")));
  }

  private void ordersStack() {
    reply("DescribeStacks", "<Stacks><member><StackId>arn:aws:cloudformation:eu-west-1:123456789012:stack/orders/1"
        + "</StackId><StackName>orders</StackName><CreationTime>2026-03-02T09:14:27.511Z</CreationTime>"
        + "<StackStatus>CREATE_COMPLETE</StackStatus></member></Stacks>");
    reply("ListStackResources", "<StackResourceSummaries/>");
    reply("DescribeStackResourceDrifts", "<StackResourceDrifts/>");
    reply("GetTemplate", "<TemplateBody>Resources: {}</TemplateBody>");
  }

  /** An AWS error whose message echoes the signed request, as SignatureDoesNotMatch replies do. */
  private void errorEchoingTheRequest(int status, String code) {
    String echo = "The request signature we calculated does not match the signature you provided.\n\n"
        + "The Canonical String for this request should have been\n'POST\n/\n\nhost:localhost\nx-amz-date:20260101T000000Z\n"
        + "x-amz-security-token:" + TOKEN + "\n'\nAuthorization: AWS4-HMAC-SHA256 Credential=" + KEY_ID
        + "/20260101/eu-west-1/cloudformation/aws4_request, key " + SECRET;
    aws.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
        .withBody("<ErrorResponse xmlns=\"" + NS + "\"><Error><Type>Sender</Type><Code>" + code + "</Code><Message>"
            + echo.replace("&", "&amp;").replace("<", "&lt;") + "</Message></Error><RequestId>req-1</RequestId>"
            + "</ErrorResponse>")));
  }

  private SnapshotRequest request(Optional<String> profile) {
    return new SnapshotRequest(dir.resolve("deployed"), List.of("orders"), new AwsSettings(profile,
        Optional.of("eu-west-1"), Optional.empty(), Optional.of(URI.create(aws.baseUrl()))), false);
  }

  private DocsRequest inputs() {
    return DocsRequest.builder(dir).formats(java.util.Set.of(io.github.stackdocs.render.Format.MD)).build();
  }

  /** Runs the snapshot with the SDK's default credential chain; returns the failure, if any. */
  private Optional<RuntimeException> snapshot(Optional<String> profile) {
    try {
      new SnapshotGenerator(new RecordingLog(log)).run(request(profile), inputs());
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(e);
    }
  }

  /** No credential in the log, the failure's message chain or any file the run wrote. */
  private void noCredentialAnywhere(Optional<RuntimeException> failure) throws IOException {
    StringBuilder said = new StringBuilder(String.join("\n", log));
    for (Throwable t = failure.orElse(null); t != null; t = t.getCause()) {
      said.append('\n').append(t).append('\n').append(t.getMessage());
      for (Throwable s : t.getSuppressed()) {
        said.append('\n').append(s);
      }
    }
    for (String credential : CREDENTIALS) {
      assertThat(said.toString()).as("log and messages").doesNotContain(credential);
    }
    if (Files.isDirectory(dir.resolve("deployed"))) {
      try (Stream<Path> files = Files.walk(dir.resolve("deployed"))) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          for (String credential : CREDENTIALS) {
            assertThat(Files.readString(f)).as(f.toString()).doesNotContain(credential);
          }
        }
      }
    }
  }

  @Test
  void credentialsFromTheEnvironmentAreUsedButNeverLoggedOrWritten() throws IOException {
    credentialsInSystemProperties();
    ordersStack();

    Optional<RuntimeException> failure = snapshot(Optional.empty());

    assertThat(failure).isEmpty();
    assertThat(dir.resolve("deployed/orders/describe-stacks.json")).exists();
    aws.verify(postRequestedFor(urlEqualTo("/")).withHeader("Authorization", containing("Credential=" + KEY_ID + "/"))
        .withHeader("X-Amz-Security-Token", equalTo(TOKEN)));
    noCredentialAnywhere(failure);
  }

  @Test
  void credentialsFromAProfileAreUsedButNeverLoggedOrWritten() throws IOException {
    Path credentials = dir.resolve("aws/credentials");
    Files.createDirectories(credentials.getParent());
    Files.writeString(credentials, "[hostile]\naws_access_key_id = " + KEY_ID + "\naws_secret_access_key = " + SECRET
        + "\naws_session_token = " + TOKEN + "\n");
    Files.writeString(dir.resolve("aws/config"), "[profile hostile]\nregion = eu-west-1\n");
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    System.setProperty("aws.configFile", dir.resolve("aws/config").toString());
    ordersStack();

    Optional<RuntimeException> failure = snapshot(Optional.of("hostile"));

    assertThat(failure).isEmpty();
    aws.verify(postRequestedFor(urlEqualTo("/")).withHeader("Authorization", containing("Credential=" + KEY_ID + "/")));
    noCredentialAnywhere(failure);
  }

  @Test
  void aRejectedSignatureWhoseMessageEchoesTheRequestLeaksNoCredential() throws IOException {
    credentialsInSystemProperties();
    errorEchoingTheRequest(403, "SignatureDoesNotMatch");

    Optional<RuntimeException> failure = snapshot(Optional.empty());

    assertThat(failure).get().isInstanceOf(AwsException.class).extracting(Throwable::getMessage).asString()
        .contains("AWS rejected the credentials (SignatureDoesNotMatch)");
    noCredentialAnywhere(failure);
  }

  @Test
  void anAccessDeniedWhoseMessageEchoesTheRequestLeaksNoCredential() throws IOException {
    credentialsInSystemProperties();
    errorEchoingTheRequest(403, "AccessDenied");

    Optional<RuntimeException> failure = snapshot(Optional.empty());

    assertThat(failure).get().isInstanceOf(AwsException.class).extracting(Throwable::getMessage).asString()
        .contains("access denied", "cloudformation:DescribeStacks", "request id req-1");
    noCredentialAnywhere(failure);
  }

  @Test
  void anyOtherAwsErrorEchoingTheRequestLeaksNoCredential() throws IOException {
    credentialsInSystemProperties();
    errorEchoingTheRequest(400, "ValidationError");

    Optional<RuntimeException> failure = snapshot(Optional.empty());

    assertThat(failure).get().isInstanceOf(AwsException.class).extracting(Throwable::getMessage).asString()
        .contains("cloudformation:DescribeStacks failed (ValidationError)", "request id req-1");
    noCredentialAnywhere(failure);
  }

  @Test
  void aBrokenProfileFileIsReportedWithoutQuotingIt() throws IOException {
    Path credentials = dir.resolve("aws/credentials");
    Files.createDirectories(credentials.getParent());
    Files.writeString(credentials, "[hostile]\naws_access_key_id = " + KEY_ID + "\n" + SECRET + "\n"
        + "aws_session_token " + TOKEN + "\n");
    Files.writeString(dir.resolve("aws/config"), "[profile hostile]\nregion = eu-west-1\n");
    System.setProperty("aws.sharedCredentialsFile", credentials.toString());
    System.setProperty("aws.configFile", dir.resolve("aws/config").toString());
    ordersStack();

    Optional<RuntimeException> failure = snapshot(Optional.of("hostile"));

    assertThat(failure).get().isInstanceOf(StackdocsException.UserProblem.class).extracting(Throwable::getMessage)
        .asString().contains("the AWS config or credentials file cannot be read", "line 3");
    noCredentialAnywhere(failure);
  }
}
