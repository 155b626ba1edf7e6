package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Conditions that refer to each other, through {@code Condition} or the condition name of an {@code Fn::If}, however
 * deep inside their expressions: each cycle is one ERROR ({@code circular-condition}, at the value of its first
 * condition in the order written), whether or not any resource uses the conditions.
 */
final class ConditionCycles {
  private ConditionCycles() {}

  static void check(Map<String, Node> conditions, Problems problems) {
    Set<Set<String>> reported = new HashSet<>();
    Set<String> done = new HashSet<>();
    for (String start : conditions.keySet()) {
      walk(start, conditions, new ArrayList<>(), done, reported, problems);
    }
  }

  private static void walk(String name, Map<String, Node> conditions, List<String> path, Set<String> done,
      Set<Set<String>> reported, Problems problems) {
    int at = path.indexOf(name);
    if (at >= 0) {
      List<String> cycle = path.subList(at, path.size());
      if (reported.add(new TreeSet<>(cycle))) {
        String first = conditions.keySet().stream().filter(cycle::contains).findFirst().orElse(name);
        List<String> from = new ArrayList<>(cycle.subList(cycle.indexOf(first), cycle.size()));
        from.addAll(cycle.subList(0, cycle.indexOf(first)));
        problems.error("circular-condition", "condition '" + first + "' depends on itself (" + String.join(" -> ", from)
            + " -> " + first + "); CloudFormation rejects circular conditions", conditions.get(first).location());
      }
      return;
    }
    if (done.contains(name) || !conditions.containsKey(name)) {
      return;
    }
    path.add(name);
    for (String next : referenced(conditions.get(name), new LinkedHashSet<>())) {
      walk(next, conditions, path, done, reported, problems);
    }
    path.remove(path.size() - 1);
    done.add(name);
  }

  /** The condition names an expression refers to. */
  private static Set<String> referenced(Node node, Set<String> out) {
    if (node instanceof ListNode list) {
      list.items().forEach(i -> referenced(i, out));
    } else if (node instanceof MapNode map) {
      if (map.size() == 1 && map.get("Condition") instanceof ScalarNode s && s.isString()) {
        out.add(s.text());
      } else if (map.size() == 1 && map.get("Fn::If") instanceof ListNode l && l.size() > 0
          && l.get(0) instanceof ScalarNode s && s.isString()) {
        out.add(s.text());
      }
      map.entries().values().forEach(v -> referenced(v, out));
    }
    return out;
  }
}
