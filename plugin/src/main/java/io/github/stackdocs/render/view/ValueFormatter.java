package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Renders a template value compactly in CloudFormation short form ({@code !Ref X}, {@code !GetAtt A.B},
 * {@code !Sub "..."}), maps and lists as flow collections: whole ({@link #inline}) or cut at {@link #MAX_LENGTH}
 * with {@code …} ({@link #format}). Deterministic and stateless.
 */
public final class ValueFormatter {
  public static final int MAX_LENGTH = 120;

  private ValueFormatter() {}

  /** The short form of {@code node}, at most {@link #MAX_LENGTH} characters. */
  public static String format(Node node) {
    return truncate(full(node, MAX_LENGTH), MAX_LENGTH);
  }

  /** The whole short form of {@code node}, never cut (pages wrap it). */
  public static String inline(Node node) {
    return full(node, Integer.MAX_VALUE);
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** True when {@code node} is a one-key mapping of an intrinsic function ({@code Ref}, {@code Fn::*}, {@code Condition}). */
  public static boolean isIntrinsic(Node node) {
    return io.github.stackdocs.model.Nodes.isIntrinsic(node);
  }

  /** The short form, built only as far as {@code limit} characters (the rest would be cut anyway). */
  private static String full(Node node, int limit) {
    if (node instanceof Node.ScalarNode s) {
      return scalar(s);
    }
    if (node instanceof Node.ListNode l) {
      return list(l.items(), limit);
    }
    Node.MapNode m = (Node.MapNode) node;
    if (isIntrinsic(m)) {
      String key = m.singleKey().orElseThrow();
      return intrinsic(key, m.get(key), limit);
    }
    return map(m.entries(), limit);
  }

  private static String intrinsic(String key, Node arg, int limit) {
    switch (key) {
      case "Ref":
        return "!Ref " + full(arg, limit);
      case "Condition":
        return "!Condition " + full(arg, limit);
      case "Fn::GetAtt":
        if (arg instanceof Node.ListNode l && l.size() == 2
            && l.get(0) instanceof Node.ScalarNode a && l.get(1) instanceof Node.ScalarNode b) {
          return "!GetAtt " + a.text() + "." + b.text();
        }
        return "!GetAtt " + full(arg, limit);
      case "Fn::Sub":
        return "!Sub " + (arg instanceof Node.ScalarNode s ? quote(s.text()) : full(arg, limit));
      default:
        return "!" + key.substring("Fn::".length()) + " " + full(arg, limit);
    }
  }

  private static String list(List<Node> items, int limit) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    for (Node n : items) {
      j.add(full(n, limit));
      if (j.length() > limit) {
        break; // the rest would be cut anyway
      }
    }
    return j.toString();
  }

  private static String map(Map<String, Node> entries, int limit) {
    StringJoiner j = new StringJoiner(", ", "{", "}");
    for (Map.Entry<String, Node> e : entries.entrySet()) {
      j.add(plain(e.getKey()) + ": " + full(e.getValue(), limit));
      if (j.length() > limit) {
        break;
      }
    }
    return j.toString();
  }

  private static String scalar(Node.ScalarNode s) {
    if (s.isNull()) {
      return "null";
    }
    return s.isString() ? plain(s.text()) : s.text();
  }

  /** A string as is when it reads unambiguously, else double-quoted. */
  static String plain(String s) {
    boolean needsQuotes = s.isEmpty() || !s.equals(s.strip()) || s.startsWith("!") || s.equals("null");
    for (int i = 0; i < s.length() && !needsQuotes; i++) {
      needsQuotes = ",:{}[]\"'#\n\r\t".indexOf(s.charAt(i)) >= 0 && !(s.charAt(i) == ':' && isSafeColon(s, i));
    }
    return needsQuotes ? quote(s) : s;
  }

  /** A colon not followed by a space reads fine ({@code arn:aws:s3}, {@code AWS::Region}). */
  private static boolean isSafeColon(String s, int i) {
    return i + 1 < s.length() && s.charAt(i + 1) != ' ';
  }

  private static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
