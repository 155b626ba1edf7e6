package io.github.stackdocs.read.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The construct paths that a stack artifact's metadata ({@code aws:cdk:logicalId} entries, inline in the manifest
 * or in its {@code *.metadata.json}) gives logical ids, told apart by the stack that holds them: the artifact's
 * metadata also names the resources of its nested stacks, whose logical ids may repeat the parent's
 * ({@code CDKMetadata}). A nested stack at construct path {@code P} is known by its resource
 * {@code P.NestedStack/….NestedStackResource}; it holds the entries under {@code P/} that no deeper nested stack
 * holds, and the artifact's own stack holds the rest.
 */
public final class LogicalIdPaths {
  private static final String RESOURCE = ".NestedStackResource";
  private static final String STACK = ".NestedStack";

  private final List<String[]> entries = new ArrayList<>(); // path, logical id; in the metadata's order
  private final Set<String> nested = new TreeSet<>();

  /** A construct path (no leading {@code /}) that the metadata gives {@code logicalId}. */
  void add(String path, String logicalId) {
    entries.add(new String[] {path, logicalId});
    nestedStackPath(path).ifPresent(nested::add);
  }

  /**
   * The construct path of the nested stack that the {@code AWS::CloudFormation::Stack} resource at
   * {@code resourcePath} creates: {@code App/Parent/Child.NestedStack/Child.NestedStackResource} →
   * {@code App/Parent/Child}; empty for any other path.
   */
  public static Optional<String> nestedStackPath(String resourcePath) {
    int slash = resourcePath.lastIndexOf('/');
    if (!resourcePath.endsWith(RESOURCE) || slash <= 0) {
      return Optional.empty();
    }
    String p = resourcePath.substring(0, slash);
    p = p.endsWith(STACK) ? p.substring(0, p.length() - STACK.length()) : p;
    return p.isEmpty() || p.endsWith("/") ? Optional.empty() : Optional.of(p);
  }

  /**
   * Logical id → construct path of the resources of the stack at {@code stackPath}: a nested stack's construct
   * path, or empty for the artifact's own stack. The first entry of a logical id wins.
   */
  public Map<String, String> of(String stackPath) {
    Map<String, String> byId = new LinkedHashMap<>();
    for (String[] e : entries) {
      if (owner(e[0]).equals(stackPath)) {
        byId.putIfAbsent(e[1], e[0]);
      }
    }
    return byId;
  }

  /** The nested stack holding the construct at {@code path}: the longest nested stack path above it, or empty. */
  private String owner(String path) {
    String best = "";
    for (String n : nested) {
      if (path.startsWith(n + "/") && n.length() > best.length()) {
        best = n;
      }
    }
    return best;
  }
}
