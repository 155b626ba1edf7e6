package io.github.stackdocs.pipeline;

/**
 * A file to inject into cannot be used as it is: a broken marker or a region naming no section, located by file and
 * line. Nothing was written to any injected file.
 */
public final class InjectException extends StackdocsException implements StackdocsException.UserProblem {
  public InjectException(String message) {
    super(message);
  }
}
