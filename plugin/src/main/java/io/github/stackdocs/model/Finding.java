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
    location = location == null ? SourceLocation.UNKNOWN : location;
    stack = stack == null ? "" : stack;
  }

  public static Finding error(String code, String message, SourceLocation location, String stack) {
    return new Finding(Severity.ERROR, code, message, location, stack);
  }

  public static Finding warn(String code, String message, SourceLocation location, String stack) {
    return new Finding(Severity.WARN, code, message, location, stack);
  }

  /** {@code file:line:column: ERROR message [code]}, the form compilers use, so IDEs link it. */
  public String format() {
    return location + ": " + severity + " " + message + " [" + code + "]";
  }

  @Override
  public int compareTo(Finding o) {
    return ORDER.compare(this, o);
  }
}
