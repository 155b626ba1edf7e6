package io.github.stackdocs.render.gameday;

import java.util.List;
import java.util.Map;

/**
 * A small deterministic YAML writer for the experiment templates: mappings keep their insertion order, every
 * scalar is a double-quoted YAML string (so no value from the templates can end a line, open a comment, change
 * the type or start a tag), and the only tags written are CloudFormation's {@code !Ref} and {@code !Sub}, whose
 * arguments are quoted the same way.
 */
final class YamlText {
  /** A scalar: plain text, a {@code !Ref} to a parameter, or a {@code !Sub} string. */
  record Scalar(String tag, String text) {
    static Scalar of(String text) {
      return new Scalar("", text);
    }

    static Scalar ref(String name) {
      return new Scalar("!Ref", name);
    }

    static Scalar sub(String text) {
      return new Scalar("!Sub", text);
    }
  }

  private final StringBuilder sb = new StringBuilder();

  /** Writes {@code value} (a Map with String keys, a List, a {@link Scalar} or a String) at the top level. */
  static String write(Map<String, ?> root) {
    YamlText y = new YamlText();
    y.map(root, 0);
    return y.sb.toString();
  }

  private void map(Map<String, ?> map, int indent) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      pad(indent);
      sb.append(key(e.getKey())).append(':');
      value(e.getValue(), indent);
    }
  }

  private void value(Object v, int indent) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        sb.append(" {}\n");
        return;
      }
      sb.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) m;
      map(typed, indent + 2);
    } else if (v instanceof List<?> list) {
      if (list.isEmpty()) {
        sb.append(" []\n");
        return;
      }
      sb.append('\n');
      for (Object item : list) {
        pad(indent + 2);
        sb.append('-');
        if (item instanceof Map<?, ?> m && !m.isEmpty()) {
          // the first key on the dash's line, the rest under it
          @SuppressWarnings("unchecked")
          Map<String, ?> typed = (Map<String, ?>) m;
          boolean first = true;
          for (Map.Entry<String, ?> e : typed.entrySet()) {
            if (first) {
              sb.append(' ');
              first = false;
            } else {
              pad(indent + 4);
            }
            sb.append(key(e.getKey())).append(':');
            value(e.getValue(), indent + 4);
          }
        } else {
          value(item, indent + 2);
        }
      }
    } else if (v instanceof Scalar s) {
      sb.append(' ');
      if (!s.tag().isEmpty()) {
        sb.append(s.tag()).append(' ');
      }
      sb.append(quote(s.text())).append('\n');
    } else {
      sb.append(' ').append(quote(String.valueOf(v))).append('\n');
    }
  }

  private void pad(int n) {
    sb.append(" ".repeat(n));
  }

  /** Keys the writer makes are letters and digits; any other key (a tag key such as aws:x) is quoted. */
  private static String key(String k) {
    return k.matches("[A-Za-z][A-Za-z0-9]*") ? k : quote(k);
  }

  /** A double-quoted YAML scalar: backslash, quote, control and non-ASCII line-break characters escaped. */
  static String quote(String s) {
    StringBuilder q = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\r' -> q.append("\\r");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == '\u2028' || c == '\u2029' || c == '\ufeff'
              || Character.isSurrogate(c) && !validPair(s, i)) {
            q.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
