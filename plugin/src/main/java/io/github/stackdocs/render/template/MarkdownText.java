package io.github.stackdocs.render.template;

/**
 * Escapes untrusted text for GitHub-flavoured Markdown: punctuation that can create emphasis, links,
 * images, HTML, tables, strike-through, headings or math is backslash-escaped, {@code &} becomes
 * {@code &amp;}, and bare URLs are broken so they do not autolink. Control characters become U+FFFD here, whoever
 * calls (templates, {@code changes.md}), as in every document.
 */
public final class MarkdownText {
  private static final String SPECIAL = "\\`*_[]<>|~!#$";
  private static final String LINE_START = "-+=>#";

  private MarkdownText() {}

  /** Inline text for headings: one line, lines joined with a space. */
  public static String inline(String text) {
    return escapeChars(LineBreaks.join(ShownValues.withoutControls(text)));
  }

  /** Table cell text: lines joined with {@code <br>}. */
  public static String cell(String text) {
    String stripped = ShownValues.withoutControls(text).strip();
    if (!LineBreaks.any(stripped)) {
      return escapeChars(stripped);
    }
    StringBuilder sb = new StringBuilder();
    for (String line : LineBreaks.split(stripped)) {
      if (sb.length() > 0) {
        sb.append("<br>");
      }
      sb.append(escapeChars(line.strip()));
    }
    return sb.toString();
  }

  /**
   * A code span for a table cell: one line; a fence of one more backtick than the longest run inside
   * (padded when the text starts or ends with one); {@code |} escaped, which GFM tables need even in
   * code. Nothing else needs escaping: code spans do not interpret markup or HTML.
   */
  public static String code(String text) {
    String line = ShownValues.withoutControls(text).replace("\r\n", "\n").replace('\n', ' ').replace('\r', ' ');
    if (line.isBlank()) {
      return "";
    }
    int longest = 0;
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = line.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = line.startsWith("`") || line.endsWith("`") ? " " : "";
    return fence + pad + line.replace("|", "\\|") + pad + fence;
  }

  /**
   * Text inside raw HTML (a {@code <summary>}), where Markdown is not read: one line, {@code & < > " '} as
   * character references.
   */
  public static String html(String text) {
    // HtmlText.escape joins the lines and leaves no control character but tab, which a summary shows as a space
    return HtmlText.escape(text).replace('\t', ' ');
  }

  /** A paragraph: lines kept, leading blanks dropped, block-starting characters at line start escaped. */
  public static String paragraph(String text) {
    StringBuilder sb = new StringBuilder();
    boolean blank = false;
    for (String raw : LineBreaks.split(ShownValues.withoutControls(text).strip())) {
      String line = raw.strip();
      if (line.isEmpty()) {
        blank = true;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blank ? "\n\n" : "\n");
      }
      blank = false;
      sb.append(escapeLineStart(escapeChars(line)));
    }
    return sb.toString();
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
      } else if (SPECIAL.indexOf(c) >= 0) {
        sb.append('\\').append(c);
      } else if (c == '&') {
        sb.append("&amp;");
      } else if (c == ':') {
        sb.append("\\:"); // no autolinks (https://...)
      } else if (c == 'w' || c == 'W') {
        sb.append(s, i, i + 3).append("\\.");
        i += 3;
      } else {
        sb.append(' '); // a control character
      }
    }
    return sb.toString();
  }

  /** Characters that may need escaping, depending on what follows (see {@link #needsEscape}). */
  private static final boolean[] ATTENTION = EscapeTable.of(SPECIAL + "&:wW");

  /** True when the character at {@code i} is replaced: special, a control character, or the start of a link. */
  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (c >= 128 || !ATTENTION[c]) {
      return false;
    }
    return switch (c) {
      case ':' -> s.startsWith("//", i + 1);
      case 'w', 'W' -> s.regionMatches(true, i, "www.", 0, 4);
      default -> true;
    };
  }

  private static String escapeLineStart(String line) {
    if (LINE_START.indexOf(line.charAt(0)) >= 0) {
      return "\\" + line;
    }
    int digits = 0;
    while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
      digits++;
    }
    if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
      return line.substring(0, digits) + "\\" + line.substring(digits);
    }
    return line;
  }
}
