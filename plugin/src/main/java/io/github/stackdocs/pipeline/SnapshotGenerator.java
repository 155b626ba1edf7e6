package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.SafePaths;
import io.github.stackdocs.read.deployed.live.AwsMessages;
import io.github.stackdocs.read.deployed.live.CloudFormationClients;
import io.github.stackdocs.read.deployed.live.LiveReadException;
import io.github.stackdocs.read.deployed.live.LiveSnapshot;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The {@code snapshot} goal: reads the deployed state of the project's stacks live from CloudFormation and writes
 * it as AWS CLI JSON into the snapshot folder, which {@code generate} and {@code check} then read offline. The
 * only pipeline class that loads the AWS SDK, so the other goals never pay its start-up cost.
 */
public final class SnapshotGenerator {
  private final Log log;
  private final Function<SnapshotRequest, CloudFormationClient> clients;

  public SnapshotGenerator(Log log) {
    this(log, r -> CloudFormationClients.create(r.aws()));
  }

  /** With the client factory replaced (tests pass static credentials). */
  public SnapshotGenerator(Log log, Function<SnapshotRequest, CloudFormationClient> clients) {
    this.log = log;
    this.clients = clients;
  }

  /**
   * Takes the snapshot. Stacks CloudFormation does not know are logged as warnings; the others are written.
   *
   * @param inputs the project's inputs: the stacks to read when the request names none
   * @throws AwsException no credentials or region, access denied, AWS errors
   * @throws ConfigurationException no stacks to read
   */
  public LiveSnapshot.Report run(SnapshotRequest request, DocsRequest inputs) {
    List<String> stacks = request.stacks();
    if (stacks.isEmpty()) {
      try (DocsGenerator docs = new DocsGenerator(log)) {
        stacks = docs.stackNames(inputs);
      }
      new SnapshotRequest(request.snapshotDirectory(), stacks, request.aws(), request.detectDrift()); // validates
    }
    if (stacks.isEmpty()) {
      throw new ConfigurationException("stacks", "the project has no stacks to snapshot (no templates in "
          + inputs.sourceDirectory() + "); name them with 'stacks' (-Dstackdocs.stacks=api,data)");
    }
    refuseLinksOutside(request.snapshotDirectory(), stacks);
    log.info("snapshot of " + stacks.size() + (stacks.size() == 1 ? " stack" : " stacks") + " into "
        + request.snapshotDirectory() + (request.detectDrift() ? " (with drift detection)" : ""));
    try (CloudFormationClient client = clients.apply(request)) {
      LiveSnapshot snapshot = new LiveSnapshot(client, request.snapshotDirectory(), inputs.baseDirectory(),
          LiveSnapshot.Options.defaults(request.detectDrift()), log::info);
      LiveSnapshot.Report report = snapshot.write(stacks);
      report.notFound().forEach(name -> log.warn("stack '" + name + "' not found in this account and region"
          + request.aws().region().map(r -> " (" + r + ")").orElse("") + "; not written. Check 'stacks',"
          + " 'region' and 'profile'"));
      report.warnings().forEach(log::warn);
      return report;
    } catch (LiveReadException e) {
      if (e.kind() == LiveReadException.Kind.IO) {
        throw new StackdocsException(e.getMessage(), e);
      }
      throw new AwsException(e.getMessage(), e);
    } catch (IllegalArgumentException | IllegalStateException e) { // the SDK reading a broken ~/.aws file
      LiveReadException profile = AwsMessages.profileProblem(e).orElseThrow(() -> e);
      throw new AwsException(profile.getMessage(), profile);
    }
  }

  /** Nothing is written through a symbolic link in the snapshot folder that leads out of it. */
  private static void refuseLinksOutside(java.nio.file.Path folder, List<String> stacks) {
    for (String stack : stacks) {
      for (String file : LiveSnapshot.FILES) {
        try {
          SafePaths.resolve(folder, stack + "/" + file);
        } catch (SafePaths.LinkOutsideException e) {
          throw new ConfigurationException("snapshotDirectory", e.getMessage() + "; nothing was read from AWS");
        }
      }
    }
  }
}
