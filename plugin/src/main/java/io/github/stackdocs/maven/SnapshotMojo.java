package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.SnapshotGenerator;
import io.github.stackdocs.pipeline.SnapshotRequest;
import io.github.stackdocs.read.deployed.live.AwsSettings;
import io.github.stackdocs.read.deployed.live.LiveSnapshot;
import java.io.File;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the deployed state of the project's stacks live from AWS CloudFormation (read-only calls:
 * DescribeStacks, ListStackResources, DescribeStackResourceDrifts, GetTemplate) and writes it as AWS CLI JSON,
 * one folder per stack, into {@code snapshotDirectory}. Point {@code deployedDirectory} at that folder and every
 * later {@code generate} and {@code check} reads it offline. Credentials and region come from the AWS SDK's
 * default chains unless {@code profile}, {@code region} or {@code roleArn} say otherwise. Bound to no phase: run
 * it on purpose, {@code mvn stackdocs:snapshot}.
 *
 * @since 0.1.0
 */
@Mojo(name = "snapshot", threadSafe = true, requiresProject = true)
public class SnapshotMojo extends AbstractStackdocsMojo {

  /**
   * Where the snapshot is written: {@code <stack>/describe-stacks.json}, {@code list-stack-resources.json},
   * {@code describe-stack-resource-drifts.json}, {@code get-template.json}. Commit it, and set
   * {@code deployedDirectory} to it.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SNAPSHOT_DIRECTORY, defaultValue = "${project.basedir}/src/main/deployed")
  private File snapshotDirectory;

  /**
   * The deployed stack names to read (comma list). Default: the stacks {@code generate} documents.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.STACKS)
  private List<String> stacks;

  /**
   * A named profile of {@code ~/.aws/config} and {@code ~/.aws/credentials}. Default: the SDK's default chain
   * ({@code AWS_PROFILE}, environment, SSO, container and instance roles).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PROFILE)
  private String profile;

  /**
   * The AWS region, e.g. {@code eu-west-1}. Default: the SDK's region chain ({@code AWS_REGION}, the profile).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REGION)
  private String region;

  /**
   * A role to assume (STS AssumeRole) with the credentials found, e.g. a read-only role in the workload account.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ROLE_ARN)
  private String roleArn;

  /**
   * Start drift detection on each stack (DetectStackDrift) and wait for it before reading the drift results.
   * Off by default: it starts work in the account and needs read permissions on every resource type.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DETECT_DRIFT, defaultValue = "false")
  private boolean detectDrift;

  /**
   * For tests only: the CloudFormation endpoint, e.g. a local mock server.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ENDPOINT)
  private String endpoint;

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SNAPSHOT_SKIP, defaultValue = "false")
  private boolean snapshotSkip;

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return snapshotSkip;
  }

  @Override
  boolean requiresTemplates() {
    return stacks == null || stacks.isEmpty(); // named stacks need no templates
  }

  @Override
  protected boolean readsDeployedState() {
    return false;
  }

  @Override
  void run(DocsRequest inputs, MavenLog log) {
    SnapshotRequest request = new SnapshotRequest(snapshotDirectory.toPath(), names(stacks),
        new AwsSettings(Optional.ofNullable(profile), Optional.ofNullable(region), Optional.ofNullable(roleArn),
            endpoint()), detectDrift);
    LiveSnapshot.Report report = new SnapshotGenerator(log).run(request, inputs);
    getLog().info("stackdocs: snapshot of " + report.written().size() + " stack(s) written to "
        + report.directory() + (report.notFound().isEmpty() ? "" : "; not found: " + report.notFound()));
  }

  private Optional<URI> endpoint() {
    return SnapshotRequest.parseEndpoint(endpoint);
  }

  private static List<String> names(List<String> configured) {
    if (configured == null) {
      return List.of();
    }
    return configured.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
        .filter(s -> !s.isEmpty()).distinct().toList();
  }
}
