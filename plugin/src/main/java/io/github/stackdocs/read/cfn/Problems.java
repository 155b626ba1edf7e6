package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** The findings of one file while it is read; not shared between threads. */
final class Problems {
  private final String file;
  private final String stack;
  private final List<Finding> findings = new ArrayList<>();

  Problems(String file, String stack) {
    this.file = file;
    this.stack = stack;
  }

  void error(String code, String message, SourceLocation location) {
    findings.add(Finding.error(code, message, orFile(location), stack));
  }

  void warn(String code, String message, SourceLocation location) {
    findings.add(Finding.warn(code, message, orFile(location), stack));
  }

  void info(String code, String message, SourceLocation location) {
    findings.add(new Finding(io.github.stackdocs.model.Severity.INFO, code, message, orFile(location), stack));
  }

  /** A finding made elsewhere (a Rain file's), kept as it is. */
  void add(Finding finding) {
    findings.add(finding);
  }

  /** The file itself, without a position. */
  SourceLocation fileLocation() {
    return SourceLocation.of(file);
  }

  String file() {
    return file;
  }

  List<Finding> findings() {
    return List.copyOf(findings);
  }

  private SourceLocation orFile(SourceLocation location) {
    return location == null || location.file().isEmpty() ? fileLocation() : location;
  }
}
