package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.CheckReport;

/** {@code check} found the committed docs differ from what the inputs generate. */
public final class StaleDocsException extends StackdocsException implements StackdocsException.UserProblem {
  private final transient CheckReport report;

  public StaleDocsException(String message, CheckReport report) {
    super(message);
    this.report = report;
  }

  public CheckReport report() {
    return report;
  }
}
