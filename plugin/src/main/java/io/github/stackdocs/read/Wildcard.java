package io.github.stackdocs.read;

/**
 * A compiled wildcard pattern ({@code *} anything but {@code /}, {@code **} anything, {@code ?} one character but
 * {@code /}) matched without backtracking: the pattern is a small automaton whose set of live positions is carried
 * along the text once, so a match costs at most (text length + 1) × (pattern length + 1) steps, whatever the text
 * and pattern hold. A regular expression made from {@code *a*a*a...*b} backtracks exponentially on a text of
 * {@code a}s; this does not. Immutable and thread-safe.
 */
public final class Wildcard {
  private static final byte CHAR = 0; // the literal at this position
  private static final byte ONE = 1; // one character but '/'
  private static final byte STAR = 2; // any characters but '/', also none
  private static final byte ANY = 3; // any characters, also none
  private static final byte SKIP = 4; // optional group: may jump over the next `skip` positions

  private final String text;
  private final byte[] kinds;
  private final char[] chars;
  private final int[] skips;

  private Wildcard(String text, byte[] kinds, char[] chars, int[] skips) {
    this.text = text;
    this.kinds = kinds;
    this.chars = chars;
    this.skips = skips;
  }

  /** A selector pattern: {@code **} anything, {@code *} anything but {@code /}, {@code ?} one character but {@code /}. */
  public static Wildcard of(String pattern) {
    return compile(pattern, false, false);
  }

  /**
   * A path pattern (Ant/Maven style): as {@link #of}, and {@code **}{@code /} matches any number of folders, also
   * none.
   */
  public static Wildcard path(String pattern) {
    return compile(pattern, true, false);
  }

  /** As {@link #of}, also matching any text that starts with a match followed by {@code /} (what lies under it). */
  public static Wildcard ofOrUnder(String pattern) {
    return compile(pattern, false, true);
  }

  private static Wildcard compile(String pattern, boolean folders, boolean orUnder) {
    int max = pattern.length() * 2 + 3;
    byte[] kinds = new byte[max];
    char[] chars = new char[max];
    int[] skips = new int[max];
    int n = 0;
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (folders && pattern.startsWith("**/", i)) { // (?:.*/)?
        kinds[n] = SKIP;
        skips[n++] = 3;
        kinds[n++] = ANY;
        kinds[n] = CHAR;
        chars[n++] = '/';
        i += 3;
      } else if (pattern.startsWith("**", i)) {
        kinds[n++] = ANY;
        i += 2;
      } else {
        kinds[n] = c == '*' ? STAR : c == '?' ? ONE : CHAR;
        chars[n++] = c;
        i++;
      }
    }
    if (orUnder) { // (?:/.*)?
      kinds[n] = SKIP;
      skips[n++] = 3;
      kinds[n] = CHAR;
      chars[n++] = '/';
      kinds[n++] = ANY;
    }
    return new Wildcard(pattern, java.util.Arrays.copyOf(kinds, n), java.util.Arrays.copyOf(chars, n),
        java.util.Arrays.copyOf(skips, n));
  }

  /** Whether the whole of {@code value} matches. */
  public boolean matches(String value) {
    int n = kinds.length;
    boolean[] live = new boolean[n + 1];
    boolean[] next = new boolean[n + 1];
    add(live, 0);
    for (int at = 0; at < value.length(); at++) {
      char c = value.charAt(at);
      java.util.Arrays.fill(next, false);
      boolean any = false;
      for (int p = 0; p < n; p++) {
        if (!live[p]) {
          continue;
        }
        switch (kinds[p]) {
          case CHAR -> {
            if (chars[p] == c) {
              any |= add(next, p + 1);
            }
          }
          case ONE -> {
            if (c != '/') {
              any |= add(next, p + 1);
            }
          }
          case STAR -> {
            if (c != '/') {
              any |= add(next, p);
            }
          }
          case ANY -> any |= add(next, p);
          default -> { } // SKIP consumes nothing: its targets are live already
        }
      }
      if (!any) {
        return false;
      }
      boolean[] t = live;
      live = next;
      next = t;
    }
    return live[n];
  }

  /** Marks {@code p} live with every position reachable from it without consuming a character. */
  private boolean add(boolean[] set, int p) {
    while (true) {
      if (set[p]) {
        return true;
      }
      set[p] = true;
      if (p == kinds.length) {
        return true;
      }
      byte k = kinds[p];
      if (k == SKIP) {
        add(set, p + skips[p]);
        p++;
      } else if (k == STAR || k == ANY) {
        p++;
      } else {
        return true;
      }
    }
  }

  /** Whether the pattern holds a wildcard at all. */
  public static boolean isPattern(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
