package io.github.stackdocs.render.template;

/** Makes generated text byte-stable: {@code \n} line ends, no trailing blanks, no blank-line runs, one final newline. */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(String text) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    StringBuilder sb = new StringBuilder(text.length());
    boolean previousBlank = true; // also drops leading blank lines
    for (String line : lines) {
      String l = line.stripTrailing();
      boolean blank = l.isEmpty();
      if (blank && previousBlank) {
        continue;
      }
      sb.append(l).append('\n');
      previousBlank = blank;
    }
    int end = sb.length();
    while (end > 1 && sb.charAt(end - 1) == '\n' && sb.charAt(end - 2) == '\n') {
      end--;
    }
    sb.setLength(end);
    return sb.length() == 0 ? "\n" : sb.toString();
  }
}
