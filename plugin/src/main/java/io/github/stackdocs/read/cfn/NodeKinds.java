package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;

/** Words for node shapes in messages: "a mapping", "a list", "a string", ... */
final class NodeKinds {
  private NodeKinds() {}

  static String describe(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    Object v = ((ScalarNode) node).value();
    if (v == null) {
      return "nothing (null)";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof Number) {
      return "a number";
    }
    return "a string";
  }
}
