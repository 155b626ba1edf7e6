package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The choices an environment makes, and nothing else: {@code Fn::If} on a known condition becomes its branch, and
 * {@code AWS::NoValue} leaves out its key or item. Every other function stays as written (its arguments pruned).
 */
final class Pruner {
  private final Conditions conditions;

  Pruner(Conditions conditions) {
    this.conditions = conditions;
  }

  Optional<Node> prune(Node node) {
    if (node instanceof MapNode m) {
      String fn = Values.function(m).orElse("");
      if (fn.equals("Ref") && m.get(fn) instanceof ScalarNode s && "AWS::NoValue".equals(s.value())) {
        return Optional.empty();
      }
      if (fn.equals("Fn::If") && m.get(fn) instanceof ListNode l && l.size() == 3
          && l.get(0) instanceof ScalarNode c && c.isString()) {
        Truth truth = conditions.named(c.text());
        if (truth != Truth.UNKNOWN) {
          return prune(l.get(truth == Truth.TRUE ? 1 : 2));
        }
        List<Node> items = new ArrayList<>(List.of(l.get(0)));
        items.add(prune(l.get(1)).orElse(l.get(1))); // an unknown choice keeps both branches, NoValue too
        items.add(prune(l.get(2)).orElse(l.get(2)));
        return Optional.of(same(items, l.items()) ? m : Values.call(fn, new ListNode(items, l.location()),
            m.location()));
      }
      return Optional.of(mapping(m));
    }
    if (node instanceof ListNode l) {
      List<Node> items = new ArrayList<>(l.size());
      for (Node item : l.items()) {
        prune(item).ifPresent(items::add);
      }
      return Optional.of(same(items, l.items()) ? l : new ListNode(items, l.location()));
    }
    return Optional.of(node);
  }

  private Node mapping(MapNode m) {
    Map<String, Node> entries = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      Optional<Node> pruned = prune(e.getValue());
      changed |= pruned.isEmpty() || pruned.get() != e.getValue();
      pruned.ifPresent(p -> entries.put(e.getKey(), p));
    }
    return changed ? new MapNode(entries, m.keyLocations(), m.location()) : m;
  }

  private static boolean same(List<Node> a, List<Node> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }
}
