package io.github.stackdocs.pipeline;

/** A template from the user's {@code templateDirectory} does not parse or fails while running. */
public final class TemplateOverrideException extends StackdocsException implements StackdocsException.UserProblem {
  public TemplateOverrideException(String message, Throwable cause) {
    super(message, cause);
  }
}
