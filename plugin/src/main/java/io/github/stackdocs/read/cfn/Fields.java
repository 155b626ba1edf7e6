package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Typed access to the entries of a mapping; a wrong shape becomes an ERROR saying what was expected, or a WARN for
 * parts CloudFormation deploys whatever their shape ({@link #lenient}: console metadata).
 */
final class Fields {
  private final Problems problems;
  private final boolean lenient;

  Fields(Problems problems) {
    this(problems, false);
  }

  private Fields(Problems problems, boolean lenient) {
    this.problems = problems;
    this.lenient = lenient;
  }

  /** Fields whose wrong shapes are WARN findings ({@code wrong-type}). */
  static Fields lenient(Problems problems) {
    return new Fields(problems, true);
  }

  private void wrongType(String message, io.github.stackdocs.model.SourceLocation location) {
    if (lenient) {
      problems.warn("wrong-type", message, location);
    } else {
      problems.error("wrong-type", message, location);
    }
  }

  /** A scalar as text (numbers and booleans as written); empty when absent or null. */
  Optional<String> text(MapNode map, String key, String what) {
    Node node = map.get(key);
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode s) {
      return Optional.of(s.text());
    }
    wrongType(what + " must be a string, found " + NodeKinds.describe(node), node.location());
    return Optional.empty();
  }

  /** A mapping; empty when absent. */
  Optional<MapNode> mapping(MapNode map, String key, String what) {
    Node node = map.get(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof MapNode m) {
      return Optional.of(m);
    }
    wrongType(what + " must be a mapping, found " + NodeKinds.describe(node), node.location());
    return Optional.empty();
  }

  /** A string or a list of strings (as {@code DependsOn} and {@code Transform} allow); empty list when absent. */
  List<String> textOrList(MapNode map, String key, String what) {
    Node node = map.get(key);
    List<String> out = new ArrayList<>();
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return out;
    }
    if (node instanceof ScalarNode s) {
      out.add(s.text());
      return out;
    }
    if (node instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof ScalarNode s && !s.isNull()) {
          out.add(s.text());
        } else {
          wrongType(what + " items must be strings, found " + NodeKinds.describe(item),
              item.location());
        }
      }
      return out;
    }
    wrongType(what + " must be a string or a list of strings, found "
        + NodeKinds.describe(node), node.location());
    return out;
  }
}
