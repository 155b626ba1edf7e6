package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.util.List;

/** The inputs have findings at or above the {@code failOn} threshold; nothing was written. */
public final class InvalidInputException extends StackdocsException implements StackdocsException.UserProblem {
  private final transient DocsResult result;

  public InvalidInputException(String message, DocsResult result) {
    super(message);
    this.result = result;
  }

  public DocsResult result() {
    return result;
  }

  /** {@code 2 errors, 1 warning (listed above): <message>}, for the adapters' failure message. */
  public String summary() {
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARN);
    return errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings")
        + " (listed above): " + getMessage();
  }

  public List<Finding> findings() {
    return result.findings();
  }
}
