package io.github.stackdocs.render.template;

import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Line breaks as {@code \R} means them, for the escapers: compiled once, and skipped entirely for the common
 * one-line value (a regex per escaped value was a fifth of rendering time).
 */
final class LineBreaks {
  /** {@code \R}: one line break of any kind. */
  static final Pattern BREAK = Pattern.compile("\\R");

  private LineBreaks() {}

  /** True when {@code s} holds a character {@code \R} matches. */
  static boolean any(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isBreak(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph of {@code text}: control characters replaced ({@link ShownValues#withoutControls}), each line
   * stripped and written through {@code escape}, blank lines dropped, lines kept apart by {@code separator}.
   */
  static String paragraph(String text, String separator, UnaryOperator<String> escape) {
    StringBuilder sb = new StringBuilder();
    for (String raw : split(ShownValues.withoutControls(text))) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(separator);
      }
      sb.append(escape.apply(line));
    }
    return sb.toString();
  }

  /** {@code s} stripped, its lines joined with one space (blanks around each break dropped). */
  static String join(String s) {
    String stripped = s.strip();
    return any(stripped) ? joinBreaks(stripped) : stripped;
  }

  /**
   * Every break with the blanks around it ({@code \s*\R\s*}) as one space, in one pass. The regular expression
   * backtracked over each run of blanks without a break, from each of its positions: quadratic in a long run.
   */
  private static String joinBreaks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = i;
      boolean broken = false;
      while (end < s.length() && isBlank(s.charAt(end))) {
        broken |= isBreak(s.charAt(end));
        end++;
      }
      if (end < s.length() && isBreak(s.charAt(end))) { // a break that is not a blank (U+0085, U+2028, U+2029)
        broken = true;
        end++;
        while (end < s.length() && isBlank(s.charAt(end))) {
          end++;
        }
      }
      if (broken) {
        sb.append(' ');
      } else if (end > i) {
        sb.append(s, i, end);
      } else {
        sb.append(s.charAt(i));
        end = i + 1;
      }
      i = end;
    }
    return sb.toString();
  }

  /** A character {@code \R} matches (alone or as part of CR LF). */
  private static boolean isBreak(char c) {
    return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A character {@code \s} matches: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || (c >= '\n' && c <= '\r');
  }

  /** The lines of {@code s} (as {@code s.split("\\R", -1)}). */
  static String[] split(String s) {
    return any(s) ? BREAK.split(s, -1) : new String[] {s};
  }
}
