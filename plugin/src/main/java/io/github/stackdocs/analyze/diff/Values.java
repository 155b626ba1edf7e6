package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import java.util.Iterator;
import java.util.Map;

/** Content equality and compact text of template values, ignoring where they are written. */
public final class Values {
  private Values() {}

  /** An intrinsic function call ({@code {"Ref": ..}}, {@code {"Fn::X": ..}}, {@code {"Condition": ..}}). */
  public static boolean intrinsic(Node n) {
    return n instanceof Node.MapNode m && m.singleKey()
        .filter(k -> k.equals("Ref") || k.startsWith("Fn::") || k.equals("Condition")).isPresent();
  }

  /** Compact JSON; a top-level string scalar without quotes. */
  public static String text(Node n) {
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
        Nodes.appendQuoted(sb, s.text());
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
        Nodes.appendQuoted(sb, e.getKey());
        sb.append(':');
        json(e.getValue(), sb);
        if (it.hasNext()) {
          sb.append(',');
        }
      }
      sb.append('}');
    }
  }
}
