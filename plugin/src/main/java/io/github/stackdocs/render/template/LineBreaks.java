package io.github.stackdocs.render.template;

import java.util.regex.Pattern;

/**
 * Line breaks as {@code \R} means them, for the escapers: compiled once, and skipped entirely for the common
 * one-line value (a regex per escaped value was a fifth of rendering time).
 */
final class LineBreaks {
  /** {@code \R}: one line break of any kind. */
  static final Pattern BREAK = Pattern.compile("\\R");
  private static final Pattern JOIN = Pattern.compile("\\s*\\R\\s*");

  private LineBreaks() {}

  /** True when {@code s} holds a character {@code \R} matches. */
  static boolean any(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code s} stripped, its lines joined with one space (blanks around each break dropped). */
  static String join(String s) {
    String stripped = s.strip();
    return any(stripped) ? JOIN.matcher(stripped).replaceAll(" ") : stripped;
  }

  /** The lines of {@code s} (as {@code s.split("\\R", -1)}). */
  static String[] split(String s) {
    return any(s) ? BREAK.split(s, -1) : new String[] {s};
  }
}
