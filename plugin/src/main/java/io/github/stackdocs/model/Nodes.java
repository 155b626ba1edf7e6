package io.github.stackdocs.model;

import java.util.Locale;

/** Comparing and printing template values, shared by the readers, analyzers and renderers. */
public final class Nodes {
  private Nodes() {}

  /** True when {@code node} is a one-key mapping of an intrinsic function ({@code Ref}, {@code Fn::*}, {@code Condition}). */
  public static boolean isIntrinsic(Node node) {
    return node instanceof Node.MapNode m && m.singleKey()
        .filter(k -> k.equals("Ref") || k.equals("Condition") || k.startsWith("Fn::")).isPresent();
  }

  /** True when no intrinsic function stands anywhere in {@code node}: nothing in it is left to evaluate. */
  public static boolean literal(Node node) {
    if (isIntrinsic(node)) {
      return false;
    }
    if (node instanceof Node.MapNode m) {
      return m.entries().values().stream().allMatch(Nodes::literal);
    }
    return !(node instanceof Node.ListNode l) || l.items().stream().allMatch(Nodes::literal);
  }

  /**
   * Structural equality of two template values, locations ignored: scalars by their text, lists item by
   * item, mappings key by key.
   *
   * @param nullsMatch whether two nulls (absent values, YAML {@code null}) count as equal; when false a null
   *     never matches anything, which is what matching an alarm dimension against a resource name needs
   */
  public static boolean same(Node a, Node b, boolean nullsMatch) {
    if (a == null || b == null) {
      return nullsMatch && a == b;
    }
    if (a instanceof Node.ScalarNode x && b instanceof Node.ScalarNode y) {
      return nullsMatch ? x.isNull() == y.isNull() && x.text().equals(y.text())
          : !x.isNull() && x.text().equals(y.text());
    }
    if (a instanceof Node.ListNode x && b instanceof Node.ListNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i), nullsMatch)) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Node.MapNode x && b instanceof Node.MapNode y) {
      return x.entries().keySet().equals(y.entries().keySet())
          && x.entries().keySet().stream().allMatch(k -> same(x.get(k), y.get(k), nullsMatch));
    }
    return false;
  }

  /** Appends {@code s} as a JSON string literal (quotes, backslashes and control characters escaped). */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
