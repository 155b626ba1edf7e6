package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import java.util.List;

/** The findings of one parameter file or check, all about one stack (or none). Not thread-safe. */
final class Findings {
  private final List<Finding> out;
  private final String stack;

  Findings(List<Finding> out, String stack) {
    this.out = out;
    this.stack = stack == null ? "" : stack;
  }

  void error(String code, String message, SourceLocation at) {
    out.add(Finding.error(code, message, at, stack));
  }

  void warn(String code, String message, SourceLocation at) {
    out.add(Finding.warn(code, message, at, stack));
  }

  List<Finding> list() {
    return out;
  }

  String stack() {
    return stack;
  }
}
