package io.github.stackdocs.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a stack came from when it was read out of a CDK cloud assembly ({@code cdk.out}).
 *
 * @param assembly the assembly folder as the user names it (relative to the base directory), e.g.
 *     {@code cdk.out} or {@code cdk.out/assembly-Prod} for a stage
 * @param artifactId the stack artifact's id in {@code manifest.json} (a nested stack's: that of the artifact
 *     deploying it)
 * @param displayName the stack's construct path, e.g. {@code Prod/Orders} or, nested, {@code Prod/Orders/Tables}
 *     (the artifact id when absent)
 * @param environment {@code aws://account/region}; either part may be {@code unknown-account} /
 *     {@code unknown-region} for environment-agnostic stacks
 * @param dependencies names of the stacks this one is deployed after, sorted
 * @param constructPaths logical id → the resource's full construct path (e.g. {@code Orders/Handler/Resource})
 * @param constructTypes construct path → construct class from {@code tree.json} (e.g.
 *     {@code aws-cdk-lib.aws_lambda.Function}), for the constructs that hold resources and their parents
 */
public record CdkOrigin(
    String assembly,
    String artifactId,
    String displayName,
    String environment,
    List<String> dependencies,
    Map<String, String> constructPaths,
    Map<String, String> constructTypes) {

  private static final String UNKNOWN_ACCOUNT = "unknown-account";
  private static final String UNKNOWN_REGION = "unknown-region";

  public CdkOrigin {
    displayName = displayName == null || displayName.isBlank() ? artifactId : displayName;
    dependencies = dependencies.stream().distinct().sorted().toList();
    constructPaths = Collections.unmodifiableMap(new TreeMap<>(constructPaths));
    constructTypes = Collections.unmodifiableMap(new TreeMap<>(constructTypes));
  }

  /** The account id, or empty when the stack is environment-agnostic. */
  public String account() {
    String a = part(0);
    return a.equals(UNKNOWN_ACCOUNT) ? "" : a;
  }

  /** The region, or empty when the stack is environment-agnostic. */
  public String region() {
    String r = part(1);
    return r.equals(UNKNOWN_REGION) ? "" : r;
  }

  private String part(int i) {
    String rest = environment.startsWith("aws://") ? environment.substring("aws://".length()) : environment;
    String[] parts = rest.split("/", 2);
    return i < parts.length ? parts[i] : "";
  }

  /**
   * The construct path of a resource relative to its stack: {@code Prod/Orders/Handler/Resource} →
   * {@code Handler/Resource} for stack {@code Prod/Orders}; empty when unknown.
   */
  public String relativePath(String logicalId) {
    String path = constructPaths.getOrDefault(logicalId, "");
    String prefix = displayName + "/";
    if (path.startsWith(prefix)) {
      return path.substring(prefix.length());
    }
    String own = artifactId + "/";
    return path.startsWith(own) ? path.substring(own.length()) : path;
  }
}
