package io.github.stackdocs.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A problem or observation about the inputs, with where it is and what was expected. Readers report
 * syntax problems as findings and analyzers report semantic ones; both end up in one sorted list.
 *
 * @param severity how serious
 * @param code a stable kebab-case identifier, e.g. {@code yaml-syntax}, {@code undefined-ref}
 * @param message what is wrong and what was expected, one sentence, no location
 * @param location where (file, line, column)
 * @param stack the stack's name, or empty when the problem is not tied to one stack
 */
public record Finding(Severity severity, String code, String message, SourceLocation location, String stack)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::location)
          .thenComparing(Finding::severity, Comparator.reverseOrder())
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    message = bounded(oneLine(message));
    location = location == null ? SourceLocation.UNKNOWN : location;
    stack = stack == null ? "" : stack;
  }

  public static Finding error(String code, String message, SourceLocation location, String stack) {
    return new Finding(Severity.ERROR, code, message, location, stack);
  }

  public static Finding warn(String code, String message, SourceLocation location, String stack) {
    return new Finding(Severity.WARN, code, message, location, stack);
  }

  /**
   * The message as one printable line: a finding quotes names from inputs, and a line break or terminal escape in
   * one would let a template write its own lines into a build log (a CI workflow command such as {@code ::error::},
   * a cleared screen). Control characters and line separators are shown escaped ({@code \n}, {@code \u001B}).
   */
  private static String oneLine(String message) {
    StringBuilder sb = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
      if (control && sb == null) {
        sb = new StringBuilder(message.length() + 16).append(message, 0, i);
      }
      if (sb != null) {
        if (!control) {
          sb.append(c);
        } else if (c == '\n') {
          sb.append("\\n");
        } else if (c == '\r') {
          sb.append("\\r");
        } else if (c == '\t') {
          sb.append("\\t");
        } else {
          sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        }
      }
    }
    return sb == null ? message : sb.toString();
  }

  /** Longest message kept whole; a finding may quote a key or value of any length from a template. */
  static final int MAX_MESSAGE = 2_000;
  private static final int KEPT_HEAD = 1_500;
  private static final int KEPT_TAIL = 300;

  /**
   * The message, or its start and end around a note of how much was left out when it is longer than
   * {@link #MAX_MESSAGE}: a 100,000-character key quoted whole would be a 100,000-character log line on every
   * build, in every page and in the stamp. The end is kept because it often says what was expected.
   */
  private static String bounded(String message) {
    if (message.length() <= MAX_MESSAGE) {
      return message;
    }
    int head = KEPT_HEAD;
    if (Character.isHighSurrogate(message.charAt(head - 1))) {
      head--;
    }
    int tail = message.length() - KEPT_TAIL;
    if (Character.isLowSurrogate(message.charAt(tail))) {
      tail++;
    }
    return message.substring(0, head) + " [... " + String.format(java.util.Locale.ROOT, "%,d", tail - head)
        + " characters left out ...] " + message.substring(tail);
  }

  /** {@code file:line:column: ERROR message [code]}, the form compilers use, so IDEs link it. */
  public String format() {
    return oneLine(location + ": " + severity + " " + message + " [" + code + "]"); // a file name may hold anything
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
