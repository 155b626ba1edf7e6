package io.github.stackdocs.pipeline;

/** A runbook's region markers are broken (unclosed, duplicated, nested, misspelled); nothing was written. */
public final class MalformedRunbookException extends StackdocsException implements StackdocsException.UserProblem {
  public MalformedRunbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
