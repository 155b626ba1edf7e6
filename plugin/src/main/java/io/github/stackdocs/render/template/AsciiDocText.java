package io.github.stackdocs.render.template;

/**
 * Escapes untrusted text for AsciiDoc so that nothing in it can create formatting, links, macros,
 * passthroughs, attribute references, cross references, table cells, includes, index terms, typographic
 * replacements, blocks or runbook region markers. Special characters become numeric character references, which Asciidoctor
 * passes through to HTML unchanged; characters that only matter in sequences ({@code ((}, {@code --},
 * {@code ...}, {@code (C)}, {@code '}) are escaped only there, so ordinary text stays readable.
 *
 * <p>Macros and autolinks are made inert by their colon, not only by their brackets: the colon after every macro name
 * Asciidoctor knows ({@code image:}, {@code link:}, {@code xref:} ... {@link #MACRO_NAMES}) and after a URL scheme
 * ({@code ://}) becomes {@code &#58;}, and {@code @} becomes {@code &#64;} (no e-mail autolinks). An escaped bracket
 * alone was not enough: an inline image's target may hold blanks, so {@code image:x} in one value found the
 * {@code [} of the markup that followed it ({@code [AWS console]}) and became an {@code <img>} of an outside host.
 *
 * <p>Control characters become U+FFFD here, whoever calls (templates, the change log), as in every document.
 */
public final class AsciiDocText {
  private static final String SPECIAL = "\\`*_#^~+{}[]|<>&@";
  /**
   * The names of Asciidoctor's inline and block macros (2.0, experimental ones included). Its patterns have no left
   * boundary ({@code ximage:y[]} is an image), so a colon is escaped after any word ending in one of them.
   */
  static final java.util.List<String> MACRO_NAMES = java.util.List.of("image", "icon", "link", "mailto", "xref",
      "include", "footnote", "footnoteref", "kbd", "btn", "menu", "pass", "stem", "latexmath", "asciimath",
      "indexterm", "indexterm2", "anchor", "toc", "video", "audio", "ifdef", "ifndef", "ifeval", "endif");
  private static final String LINE_START = ".-=:/'";
  /** What follows the first slash of a runbook region marker, {@code // stackdocs:begin id}. */
  private static final String MARKER_REST = "/ stackdocs:";
  /** Paragraphs starting with these and a colon become admonition blocks. */
  private static final java.util.regex.Pattern ADMONITION =
      java.util.regex.Pattern.compile("^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):");

  private AsciiDocText() {}

  /** Inline text for headings and table cells: one line, lines joined with a space. */
  public static String inline(String text) {
    return escapeChars(joinLines(ShownValues.withoutControls(text)));
  }

  /**
   * Monospace text: the inline escape inside an unconstrained {@code ``...``} span (the escape turns
   * backticks and every other markup character into character references, so the span cannot break).
   */
  public static String code(String text) {
    String escaped = inline(text);
    return escaped.isBlank() ? "" : "``" + escaped + "``";
  }

  /**
   * The text of a block title ({@code .Title}) or of a one-line label: the inline escape, and a first character that
   * could open a block, list or directive escaped.
   */
  public static String title(String text) {
    String line = inline(text).strip();
    return line.isEmpty() ? "" : escapeLineStart(line);
  }

  /**
   * A paragraph: lines kept with {@code " +"} hard breaks, blank lines and leading blanks dropped, and a
   * character at the start of a line that could open a block, list or directive is escaped.
   */
  public static String paragraph(String text) {
    return LineBreaks.paragraph(text, " +\n", line -> escapeLineStart(escapeChars(line)));
  }

  static String joinLines(String text) {
    return LineBreaks.join(text);
  }

  static String escapeChars(String s) {
    int first = 0;
    while (first < s.length() && !needsEscape(s, first)) {
      first++;
    }
    if (first == s.length()) {
      return s; // most values (ids, types, plain words) have nothing to escape
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, first);
    for (int i = first; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(s, i)) {
        sb.append(c);
      } else if (c == ':') {
        sb.append("&#58;"); // no macros (image:x[]) and no autolinks (https://...)
      } else if (c < ' ') {
        sb.append(' ');
      } else {
        sb.append("&#").append((int) c).append(';');
      }
    }
    return sb.toString();
  }

  /** Characters that may need escaping, depending on what follows (see {@link #needsEscape}). */
  private static final boolean[] ATTENTION = EscapeTable.of(SPECIAL + "()-.':/");

  /** True when the character at {@code i} is replaced: special, a control character, or the start of a sequence. */
  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c >= 128 || !ATTENTION[c]) {
      return false;
    }
    if (c == ':') {
      return s.startsWith("//", i + 1) || afterMacroName(s, i);
    }
    if (c == '/') { // a runbook region marker; moved to a line of its own (MarkerLines) it would end a region
      return s.startsWith(MARKER_REST, i + 1);
    }
    return c < ' ' || SPECIAL.indexOf(c) >= 0 || replaced(s, i);
  }

  /** True when the colon at {@code colon} ends a word that ends in a macro name ({@code image:}, {@code ximage:}). */
  private static boolean afterMacroName(String s, int colon) {
    for (String name : MACRO_NAMES) {
      if (colon >= name.length() && s.regionMatches(true, colon - name.length(), name, 0, name.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a character that starts a sequence Asciidoctor would rewrite: index terms {@code ((x))},
   * the replacements {@code --} (em dash), {@code ...} (ellipsis), {@code (C)} {@code (R)} {@code (TM)},
   * and apostrophes (curly quotes).
   */
  private static boolean replaced(String s, int i) {
    char c = s.charAt(i);
    return switch (c) {
      case '(' -> s.startsWith("(", i + 1) || s.startsWith("C)", i + 1) || s.startsWith("R)", i + 1)
          || s.startsWith("TM)", i + 1);
      case ')' -> s.startsWith(")", i + 1);
      case '-' -> s.startsWith("-", i + 1);
      case '.' -> s.startsWith("..", i + 1);
      case '\'' -> true;
      default -> false;
    };
  }

  private static String escapeLineStart(String line) {
    java.util.regex.Matcher admonition = ADMONITION.matcher(line);
    if (admonition.find()) {
      return admonition.group(1) + "&#58;" + line.substring(admonition.end());
    }
    char first = line.charAt(0);
    if (LINE_START.indexOf(first) >= 0) {
      return "&#" + (int) first + ";" + line.substring(1);
    }
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < line.length() && line.charAt(digits) == '.') {
      return line.substring(0, digits) + "&#46;" + line.substring(digits + 1); // "1. " list
    }
    return line;
  }
}
