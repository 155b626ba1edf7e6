package io.github.stackdocs.render.template;

import freemarker.core.HTMLOutputFormat;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values with FreeMarker's HTML output format
 * ({@code <}, {@code >}, {@code &}, {@code "} and {@code '} as character references). Control characters become
 * U+FFFD here, whoever calls, as in every document.
 */
public final class HtmlText {
  private HtmlText() {}

  /** Text for content and attributes, on one line (line breaks become a space, as HTML shows them). */
  public static String escape(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(LineBreaks.join(ShownValues.withoutControls(text)));
  }

  /** Multi-line text: each line escaped, blank lines dropped, lines kept with {@code <br>}. */
  public static String paragraph(String text) {
    return LineBreaks.paragraph(text, "<br>\n", HtmlText::escape);
  }

  /** A value in monospace; empty for a blank value. */
  public static String code(String text) {
    return text.isBlank() ? "" : "<code>" + escape(text) + "</code>";
  }
}
