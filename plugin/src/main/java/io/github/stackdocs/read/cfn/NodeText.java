package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.Map;

/** A node as compact one-line JSON, for values that are usually words but may be expressions. */
final class NodeText {
  private NodeText() {}

  static String compact(Node node) {
    StringBuilder sb = new StringBuilder();
    append(sb, node);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Node node) {
    if (node instanceof MapNode m) {
      sb.append('{');
      String sep = "";
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        sb.append(sep);
        Nodes.appendQuoted(sb, e.getKey());
        sb.append(':');
        append(sb, e.getValue());
        sep = ",";
      }
      sb.append('}');
    } else if (node instanceof ListNode l) {
      sb.append('[');
      String sep = "";
      for (Node item : l.items()) {
        sb.append(sep);
        append(sb, item);
        sep = ",";
      }
      sb.append(']');
    } else {
      ScalarNode s = (ScalarNode) node;
      if (s.isString()) {
        Nodes.appendQuoted(sb, s.text());
      } else {
        sb.append(s.isNull() ? "null" : s.text());
      }
    }
  }
}
