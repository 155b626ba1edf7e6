package io.github.stackdocs.pipeline;

/**
 * A failure with a message a user can act on. Subclasses say whose problem it is: {@link
 * UserProblem}s (bad input, bad configuration, stale docs) versus our own breakage (I/O, bugs).
 */
public class StackdocsException extends RuntimeException {
  public StackdocsException(String message) {
    super(message);
  }

  public StackdocsException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Marks failures caused by the user's inputs or configuration rather than by stackdocs. */
  public interface UserProblem {}
}
