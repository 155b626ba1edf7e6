package io.github.stackdocs.render.template;

import java.util.Locale;

/**
 * Cuts a value that is too long to show: one 10 MB description would make every page that shows it 10 MB (and
 * take AsciidoctorJ minutes to convert), so documents show the first {@link #MAX_CHARS} characters and say how
 * many more there are. {@code model.json} is not rendered from templates and keeps values whole.
 */
final class LongValues {
  /** The most characters of one value a document shows. */
  static final int MAX_CHARS = 10_000;

  private LongValues() {}

  static String cut(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return text.substring(0, end) + " … (cut: " + String.format(Locale.ROOT, "%,d", text.length() - end)
        + " more characters in the template)";
  }
}
