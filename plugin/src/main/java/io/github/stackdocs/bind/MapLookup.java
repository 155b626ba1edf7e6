package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Stack;

/**
 * {@code Fn::FindInMap}: {@code [MapName, TopLevelKey, SecondLevelKey]}, and the language extensions' {@code [MapName,
 * TopLevelKey, SecondLevelKey, {DefaultValue: value}]}, which gives the default where a key is missing. A missing
 * key without a default is an error.
 */
final class MapLookup {
  private final Stack stack;
  private final Resolver resolver;
  private final Report report;

  MapLookup(Stack stack, Resolver resolver, Report report) {
    this.stack = stack;
    this.resolver = resolver;
    this.report = report;
  }

  Val apply(MapNode expr, Node arg) {
    Node fallback = null;
    if (arg instanceof ListNode l && l.size() == 4 && l.get(3) instanceof MapNode options
        && options.size() == 1 && options.has("DefaultValue")) {
      fallback = options.get("DefaultValue");
    } else if (!(arg instanceof ListNode l) || l.size() != 3) {
      report.malformed("Fn::FindInMap", "[MapName, TopLevelKey, SecondLevelKey] or the same with "
          + "{DefaultValue: value}, found " + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    ListNode l = (ListNode) arg;
    Val[] keys = new Val[l.size()];
    boolean known = true;
    boolean secret = false;
    for (int i = 0; i < 3; i++) {
      keys[i] = resolver.eval(l.get(i));
      known &= !keys[i].noValue() && keys[i].known() && keys[i].actual() instanceof ScalarNode s && !s.isNull();
      secret |= keys[i].secret();
    }
    if (!known) {
      if (fallback != null) {
        keys[3] = resolver.eval(l.get(3));
      }
      return Val.symbolic(Resolver.shownCall("Fn::FindInMap", expr, l, keys));
    }
    String map = text(keys[0]);
    String top = text(keys[1]);
    String second = text(keys[2]);
    Node found = lookup(map, top, second);
    if (found == null) {
      if (fallback != null) {
        Val v = resolver.eval(fallback);
        return secret && v.known() ? new Val(Resolver.shownCall("Fn::FindInMap", expr, l, keys), v.actual(), true)
            : v;
      }
      report.error("find-in-map-missing-key", "Fn::FindInMap: " + missing(map, top, second, secret)
          + "; expected a key of the mapping, or a DefaultValue (AWS::LanguageExtensions)", expr.location());
      return Val.symbolic(Resolver.shownCall("Fn::FindInMap", expr, l, keys));
    }
    return Val.computed(Values.at(found, expr.location()), secret,
        () -> Resolver.shownCall("Fn::FindInMap", expr, l, keys));
  }

  private static String text(Val v) {
    return ((ScalarNode) v.actual()).text();
  }

  private Node lookup(String map, String top, String second) {
    Node m = stack.mappings().map(all -> all.get(map)).orElse(null);
    Node t = m instanceof MapNode mm ? mm.get(top) : null;
    return t instanceof MapNode tm ? tm.get(second) : null;
  }

  /** What is missing; keys from a secret are not named. */
  private String missing(String map, String top, String second, boolean secret) {
    Node m = stack.mappings().map(all -> all.get(map)).orElse(null);
    if (secret) {
      return "a key is not in mapping" + (m == null ? "s" : " '" + map + "'");
    }
    if (!(m instanceof MapNode mm)) {
      return "there is no mapping '" + map + "'";
    }
    if (!(mm.get(top) instanceof MapNode)) {
      return "mapping '" + map + "' has no top-level key '" + top + "'";
    }
    return "mapping '" + map + "' has no key '" + second + "' under '" + top + "'";
  }
}
