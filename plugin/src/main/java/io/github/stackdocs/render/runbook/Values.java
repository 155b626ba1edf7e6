package io.github.stackdocs.render.runbook;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.render.view.ValueFormatter;

/** Template values as one line of runbook text. */
final class Values {
  private Values() {}

  /**
   * A literal as is, a {@code !Sub} string as its pattern, a {@code !Ref X} as {@code ${X}}, else the whole short form
   * (never cut: the page wraps it).
   */
  static String text(Node node) {
    if (node == null) {
      return "";
    }
    if (node instanceof Node.MapNode m && m.singleKey().filter("Fn::Sub"::equals).isPresent()
        && m.get("Fn::Sub") instanceof Node.ScalarNode s) {
      return s.text().replaceAll("\\s+", " ");
    }
    return ValueFormatter.inline(node).replaceAll("\\s+", " ");
  }

  /** As {@link #text}, but a {@code !Ref X} reads {@code ${X}}: for a value inside a longer name. */
  static String inName(Node node) {
    if (node instanceof Node.MapNode m && m.singleKey().filter("Ref"::equals).isPresent()
        && m.get("Ref") instanceof Node.ScalarNode s) {
      return "${" + s.text() + "}";
    }
    return text(node);
  }

  /** True when the text is an expression resolved at deploy time. */
  static boolean isExpression(String value) {
    return value.contains("${") || value.startsWith("!");
  }
}
