package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.read.cfn.SubPlaceholders;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code Fn::Sub}, both forms. Each {@code ${Name}} is the variable map's value, else a {@code Ref} to a parameter or
 * pseudo parameter; {@code ${Name.Attr}} and resources stay. When some variables are not known (or are secret), the
 * result is a {@code Fn::Sub} with the known ones put in and the others as {@code ${...}}, and only the variables it
 * still uses in its map.
 */
final class SubFunction {
  private final Resolver resolver;
  private final Report report;

  SubFunction(Resolver resolver, Report report) {
    this.resolver = resolver;
    this.report = report;
  }

  /** One piece of the result: text put in, or a variable kept as {@code ${name}}. */
  private record Piece(String text, boolean variable) {}

  Val apply(MapNode expr, Node arg) {
    String template;
    MapNode vars = null;
    if (arg instanceof ScalarNode s && s.isString()) {
      template = s.text();
    } else if (arg instanceof ListNode l && (l.size() == 1 || l.size() == 2) && l.get(0) instanceof ScalarNode s
        && s.isString() && (l.size() == 1 || l.get(1) instanceof MapNode)) {
      template = s.text();
      vars = l.size() == 2 ? (MapNode) l.get(1) : null;
    } else {
      report.malformed("Fn::Sub", "a string, or [string, mapping of variables], found " + Values.describe(arg),
          expr.location());
      return Val.symbolic(expr);
    }
    Map<String, Val> values = new HashMap<>();
    List<Piece> pieces = new ArrayList<>();
    StringBuilder actual = new StringBuilder();
    boolean known = true;
    boolean secret = false;
    boolean substituted = false;
    for (SubPlaceholders.Part part : SubPlaceholders.parse(template)) {
      if (!part.variable()) {
        pieces.add(new Piece(part.text(), false));
        actual.append(part.text());
        continue;
      }
      Val v = variable(part.text(), vars, values, expr);
      String text = v.known() && v.actual() instanceof ScalarNode s ? s.text() : null;
      if (v.known() && text == null) {
        report.malformed("Fn::Sub", "variable '" + part.text() + "' to be a string, found "
            + Values.describe(v.actual()), expr.location());
      }
      if (text == null) {
        known = false;
      } else {
        actual.append(text);
        secret |= v.secret();
      }
      if (text != null && !v.secret()) {
        pieces.add(new Piece(text, false));
        substituted = true;
      } else {
        pieces.add(new Piece(part.text(), true));
      }
      if (actual.length() > Values.MAX_TEXT) {
        return tooLarge(expr);
      }
    }
    if (known) {
      Node value = Values.string(actual.toString(), expr.location());
      if (!secret) {
        return Val.literal(value);
      }
      return new Val(rebuild(expr, pieces, vars, values, substituted), value, true);
    }
    return Val.symbolic(rebuild(expr, pieces, vars, values, substituted));
  }

  private Val variable(String name, MapNode vars, Map<String, Val> values, MapNode expr) {
    Val cached = values.get(name);
    if (cached != null) {
      return cached;
    }
    Val v;
    if (vars != null && vars.has(name)) {
      v = resolver.eval(vars.get(name));
      if (v.noValue()) {
        v = Val.symbolic(vars.get(name));
      }
    } else if (name.isEmpty() || name.indexOf('.') > 0) {
      v = Val.symbolic(expr); // ${Resource.Attribute}: a GetAtt, kept
    } else {
      v = resolver.ref(name, Values.call("Ref", Values.string(name, expr.location()), expr.location()));
      if (v.noValue()) {
        v = Val.symbolic(expr);
      }
    }
    values.put(name, v);
    return v;
  }

  /** The partially known Sub: text put in (with {@code ${} escaped as {@code ${!}), the rest as written. */
  private Node rebuild(MapNode expr, List<Piece> pieces, MapNode vars, Map<String, Val> values,
      boolean substituted) {
    Map<String, Node> kept = new LinkedHashMap<>();
    boolean varsChanged = false;
    if (vars != null) {
      Set<String> used = new HashSet<>();
      pieces.stream().filter(Piece::variable).forEach(p -> used.add(p.text()));
      for (Map.Entry<String, Node> e : vars.entries().entrySet()) {
        Val v = values.get(e.getKey());
        if (!used.contains(e.getKey())) {
          varsChanged = true;
          continue;
        }
        Node shown = v == null || v.noValue() ? e.getValue() : v.shown();
        varsChanged |= shown != e.getValue();
        kept.put(e.getKey(), shown);
      }
    }
    if (!substituted && !varsChanged) {
      return expr;
    }
    StringBuilder sb = new StringBuilder();
    boolean[] closeAfter = new boolean[pieces.size() + 1];
    for (int i = pieces.size() - 1; i >= 0; i--) {
      Piece p = pieces.get(i);
      closeAfter[i] = closeAfter[i + 1] || p.variable() || p.text().indexOf('}') >= 0;
    }
    for (int i = 0; i < pieces.size(); i++) {
      Piece p = pieces.get(i);
      if (p.variable()) {
        sb.append("${").append(p.text()).append('}');
      } else {
        escape(sb, p.text(), closeAfter[i + 1]);
      }
    }
    ScalarNode text = Values.string(sb.toString(), expr.location());
    if (kept.isEmpty()) {
      return Values.call("Fn::Sub", text, expr.location());
    }
    Map<String, io.github.stackdocs.model.SourceLocation> keyLocations = new LinkedHashMap<>(vars.keyLocations());
    MapNode map = new MapNode(kept, keyLocations, vars.location());
    return Values.call("Fn::Sub", new ListNode(List.of(text, map), expr.location()), expr.location());
  }

  /** Literal text in a Sub: a {@code ${} that a {@code }} follows would open a variable; it is written {@code ${!}. */
  private static void escape(StringBuilder sb, String text, boolean closeLater) {
    int from = 0;
    int at;
    while ((at = text.indexOf("${", from)) >= 0) {
      sb.append(text, from, at + 2);
      if (closeLater || text.indexOf('}', at + 2) >= 0) {
        sb.append('!');
      }
      from = at + 2;
    }
    sb.append(text, from, text.length());
  }

  private Val tooLarge(MapNode expr) {
    report.warn("value-too-large", "Fn::Sub result would be longer than " + Values.MAX_TEXT
        + " characters; it stays as written", expr.location());
    return Val.symbolic(expr);
  }
}
