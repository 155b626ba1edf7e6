package io.github.stackdocs.read.deployed.live;

import java.net.URI;
import java.util.Optional;

/**
 * How to reach CloudFormation, free of SDK types. Empty values mean the SDK's default chains (environment,
 * system properties, {@code ~/.aws/config} and {@code credentials}, SSO, container and instance roles).
 *
 * @param profile a named profile of the shared AWS config files
 * @param region e.g. {@code eu-west-1}
 * @param roleArn a role to assume with STS, using the credentials found first
 * @param endpoint an endpoint override (tests)
 */
public record AwsSettings(Optional<String> profile, Optional<String> region, Optional<String> roleArn,
    Optional<URI> endpoint) {
  public AwsSettings {
    profile = blankless(profile);
    region = blankless(region);
    roleArn = blankless(roleArn);
    endpoint = endpoint == null ? Optional.empty() : endpoint;
  }

  /** The SDK's defaults for everything. */
  public static AwsSettings defaults() {
    return new AwsSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<String> blankless(Optional<String> s) {
    return s == null ? Optional.empty() : s.map(String::strip).filter(v -> !v.isEmpty());
  }
}
