package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.WriteMode;

/** A runbook's region markers are broken (unclosed, duplicated, nested, misspelled); nothing was written. */
public final class MalformedRunbookException extends StackdocsException implements StackdocsException.UserProblem {
  public MalformedRunbookException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The user-facing failure for broken markers found while writing or checking. */
  static MalformedRunbookException of(MarkerException e, WriteMode mode) {
    return new MalformedRunbookException("runbook " + e.getMessage() + ". The generated regions of a runbook are"
        + " found by their marker lines, so nothing was " + (mode == WriteMode.WRITE ? "written" : "checked")
        + "; fix the markers (or delete the file to have it created again)", e);
  }
}
