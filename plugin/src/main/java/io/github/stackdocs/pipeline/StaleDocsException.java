package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.CheckReport;

/** {@code check} found the committed docs differ from what the inputs generate. */
public final class StaleDocsException extends StackdocsException implements StackdocsException.UserProblem {
  /** The command the message names as the fix; other adapters name their own instead. */
  public static final String FIX = "mvn stackdocs:generate";

  private final transient DocsResult result;

  public StaleDocsException(String message, DocsResult result) {
    super(message);
    this.result = result;
  }

  /** The run's result, with its findings, so they can be reported even though the check failed. */
  public DocsResult result() {
    return result;
  }

  public CheckReport report() {
    return result.checked().orElseThrow();
  }
}
