package io.github.stackdocs.render.runbook;

/**
 * Puts every region marker ({@code // stackdocs:begin ...}, {@code // stackdocs:end ...}) of a rendered runbook on a
 * line of its own: a (user) template whose region content does not end with a line end glues the end marker to
 * it, and the region reader only knows markers that start a line. Values never hold marker text: the AsciiDoc
 * escaper breaks it up ({@code &#47;/ stackdocs:}), so only the template's own markers move. One pass over the
 * text, so its cost does not grow with the length of a line (the regular expression it replaces backtracked over
 * every line: about 19 s of a 28 s run on 6,000 runbooks).
 */
final class MarkerLines {
  private static final String MARKER = "// stackdocs:";

  private MarkerLines() {}

  /** The text with a line end inserted before each marker that has other text before it on its line. */
  static String ownLines(String text) {
    int at = text.indexOf(MARKER);
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 32);
    int copied = 0;
    for (; at >= 0; at = text.indexOf(MARKER, at + MARKER.length())) {
      if (isRegionMarker(text, at + MARKER.length()) && textBefore(text, at)) {
        out.append(text, copied, at).append('\n');
        copied = at;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isRegionMarker(String text, int keyword) {
    return text.startsWith("begin ", keyword) || text.startsWith("end ", keyword);
  }

  /**
   * True when the marker's line has something other than blanks before it. Lines end at {@code \n} only, as the
   * region reader splits them; a lone {@code \r} before a marker is text.
   */
  private static boolean textBefore(String text, int marker) {
    for (int i = marker - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
        return true;
      }
    }
    return false;
  }
}
