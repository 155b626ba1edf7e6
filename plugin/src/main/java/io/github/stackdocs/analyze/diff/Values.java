package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.Node;
import java.util.Iterator;
import java.util.Map;

/** Content equality and compact text of template values, ignoring where they are written. */
final class Values {
  private Values() {}

  /**
   * Equal by content: mappings by key (order ignored), lists by index, scalars by the string CloudFormation
   * sees ({@code 80} equals {@code "80"}, {@code true} equals {@code "true"}).
   */
  static boolean same(Node a, Node b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a instanceof Node.ScalarNode x && b instanceof Node.ScalarNode y) {
      return x.isNull() == y.isNull() && x.text().equals(y.text());
    }
    if (a instanceof Node.ListNode x && b instanceof Node.ListNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!same(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Node.MapNode x && b instanceof Node.MapNode y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<String, Node> e : x.entries().entrySet()) {
        if (!y.has(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** An intrinsic function call ({@code {"Ref": ..}}, {@code {"Fn::X": ..}}, {@code {"Condition": ..}}). */
  static boolean intrinsic(Node n) {
    return n instanceof Node.MapNode m && m.singleKey()
        .filter(k -> k.equals("Ref") || k.startsWith("Fn::") || k.equals("Condition")).isPresent();
  }

  /** Compact JSON; a top-level string scalar without quotes. */
  static String text(Node n) {
    if (n instanceof Node.ScalarNode s && s.isString()) {
      return s.text();
    }
    StringBuilder sb = new StringBuilder();
    json(n, sb);
    return sb.toString();
  }

  private static void json(Node n, StringBuilder sb) {
    if (n instanceof Node.ScalarNode s) {
      if (s.isNull()) {
        sb.append("null");
      } else if (s.isString()) {
        quote(s.text(), sb);
      } else {
        sb.append(s.text());
      }
    } else if (n instanceof Node.ListNode l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        json(l.get(i), sb);
      }
      sb.append(']');
    } else if (n instanceof Node.MapNode m) {
      sb.append('{');
      Iterator<Map.Entry<String, Node>> it = m.entries().entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Node> e = it.next();
        quote(e.getKey(), sb);
        sb.append(':');
        json(e.getValue(), sb);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      sb.append('}');
    }
  }

  private static void quote(String s, StringBuilder sb) {
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
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
