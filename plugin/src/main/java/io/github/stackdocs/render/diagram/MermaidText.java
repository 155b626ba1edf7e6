package io.github.stackdocs.render.diagram;

/** Mermaid-safe labels. */
final class MermaidText {
  private MermaidText() {}

  /** A label for inside {@code ["..."]}: anything but letters, digits, space and {@code :._/-()} as {@code #code;}. */
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
      } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || " :._/-()".indexOf(c) >= 0) {
        sb.append(c);
      } else if (c < ' ') {
        sb.append(' ');
      } else {
        sb.append('#').append((int) c).append(';');
      }
    }
    return sb.toString();
  }
}
