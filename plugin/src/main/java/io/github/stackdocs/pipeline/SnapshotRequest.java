package io.github.stackdocs.pipeline;

import io.github.stackdocs.read.deployed.live.AwsSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the {@code snapshot} goal was asked for.
 *
 * @param snapshotDirectory the folder written, one sub-folder per stack (the {@code deployedDirectory} of later builds)
 * @param stacks the stack names to read; empty means the project's stacks
 * @param aws profile, region, role and endpoint
 * @param detectDrift start drift detection on each stack first (starts work in the account)
 */
public record SnapshotRequest(Path snapshotDirectory, List<String> stacks, AwsSettings aws, boolean detectDrift) {
  /** CloudFormation's rule for stack names; it also keeps every stack folder inside the snapshot folder. */
  private static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");

  public SnapshotRequest {
    stacks = List.copyOf(stacks);
    for (String s : stacks) {
      if (!STACK_NAME.matcher(s).matches()) {
        throw new ConfigurationException("stacks", "'" + s + "' is not a stack name (a letter, then letters,"
            + " digits and hyphens, at most 128 characters)");
      }
    }
  }

  /** The {@code endpoint} setting (tests: a local stand-in for CloudFormation); empty when blank. */
  public static java.util.Optional<java.net.URI> parseEndpoint(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      java.net.URI uri = java.net.URI.create(endpoint.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        throw new IllegalArgumentException("no scheme or host");
      }
      return java.util.Optional.of(uri);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("endpoint", "'" + endpoint + "' is not a URL such as http://localhost:8080");
    }
  }
}
