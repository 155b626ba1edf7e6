package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The truth of named conditions (memoised) and of condition functions: {@code Fn::Equals} (values compared in their
 * string forms, as CloudFormation does), {@code Fn::And}, {@code Fn::Or}, {@code Fn::Not} and {@code Condition}.
 * A condition that depends on itself is reported once and is {@code UNKNOWN}, as is every condition on its cycle. A
 * secret value may decide a condition: only the truth leaves this class.
 */
final class Conditions {
  private final Stack stack;
  private final Report report;
  private final Resolver resolver;
  private final Map<String, Truth> memo = new HashMap<>();
  /** The named conditions being evaluated, outermost first. */
  private final List<String> path = new ArrayList<>();
  private final Set<String> onCycle = new HashSet<>();

  Conditions(Stack stack, Report report, Resolver resolver) {
    this.stack = stack;
    this.report = report;
    this.resolver = resolver;
  }

  /** A named condition's truth; an undefined one is {@code UNKNOWN} (the reference validator reports it). */
  Truth named(String name) {
    Truth known = memo.get(name);
    if (known != null) {
      return known;
    }
    Node expr = stack.conditions().get(name);
    if (expr == null) {
      return Truth.UNKNOWN;
    }
    int at = path.indexOf(name);
    if (at >= 0) {
      List<String> cycle = path.subList(at, path.size());
      onCycle.addAll(cycle);
      report.error("circular-condition", "condition '" + name + "' depends on itself (" + String.join(" -> ", cycle)
          + " -> " + name + "); CloudFormation rejects circular conditions", expr.location());
      return Truth.UNKNOWN;
    }
    path.add(name);
    Truth truth;
    try {
      truth = eval(expr);
    } finally {
      path.remove(path.size() - 1);
    }
    if (onCycle.contains(name)) {
      truth = Truth.UNKNOWN;
    }
    memo.put(name, truth);
    return truth;
  }

  /** The truth of a condition expression. */
  Truth eval(Node expr) {
    String fn = expr instanceof MapNode m && m.size() == 1 ? m.entries().keySet().iterator().next() : "";
    Node arg = fn.isEmpty() ? null : ((MapNode) expr).get(fn);
    SourceLocation at = expr.location();
    switch (fn) {
      case "Fn::Equals":
        return equalsFunction(arg, at);
      case "Fn::And":
      case "Fn::Or":
        return andOr(fn, arg, at);
      case "Fn::Not":
        if (arg instanceof ListNode l && l.size() == 1) {
          Truth t = eval(l.get(0));
          return t == Truth.UNKNOWN ? t : t == Truth.TRUE ? Truth.FALSE : Truth.TRUE;
        }
        report.malformed("Fn::Not", "a list of one condition, found " + Values.describe(arg), at);
        return Truth.UNKNOWN;
      case "Condition":
        if (arg instanceof ScalarNode s && s.isString()) {
          return named(s.text());
        }
        report.malformed("Condition", "the name of a condition, found " + Values.describe(arg), at);
        return Truth.UNKNOWN;
      default:
        report.malformed("a condition", "Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition, found "
            + Values.describe(expr), at);
        return Truth.UNKNOWN;
    }
  }

  private Truth equalsFunction(Node arg, SourceLocation at) {
    if (!(arg instanceof ListNode l) || l.size() != 2) {
      report.malformed("Fn::Equals", "a list of two values, found " + Values.describe(arg), at);
      return Truth.UNKNOWN;
    }
    Val a = resolver.eval(l.get(0));
    Val b = resolver.eval(l.get(1));
    if (!a.known() || !b.known()) {
      return Truth.UNKNOWN;
    }
    return Nodes.same(a.actual(), b.actual(), true) ? Truth.TRUE : Truth.FALSE;
  }

  /** {@code Fn::And}: false when one is false; {@code Fn::Or}: true when one is true; else unknown if one is. */
  private Truth andOr(String fn, Node arg, SourceLocation at) {
    if (!(arg instanceof ListNode l) || l.size() < 2 || l.size() > 10) {
      report.malformed(fn, "a list of 2 to 10 conditions, found " + Values.describe(arg), at);
      if (!(arg instanceof ListNode)) {
        return Truth.UNKNOWN;
      }
    }
    Truth decisive = fn.equals("Fn::And") ? Truth.FALSE : Truth.TRUE;
    boolean unknown = false;
    boolean decided = false;
    for (Node item : ((ListNode) arg).items()) {
      Truth t = eval(item); // every operand is evaluated, so each problem in it is reported
      decided |= t == decisive;
      unknown |= t == Truth.UNKNOWN;
    }
    if (decided) {
      return decisive;
    }
    if (unknown) {
      return Truth.UNKNOWN;
    }
    return decisive == Truth.FALSE ? Truth.TRUE : Truth.FALSE;
  }
}
