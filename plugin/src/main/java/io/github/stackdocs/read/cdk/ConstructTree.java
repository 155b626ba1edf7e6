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

  boolean isEmpty() {
    return types.isEmpty();
  }
}
