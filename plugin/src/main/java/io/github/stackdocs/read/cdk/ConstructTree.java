package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The construct classes of {@code tree.json} ({@code version: tree-0.1}): construct path → fully
 * qualified class name from {@code constructInfo.fqn}. Nodes without a class are left out.
 */
final class ConstructTree {
  private final Map<String, String> types;

  private ConstructTree(Map<String, String> types) {
    this.types = types;
  }

  static ConstructTree empty() {
    return new ConstructTree(Map.of());
  }

  static ConstructTree of(JsonNode root) {
    Map<String, String> types = new TreeMap<>();
    walk(root.path("tree"), types, 0);
    return new ConstructTree(types);
  }

  private static void walk(JsonNode node, Map<String, String> types, int depth) {
    if (!node.isObject() || depth > 200) {
      return;
    }
    String path = node.path("path").asText("");
    String fqn = node.path("constructInfo").path("fqn").asText("");
    if (!path.isEmpty() && !fqn.isEmpty()) {
      types.put(path, fqn);
    }
    JsonNode children = node.path("children");
    if (children.isObject()) {
      children.elements().forEachRemaining(c -> walk(c, types, depth + 1));
    }
  }

  /** The class of the construct at {@code path}, or empty. */
  String type(String path) {
    return types.getOrDefault(path, "");
  }

  /** Construct path → class of every construct at or above {@code paths} that has a class. */
  Map<String, String> typesAbove(java.util.Collection<String> paths) {
    Map<String, String> result = new java.util.LinkedHashMap<>();
    for (String path : paths) {
      for (String p = path; !p.isEmpty(); p = p.lastIndexOf('/') < 0 ? "" : p.substring(0, p.lastIndexOf('/'))) {
        String type = type(p);
        if (!type.isEmpty()) {
          result.put(p, type);
        }
      }
    }
    return result;
  }

  boolean isEmpty() {
    return types.isEmpty();
  }
}
