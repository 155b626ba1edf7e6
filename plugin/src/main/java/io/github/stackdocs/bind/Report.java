package io.github.stackdocs.bind;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evaluator's findings, each reported once: conditions are memoised, but the binder may resolve one expression
 * twice (its value, then its references), so a problem is kept once per code and location.
 */
final class Report {
  private final List<Finding> findings;
  private final String stack;
  private final Set<String> seen = new HashSet<>();

  Report(List<Finding> findings, String stack) {
    this.findings = findings;
    this.stack = stack;
  }

  void error(String code, String message, SourceLocation at) {
    add(Severity.ERROR, code, message, at);
  }

  void warn(String code, String message, SourceLocation at) {
    add(Severity.WARN, code, message, at);
  }

  void info(String code, String message, SourceLocation at) {
    add(Severity.INFO, code, message, at);
  }

  /** A malformed intrinsic function: {@code what} says what was expected. */
  void malformed(String function, String expected, SourceLocation at) {
    error("malformed-intrinsic", function + " expects " + expected, at);
  }

  private void add(Severity severity, String code, String message, SourceLocation at) {
    if (seen.add(code + '\u0000' + at.file() + '\u0000' + at.line() + '\u0000' + at.column())) {
      findings.add(new Finding(severity, code, message, at, stack));
    }
  }
}
