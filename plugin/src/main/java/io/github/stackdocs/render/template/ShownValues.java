package io.github.stackdocs.render.template;

import java.util.Locale;

/**
 * What of a value from the inputs a document shows, before it is escaped for the format:
 * <ul>
 *   <li>at most {@link #MAX_CHARS} characters: one 10 MB description would make every page that shows it 10 MB (and
 *       take AsciidoctorJ minutes to convert), so the rest is cut with a note of how many characters are left out
 *       ({@code model.json} is not rendered from templates and keeps values whole);
 *   <li>no control characters: a terminal escape or NUL in a description would reach the files (and the console,
 *       through {@code check}'s diff), so each becomes U+FFFD; line breaks and tabs stay for the escapers.
 * </ul>
 */
final class ShownValues {
  /** The most characters of one value a document shows. */
  static final int MAX_CHARS = 10_000;

  private ShownValues() {}

  static String of(String text) {
    return withoutControls(cut(text));
  }

  private static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end) + " … (cut: " + String.format(Locale.ROOT, "%,d", text.length() - end)
        + " more characters in the template)";
  }

  /** The text with every control character but line breaks and tab as U+FFFD (the same instance when none). */
  static String withoutControls(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      if (control && sb == null) {
        sb = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (sb != null) {
        sb.append(control ? '\uFFFD' : c);
      }
    }
    return sb == null ? text : sb.toString();
  }
}
