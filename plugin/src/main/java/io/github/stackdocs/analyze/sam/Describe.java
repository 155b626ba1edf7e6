package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.stream.Collectors;

/** Short display text of an event property: scalars as is, {@code Ref}/{@code GetAtt} by name, else a summary. */
final class Describe {
  private static final int MAX = 80;

  private Describe() {}

  static String value(Node node, SamValues values) {
    String text = raw(node);
    return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
  }

  private static String raw(Node node) {
    if (node instanceof ScalarNode s) {
      return s.text();
    }
    if (node instanceof ListNode l) {
      return l.items().stream().map(Describe::raw).collect(Collectors.joining(", "));
    }
    MapNode m = (MapNode) node;
    String key = m.singleKey().orElse("");
    Node arg = m.get(key);
    if (key.equals("Ref")) {
      return "!Ref " + raw(arg);
    }
    if (key.equals("Fn::GetAtt")) {
      return "!GetAtt " + (arg instanceof ListNode l
          ? l.items().stream().map(Describe::raw).collect(Collectors.joining(".")) : raw(arg));
    }
    if (key.startsWith("Fn::")) {
      return "!" + key.substring(4) + " …";
    }
    return "{" + String.join(", ", m.entries().keySet()) + "}";
  }
}
