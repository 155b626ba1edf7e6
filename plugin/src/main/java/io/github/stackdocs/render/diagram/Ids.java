package io.github.stackdocs.render.diagram;

import java.util.HashSet;
import java.util.Set;

/** Hands out unique diagram ids {@code prefix_[A-Za-z0-9_]+} (valid in Mermaid and SVG); ask in a deterministic order. */
final class Ids {
  private static final int MAX = 120;
  private final Set<String> taken = new HashSet<>();

  String next(String prefix, String text) {
    StringBuilder sb = new StringBuilder(prefix).append('_');
    for (int i = 0; i < text.length() && sb.length() < MAX; i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      sb.append(ok ? c : '_');
    }
    String base = sb.toString();
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "_" + n;
    }
    return candidate;
  }
}
