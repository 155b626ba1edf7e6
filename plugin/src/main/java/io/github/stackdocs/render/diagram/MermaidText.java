package io.github.stackdocs.render.diagram;

import java.util.HashSet;
import java.util.Set;

/** Mermaid-safe identifiers and labels. */
final class MermaidText {
  private MermaidText() {}

  /** A label for inside {@code ["..."]}: anything but letters, digits, space and {@code :._/-} as {@code #code;}. */
  static String label(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        sb.append("#quot;");
      } else if (c == '<') {
        sb.append("#lt;");
      } else if (c == '>') {
        sb.append("#gt;");
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || " :._/-".indexOf(c) >= 0) {
        sb.append(c);
      } else if (c < ' ') {
        sb.append(' ');
      } else {
        sb.append('#').append((int) c).append(';');
      }
    }
    return sb.toString();
  }

  /** A valid identifier {@code prefix_[A-Za-z0-9_]+}. */
  static String id(String prefix, String text) {
    StringBuilder sb = new StringBuilder(prefix).append('_');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      sb.append(ok ? c : '_');
    }
    return sb.toString();
  }

  /** Hands out unique identifiers; ask in a deterministic order. */
  static final class Ids {
    private final Set<String> taken = new HashSet<>();

    String next(String prefix, String text) {
      String base = id(prefix, text);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = base + "_" + n;
      }
      return candidate;
    }
  }
}
