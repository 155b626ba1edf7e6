package io.github.stackdocs.read.deployed.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.deployed.DeployedRead;
import io.github.stackdocs.read.deployed.DeployedStateSource;
import io.github.stackdocs.read.deployed.SnapshotFolderReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackDriftDetectionStatusResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStacksResponse;
import software.amazon.awssdk.services.cloudformation.model.GetTemplateResponse;
import software.amazon.awssdk.services.cloudformation.model.StackDriftDetectionStatus;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;
import software.amazon.awssdk.services.cloudformation.model.StackResourceSummary;

/**
 * Reads deployed stacks live from CloudFormation and writes them as the AWS CLI would, one folder per stack,
 * into the layout {@link SnapshotFolderReader} reads:
 * {@code <dir>/<stack>/describe-stacks.json}, {@code list-stack-resources.json},
 * {@code describe-stack-resource-drifts.json} and {@code get-template.json}. Later builds read that folder
 * offline.
 *
 * <p>Read-only calls only ({@code DescribeStacks}, {@code ListStackResources},
 * {@code DescribeStackResourceDrifts}, {@code GetTemplate}, all pages), except with {@code detectDrift}, which
 * first starts drift detection ({@code DetectStackDrift}) and waits for it
 * ({@code DescribeStackDriftDetectionStatus}). Parameter values are written as CloudFormation returns them: NoEcho
 * values come back as {@code ****}. Nothing here logs credentials or parameter values.
 */
public final class LiveSnapshot implements DeployedStateSource {
  /** The files a stack's folder holds, by the CLI command that writes them. */
  public static final List<String> FILES = List.of("describe-stacks.json", "list-stack-resources.json",
      "describe-stack-resource-drifts.json", "get-template.json");

  private final CloudFormationClient client;
  private final Path directory;
  private final Path baseDirectory;
  private final Options options;
  private final Consumer<String> progress;

  /**
   * @param detectDrift start drift detection on each stack and wait for it before reading the drift results
   * @param pollInterval how long to wait between drift-detection status calls
   * @param driftTimeout how long to wait for one stack's drift detection at most
   */
  public record Options(boolean detectDrift, Duration pollInterval, Duration driftTimeout) {
    public static Options defaults(boolean detectDrift) {
      return new Options(detectDrift, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }
  }

  /**
   * What a snapshot did.
   *
   * @param written the stacks written, sorted
   * @param notFound the stacks CloudFormation does not know (in this account and region), sorted
   * @param warnings other things the user should hear about (drift detection that failed or timed out)
   */
  public record Report(Path directory, List<String> written, List<String> notFound, List<String> warnings) {
    public Report {
      written = List.copyOf(written);
      notFound = List.copyOf(notFound);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * @param directory the snapshot folder written (created when missing)
   * @param baseDirectory file names in findings (when read back) are relative to it
   * @param progress one line per stack; never a parameter value or credential
   */
  public LiveSnapshot(CloudFormationClient client, Path directory, Path baseDirectory, Options options,
      Consumer<String> progress) {
    this.client = client;
    this.directory = directory.toAbsolutePath().normalize();
    this.baseDirectory = baseDirectory;
    this.options = options;
    this.progress = progress;
  }

  /** Snapshots the project's top-level stacks, then reads the folder back. */
  @Override
  public DeployedRead read(List<Stack> stacks) {
    write(stacks.stream().filter(s -> s.nestedIn().isEmpty()).map(Stack::name).toList());
    return new SnapshotFolderReader(directory, baseDirectory).read(stacks);
  }

  /**
   * Reads each stack (in name order) and writes its folder. A stack CloudFormation does not know is reported in
   * {@link Report#notFound()} and the others go on.
   *
   * @throws LiveReadException no credentials or region, access denied (naming the permission), other AWS errors
   */
  public Report write(Collection<String> stackNames) {
    List<String> written = new ArrayList<>();
    List<String> notFound = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (String name : new TreeSet<>(stackNames)) {
      DescribeStacksResponse stacks;
      try {
        stacks = call("DescribeStacks", () -> client.describeStacks(b -> b.stackName(name)));
      } catch (StackNotFound e) {
        notFound.add(name);
        continue;
      }
      if (options.detectDrift()) {
        detectDrift(name, warnings);
      }
      List<StackResourceSummary> resources = call("ListStackResources", () ->
          toList(client.listStackResourcesPaginator(b -> b.stackName(name)).stackResourceSummaries()));
      List<StackResourceDrift> drifts = call("DescribeStackResourceDrifts", () ->
          client.describeStackResourceDriftsPaginator(b -> b.stackName(name)).stream()
              .flatMap(page -> page.stackResourceDrifts().stream()).toList());
      GetTemplateResponse template = call("GetTemplate", () -> client.getTemplate(b -> b.stackName(name)));

      ObjectNode templateJson = CliJson.object(template);
      if (template.templateBody() != null) {
        templateJson.set("TemplateBody", CliJson.templateBody(template.templateBody()));
      }
      Path folder = directory.resolve(name);
      writeFile(folder.resolve(FILES.get(0)), CliJson.object(stacks, Set.of("NextToken")));
      writeFile(folder.resolve(FILES.get(1)), CliJson.list("StackResourceSummaries", resources));
      writeFile(folder.resolve(FILES.get(2)), CliJson.list("StackResourceDrifts", drifts));
      writeFile(folder.resolve(FILES.get(3)), templateJson);
      progress.accept("snapshot of stack " + name + ": " + resources.size() + " resources, " + drifts.size()
          + " drift results");
      written.add(name);
    }
    return new Report(directory, written, notFound, warnings);
  }

  private void detectDrift(String name, List<String> warnings) {
    String id = call("DetectStackDrift", () -> client.detectStackDrift(b -> b.stackName(name)))
        .stackDriftDetectionId();
    progress.accept("drift detection started on stack " + name);
    Instant deadline = Instant.now().plus(options.driftTimeout());
    while (true) {
      DescribeStackDriftDetectionStatusResponse status = call("DescribeStackDriftDetectionStatus",
          () -> client.describeStackDriftDetectionStatus(b -> b.stackDriftDetectionId(id)));
      if (status.detectionStatus() != StackDriftDetectionStatus.DETECTION_IN_PROGRESS) {
        if (status.detectionStatus() == StackDriftDetectionStatus.DETECTION_FAILED) {
          warnings.add("drift detection on stack " + name + " failed (the drift results may be partial): "
              + status.detectionStatusReason());
        }
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        warnings.add("drift detection on stack " + name + " did not finish within " + options.driftTimeout()
            + "; the drift results are from the last detection that did");
        return;
      }
      try {
        Thread.sleep(options.pollInterval().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LiveReadException(LiveReadException.Kind.IO, "interrupted while waiting for drift detection", e);
      }
    }
  }

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> list = new ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  private void writeFile(Path file, JsonNode json) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, CliJson.write(json), StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new LiveReadException(LiveReadException.Kind.IO, "cannot write snapshot file " + file + ": "
          + e.getMessage(), e);
    }
  }

  /** DescribeStacks of a stack CloudFormation does not know. */
  private static final class StackNotFound extends RuntimeException {
    StackNotFound() {
      super(null, null, false, false);
    }
  }

  /** One API action, its failures turned into messages that say what to do. */
  private static <T> T call(String action, Supplier<T> call) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      throw classify(action, e);
    } catch (SdkClientException e) {
      throw classify(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw AwsMessages.profileProblem(e).orElseThrow(() -> e);
    }
  }

  /**
   * An AWS error reply as a message that says what to do. The reply's own text is scrubbed ({@link AwsMessages}) and
   * the SDK exception is not kept as the cause: its message is the unscrubbed reply, which may echo the signed
   * request. The request id stays, for AWS support.
   */
  static RuntimeException classify(String action, AwsServiceException e) {
    AwsErrorDetails details = e.awsErrorDetails();
    String code = details == null || details.errorCode() == null ? "" : details.errorCode();
    String raw = details == null || details.errorMessage() == null ? e.getMessage() : details.errorMessage();
    boolean sts = details != null && "Sts".equalsIgnoreCase(details.serviceName());
    if (!sts && code.equals("ValidationError") && raw != null && raw.contains("does not exist")) {
      return new StackNotFound();
    }
    String message = AwsMessages.scrub(raw);
    String requestId = e.requestId() == null || e.requestId().isBlank() ? "" : " (request id " + e.requestId() + ")";
    if (Set.of("InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException",
        "UnrecognizedClientException", "IncompleteSignature").contains(code)) {
      return new LiveReadException(LiveReadException.Kind.NO_CREDENTIALS, "AWS rejected the credentials ("
          + code + "): refresh them (aws sso login, new keys) or choose another 'profile'" + requestId, null);
    }
    if (code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation") || e.statusCode() == 403) {
      String permission = sts ? "sts:AssumeRole" : "cloudformation:" + action;
      return new LiveReadException(LiveReadException.Kind.ACCESS_DENIED, "access denied: the identity needs"
          + " the IAM permission " + permission + (sts ? " on the role 'roleArn'" : "")
          + " (the README lists the minimal policy); AWS said: " + message + requestId, null);
    }
    return new LiveReadException(LiveReadException.Kind.AWS_ERROR, (sts ? "sts:AssumeRole" : "cloudformation:"
        + action) + " failed (" + (code.isEmpty() ? "HTTP " + e.statusCode() : code) + "): " + message + requestId,
        null);
  }

  static LiveReadException classify(SdkClientException e) {
    String m = AwsMessages.scrub(e.getMessage());
    if (m.contains("Unable to load credentials")) {
      return new LiveReadException(LiveReadException.Kind.NO_CREDENTIALS, "no AWS credentials found: set 'profile'"
          + " (-Dstackdocs.profile=NAME) or configure the default chain (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY,"
          + " AWS_PROFILE, aws sso login, ~/.aws/credentials, a container or instance role)", e);
    }
    if (m.contains("Unable to load region")) {
      return new LiveReadException(LiveReadException.Kind.NO_REGION, "no AWS region: set 'region'"
          + " (-Dstackdocs.region=eu-west-1) or AWS_REGION", e);
    }
    return new LiveReadException(LiveReadException.Kind.IO, "cannot reach CloudFormation: " + m, e);
  }
}
