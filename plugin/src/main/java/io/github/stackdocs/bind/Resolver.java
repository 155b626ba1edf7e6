package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates values: data mappings and lists item by item, and each intrinsic function by its own class. {@code Ref}
 * to parameters and pseudo parameters, {@code Fn::If} and {@code Fn::ImportValue} are here; {@code Ref} and {@code
 * Fn::GetAtt} of resources, {@code Fn::Transform}, {@code Fn::GetStackOutput} and unknown functions stay as written.
 */
final class Resolver {
  private final Scope scope;
  private final Report report;
  private final Conditions conditions;
  private final SubFunction sub;
  private final ListFunctions lists;
  private final MapLookup mapLookup;
  private final NetworkFunctions network;
  private final Encodings encodings;

  Resolver(Stack stack, Scope scope, Report report) {
    this.scope = scope;
    this.report = report;
    this.conditions = new Conditions(stack, report, this);
    this.sub = new SubFunction(this, report);
    this.lists = new ListFunctions(this, report);
    this.mapLookup = new MapLookup(stack, this, report);
    this.network = new NetworkFunctions(scope, this, report);
    this.encodings = new Encodings(this, report);
  }

  Conditions conditions() {
    return conditions;
  }

  Val eval(Node node) {
    if (node instanceof MapNode m) {
      String fn = Values.function(m).orElse(null);
      return fn == null ? mapping(m) : call(fn, m, m.get(fn));
    }
    if (node instanceof ListNode l) {
      return list(l);
    }
    return Val.literal(node);
  }

  private Val call(String fn, MapNode expr, Node arg) {
    if (Values.function(arg).filter("Fn::Transform"::equals).isPresent()) {
      return Val.symbolic(expr); // a macro makes the argument before functions are evaluated
    }
    return switch (fn) {
      case "Ref" -> ref(expr, arg);
      case "Fn::If" -> ifFunction(expr, arg);
      case "Fn::Sub" -> sub.apply(expr, arg);
      case "Fn::Join" -> lists.join(expr, arg);
      case "Fn::Select" -> lists.select(expr, arg);
      case "Fn::Split" -> lists.split(expr, arg);
      case "Fn::Length" -> lists.length(expr, arg);
      case "Fn::FindInMap" -> mapLookup.apply(expr, arg);
      case "Fn::GetAZs" -> network.getAzs(expr, arg);
      case "Fn::Cidr" -> network.cidr(expr, arg);
      case "Fn::Base64" -> encodings.base64(expr, arg);
      case "Fn::ToJsonString" -> encodings.toJsonString(expr, arg);
      case "Fn::ImportValue" -> importValue(expr, arg);
      default -> Val.symbolic(expr); // Fn::GetAtt, Fn::Transform, Fn::GetStackOutput, condition functions, unknown
    };
  }

  /** A data mapping: entries evaluated, {@code AWS::NoValue} entries left out. */
  private Val mapping(MapNode m) {
    Map<String, Node> shown = null;
    Map<String, Node> actual = new LinkedHashMap<>();
    boolean known = true;
    boolean secret = false;
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      Val v = eval(e.getValue());
      if (v.noValue()) {
        if (shown == null) {
          shown = copyUpTo(m, e.getKey());
        }
        continue;
      }
      if (shown == null && v.shown() != e.getValue()) {
        shown = copyUpTo(m, e.getKey());
      }
      if (shown != null) {
        shown.put(e.getKey(), v.shown());
      }
      known &= v.known();
      secret |= v.secret();
      if (known) {
        actual.put(e.getKey(), v.actual());
      }
    }
    Node shownNode = shown == null ? m : new MapNode(shown, m.keyLocations(), m.location());
    if (!known) {
      return Val.symbolic(shownNode);
    }
    Node actualNode = secret ? new MapNode(actual, m.keyLocations(), m.location()) : shownNode;
    return new Val(shownNode, actualNode, secret);
  }

  private static Map<String, Node> copyUpTo(MapNode m, String stop) {
    Map<String, Node> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      if (e.getKey().equals(stop)) {
        break;
      }
      copy.put(e.getKey(), e.getValue());
    }
    return copy;
  }

  /** A data list: items evaluated, {@code AWS::NoValue} items left out. */
  Val list(ListNode l) {
    List<Node> shown = null;
    List<Node> actual = new ArrayList<>();
    boolean known = true;
    boolean secret = false;
    for (int i = 0; i < l.size(); i++) {
      Node item = l.get(i);
      Val v = eval(item);
      if (shown == null && (v.noValue() || v.shown() != item)) {
        shown = new ArrayList<>(l.items().subList(0, i));
      }
      if (v.noValue()) {
        continue;
      }
      if (shown != null) {
        shown.add(v.shown());
      }
      known &= v.known();
      secret |= v.secret();
      if (known) {
        actual.add(v.actual());
      }
    }
    Node shownNode = shown == null ? l : new ListNode(shown, l.location());
    if (!known) {
      return Val.symbolic(shownNode);
    }
    return new Val(shownNode, secret ? new ListNode(actual, l.location()) : shownNode, secret);
  }

  /** The shown form of a function whose list of arguments was evaluated ({@code AWS::NoValue} kept as written). */
  static Node shownCall(String fn, MapNode expr, ListNode args, Val[] vals) {
    List<Node> items = new ArrayList<>(args.size());
    boolean same = true;
    for (int i = 0; i < args.size(); i++) {
      Node item = vals[i] == null || vals[i].noValue() ? args.get(i) : vals[i].shown();
      same &= item == args.get(i);
      items.add(item);
    }
    return same ? expr : Values.call(fn, new ListNode(items, args.location()), expr.location());
  }

  /** Evaluates each argument of a list. */
  Val[] each(ListNode args) {
    Val[] vals = new Val[args.size()];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = eval(args.get(i));
    }
    return vals;
  }

  private Val ref(MapNode expr, Node arg) {
    if (!(arg instanceof ScalarNode s) || !s.isString() || s.text().isEmpty()) {
      report.malformed("Ref", "the name of a parameter, pseudo parameter or resource, found "
          + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    return ref(s.text(), expr);
  }

  /** {@code Ref} of a name, standing at {@code expr} (also a {@code ${Name}} of a Sub). */
  Val ref(String name, MapNode expr) {
    SourceLocation at = expr.location();
    if (name.equals("AWS::NoValue")) {
      return Val.NO_VALUE;
    }
    if (name.startsWith("AWS::")) {
      return scope.pseudoParameter(name).map(v -> Val.literal(Values.string(v, at))).orElseGet(() ->
          Val.symbolic(expr));
    }
    return scope.parameter(name).map(bound -> {
      Node value = Values.at(bound.value(), at);
      return bound.secret() ? new Val(expr, value, true) : Val.literal(value);
    }).orElseGet(() -> Val.symbolic(expr)); // a resource, or a parameter the environment does not know
  }

  private Val ifFunction(MapNode expr, Node arg) {
    if (!(arg instanceof ListNode l) || l.size() != 3 || !(l.get(0) instanceof ScalarNode c) || !c.isString()) {
      report.malformed("Fn::If", "[condition name, value if true, value if false], found " + Values.describe(arg),
          expr.location());
      return Val.symbolic(expr);
    }
    Truth truth = conditions.named(c.text());
    if (truth == Truth.TRUE) {
      return branch(l.get(1), expr);
    }
    if (truth == Truth.FALSE) {
      return branch(l.get(2), expr);
    }
    Val yes = eval(l.get(1));
    Val no = eval(l.get(2));
    return Val.symbolic(shownCall("Fn::If", expr, l, new Val[] {null, yes, no}));
  }

  private Val branch(Node chosen, MapNode expr) {
    Val v = eval(chosen);
    if (v.noValue()) {
      return v;
    }
    Node shown = Values.at(v.shown(), expr.location());
    return new Val(shown, v.known() && !v.secret() ? shown : v.actual(), v.secret());
  }

  private Val importValue(MapNode expr, Node arg) {
    Val name = eval(arg);
    if (!name.known() || name.noValue()) {
      return Val.symbolic(name.noValue() || name.shown() == arg ? expr
          : Values.call("Fn::ImportValue", name.shown(), expr.location()));
    }
    if (!(name.actual() instanceof ScalarNode n) || n.isNull()) {
      report.malformed("Fn::ImportValue", "the name of an export (a string), found " + Values.describe(name.actual()),
          expr.location());
      return Val.symbolic(expr);
    }
    Node symbolic = Values.call("Fn::ImportValue", name.shown(), expr.location());
    return scope.importValue(n.text()).map(bound -> {
      Node value = Values.at(bound.value(), expr.location());
      boolean secret = bound.secret() || name.secret();
      return secret ? new Val(symbolic, value, true) : Val.literal(value);
    }).orElseGet(() -> Val.symbolic(symbolic));
  }
}
