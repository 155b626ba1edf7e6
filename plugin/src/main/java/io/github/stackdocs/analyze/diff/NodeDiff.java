package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Structural difference of two template values: mappings by key, lists by index, down to the first
 * differing scalar, list length or intrinsic function (an intrinsic is compared and reported whole).
 */
final class NodeDiff {
  private NodeDiff() {}

  /** One differing place. */
  record Leaf(String path, Optional<Node> oldValue, Optional<Node> newValue) {}

  /**
   * Like {@link #diff}, a missing mapping counting as an empty one: each entry added or removed is a difference of
   * its own ({@code Metadata.aws:cdk:path}), not the whole mapping, so entries can be told apart (CDK bookkeeping
   * from the rest).
   */
  static void entries(String path, Node a, Node b, List<Leaf> out) {
    boolean mapOrNone = (a == null || a instanceof Node.MapNode x && !Values.intrinsic(x))
        && (b == null || b instanceof Node.MapNode y && !Values.intrinsic(y));
    if (!mapOrNone || a == null && b == null) {
      diff(path, a, b, out);
      return;
    }
    Node.MapNode empty = new Node.MapNode(java.util.Map.of(), java.util.Map.of(), null);
    diff(path, a == null ? empty : a, b == null ? empty : b, out);
  }

  /** Appends the differences of {@code a} (baseline, may be null) and {@code b} (current, may be null). */
  static void diff(String path, Node a, Node b, List<Leaf> out) {
    if (Nodes.same(a, b, true)) {
      return;
    }
    if (a instanceof Node.MapNode x && b instanceof Node.MapNode y && !Values.intrinsic(x) && !Values.intrinsic(y)) {
      Set<String> keys = new LinkedHashSet<>(x.entries().keySet());
      keys.addAll(y.entries().keySet());
      for (String k : keys) {
        diff(path + "." + k, x.get(k), y.get(k), out);
      }
      return;
    }
    if (a instanceof Node.ListNode x && b instanceof Node.ListNode y) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        diff(path + "[" + i + "]", i < x.size() ? x.get(i) : null, i < y.size() ? y.get(i) : null, out);
      }
      return;
    }
    out.add(new Leaf(path, Optional.ofNullable(a), Optional.ofNullable(b)));
  }
}
