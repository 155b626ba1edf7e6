package io.github.stackdocs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value from a template, as written (intrinsic functions in their long form, {@code {"Ref": "X"}}),
 * with the location of its first character. Immutable; mapping order is the source order.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  SourceLocation location();

  /** A mapping; keys are unique. */
  record MapNode(Map<String, Node> entries, Map<String, SourceLocation> keyLocations, SourceLocation location)
      implements Node {
    public MapNode {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyLocations = Collections.unmodifiableMap(new LinkedHashMap<>(keyLocations));
    }

    public Node get(String key) {
      return entries.get(key);
    }

    public boolean has(String key) {
      return entries.containsKey(key);
    }

    public int size() {
      return entries.size();
    }

    /** The location of a key, falling back to the mapping's own location. */
    public SourceLocation keyLocation(String key) {
      return keyLocations.getOrDefault(key, location);
    }

    /** The only key of a one-entry mapping (the shape of an intrinsic function), else empty. */
    public Optional<String> singleKey() {
      return entries.size() == 1 ? Optional.of(entries.keySet().iterator().next()) : Optional.empty();
    }
  }

  /** A sequence. */
  record ListNode(List<Node> items, SourceLocation location) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    public int size() {
      return items.size();
    }

    public Node get(int i) {
      return items.get(i);
    }
  }

  /** A scalar. {@code value} is a String, a Boolean, a Number (Long, BigInteger, Double, BigDecimal) or null. */
  record ScalarNode(Object value, SourceLocation location) implements Node {
    public boolean isString() {
      return value instanceof String;
    }

    public boolean isNull() {
      return value == null;
    }

    /** The scalar as CloudFormation would see it as a string ("true", "42", "" for null). */
    public String text() {
      return value == null ? "" : value.toString();
    }
  }

  /** The string form of a scalar; empty for mappings and lists. */
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  static ScalarNode string(String value, SourceLocation location) {
    return new ScalarNode(value, location);
  }
}
