package io.github.stackdocs.render.template;

/** Makes generated text byte-stable: {@code \n} line ends, no trailing blanks, no blank-line runs, one final newline. */
public final class TextNormalizer {
  private TextNormalizer() {}

  /** One pass over the text (pages reach megabytes; splitting them into line strings first cost twice as much). */
  public static String normalize(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean previousBlank = true; // also drops leading blank lines
    int n = text.length();
    int start = 0;
    while (true) {
      int end = start;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int stop = end;
      while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
        stop--;
      }
      boolean blank = stop == start;
      if (!(blank && previousBlank)) {
        sb.append(text, start, stop).append('\n');
        previousBlank = blank;
      }
      if (end == n) {
        break;
      }
      start = end + (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? 2 : 1);
    }
    int length = sb.length();
    while (length > 1 && sb.charAt(length - 1) == '\n' && sb.charAt(length - 2) == '\n') {
      length--;
    }
    sb.setLength(length);
    return sb.length() == 0 ? "\n" : sb.toString();
  }
}
