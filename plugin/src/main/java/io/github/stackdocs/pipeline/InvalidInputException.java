package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
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

  public List<Finding> findings() {
    return result.findings();
  }
}
