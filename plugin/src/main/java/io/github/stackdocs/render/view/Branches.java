package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a list item as written may turn out: itself, or each branch of an {@code Fn::If} with the condition it
 * needs ({@code if HasZone}, {@code unless HasZone}); a branch that is {@code AWS::NoValue} adds nothing.
 */
final class Branches {
  /** Nested {@code Fn::If} deeper than this are shown as written. */
  private static final int MAX_DEPTH = 8;

  /** One way an item may turn out, and when ({@code note}: empty when always). */
  record Branch(Node value, String note) {}

  private Branches() {}

  static List<Branch> of(Node item) {
    List<Branch> result = new ArrayList<>();
    add(item, "", 0, result);
    return result;
  }

  private static void add(Node item, String note, int depth, List<Branch> out) {
    if (noValue(item)) {
      return;
    }
    if (depth < MAX_DEPTH && item instanceof Node.MapNode m && m.size() == 1
        && m.get("Fn::If") instanceof Node.ListNode l && l.size() == 3 && l.get(0) instanceof Node.ScalarNode c) {
      add(l.get(1), join(note, "if " + c.text()), depth + 1, out);
      add(l.get(2), join(note, "unless " + c.text()), depth + 1, out);
      return;
    }
    out.add(new Branch(item, note));
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : a + ", " + b;
  }

  static boolean noValue(Node n) {
    return n instanceof Node.MapNode m && m.size() == 1 && m.get("Ref") instanceof Node.ScalarNode s
        && "AWS::NoValue".equals(s.value());
  }

  /** The items of a list as written, a single value as one item. */
  static List<Node> items(Node n) {
    return n instanceof Node.ListNode l ? l.items() : List.of(n);
  }

  /** A mapping that is not an intrinsic function, else null. */
  static Node.MapNode plainMap(Node n) {
    return n instanceof Node.MapNode m && !ValueFormatter.isIntrinsic(m) ? m : null;
  }
}
