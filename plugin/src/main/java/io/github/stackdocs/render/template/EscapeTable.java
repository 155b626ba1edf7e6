package io.github.stackdocs.render.template;

/** The characters an escaper must look at: the given ones, and every control character but tab (shown as U+FFFD). */
final class EscapeTable {
  private EscapeTable() {}

  /** A table of the ASCII range: true for each of {@code chars} and for the control characters but tab. */
  static boolean[] of(String chars) {
    boolean[] table = new boolean[128];
    for (char c : chars.toCharArray()) {
      table[c] = true;
    }
    for (char c = 0; c < ' '; c++) {
      table[c] = c != '\t';
    }
    return table;
  }
}
