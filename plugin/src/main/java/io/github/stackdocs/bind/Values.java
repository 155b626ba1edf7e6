package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Building and reading the values the evaluator works on. */
final class Values {
  /** The longest string a function may produce (a Join, Sub, Base64, ToJsonString result): 1 MiB of characters. */
  static final int MAX_TEXT = 1 << 20;

  private Values() {}

  /**
   * The value standing where an expression was: its top node takes the expression's location (lists and mappings
   * share their items, so this costs no copy of a list).
   */
  static Node at(Node value, SourceLocation location) {
    if (value.location().equals(location)) {
      return value;
    }
    if (value instanceof ScalarNode s) {
      return new ScalarNode(s.value(), location);
    }
    if (value instanceof ListNode l) {
      return new ListNode(l.items(), location);
    }
    MapNode m = (MapNode) value;
    return new MapNode(m.entries(), m.keyLocations(), location);
  }

  static ScalarNode string(String text, SourceLocation location) {
    return new ScalarNode(text, location);
  }

  /** A one-key mapping: an intrinsic function call as written in long form. */
  static MapNode call(String function, Node argument, SourceLocation location) {
    return new MapNode(Map.of(function, argument), Map.of(function, location), location);
  }

  static ListNode list(List<Node> items, SourceLocation location) {
    return new ListNode(items, location);
  }

  /** A scalar's text as CloudFormation sees it (numbers and booleans as written); empty for lists and mappings. */
  static Optional<String> text(Node node) {
    return node instanceof ScalarNode s ? Optional.of(s.text()) : Optional.empty();
  }

  /** The function name of a one-key mapping that is an intrinsic function ({@code Ref}, {@code Fn::*}). */
  static Optional<String> function(Node node) {
    if (node instanceof MapNode m && m.size() == 1) {
      String key = m.entries().keySet().iterator().next();
      if (key.equals("Ref") || key.startsWith("Fn::")) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }

  /** A short description of a value's shape for a finding. */
  static String describe(Node node) {
    if (node == null) {
      return "nothing";
    }
    if (node instanceof MapNode m) {
      return function(m).map(f -> "a " + f).orElse("a mapping");
    }
    if (node instanceof ListNode l) {
      return "a list of " + l.size();
    }
    ScalarNode s = (ScalarNode) node;
    return s.isNull() ? "null" : s.value() instanceof String ? "a string" : "a " + s.value().getClass().getSimpleName()
        .toLowerCase(java.util.Locale.ROOT);
  }
}
