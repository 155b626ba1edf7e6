package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Nodes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** {@code Fn::Base64} (of the UTF-8 bytes) and {@code Fn::ToJsonString} (compact JSON, keys in template order). */
final class Encodings {
  private final Resolver resolver;
  private final Report report;

  Encodings(Resolver resolver, Report report) {
    this.resolver = resolver;
    this.report = report;
  }

  Val base64(MapNode expr, Node arg) {
    Val v = resolver.eval(arg);
    if (v.noValue() || !v.known()) {
      return Val.symbolic(v.noValue() || v.shown() == arg ? expr : Values.call("Fn::Base64", v.shown(),
          expr.location()));
    }
    if (!(v.actual() instanceof ScalarNode s)) {
      report.malformed("Fn::Base64", "a string, found " + Values.describe(v.actual()), expr.location());
      return Val.symbolic(expr);
    }
    if (s.text().length() > Values.MAX_TEXT / 4 * 3) {
      return tooLarge("Fn::Base64", expr);
    }
    String encoded = Base64.getEncoder().encodeToString(s.text().getBytes(StandardCharsets.UTF_8));
    return Val.computed(Values.string(encoded, expr.location()), v.secret(),
        () -> Values.call("Fn::Base64", v.shown(), expr.location()));
  }

  Val toJsonString(MapNode expr, Node arg) {
    Val v = resolver.eval(arg);
    if (v.noValue() || !v.known()) {
      return Val.symbolic(v.noValue() || v.shown() == arg ? expr : Values.call("Fn::ToJsonString", v.shown(),
          expr.location()));
    }
    if (v.actual() instanceof ScalarNode) {
      report.malformed("Fn::ToJsonString", "a mapping or a list, found " + Values.describe(v.actual()),
          expr.location());
      return Val.symbolic(expr);
    }
    StringBuilder sb = new StringBuilder();
    if (!json(sb, v.actual())) {
      return tooLarge("Fn::ToJsonString", expr);
    }
    return Val.computed(Values.string(sb.toString(), expr.location()), v.secret(),
        () -> Values.call("Fn::ToJsonString", v.shown(), expr.location()));
  }

  /** Writes compact JSON; false when it grows past the limit. */
  private static boolean json(StringBuilder sb, Node node) {
    if (sb.length() > Values.MAX_TEXT) {
      return false;
    }
    if (node instanceof MapNode m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        Nodes.appendQuoted(sb, e.getKey());
        sb.append(':');
        if (!json(sb, e.getValue())) {
          return false;
        }
      }
      sb.append('}');
    } else if (node instanceof ListNode l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? "," : "");
        if (!json(sb, l.get(i))) {
          return false;
        }
      }
      sb.append(']');
    } else {
      ScalarNode s = (ScalarNode) node;
      if (s.isNull()) {
        sb.append("null");
      } else if (s.value() instanceof String text) {
        Nodes.appendQuoted(sb, text);
      } else {
        sb.append(s.text()); // a number or a boolean, as written
      }
    }
    return sb.length() <= Values.MAX_TEXT;
  }

  private Val tooLarge(String fn, MapNode expr) {
    report.warn("value-too-large", fn + " result would be longer than " + Values.MAX_TEXT
        + " characters; it stays as written", expr.location());
    return Val.symbolic(expr);
  }
}
