package io.github.stackdocs.pipeline;

/**
 * AWS refused or could not be reached while taking a snapshot: no credentials or region, access denied (the
 * message names the missing permission), or an error reply.
 */
public final class AwsException extends StackdocsException implements StackdocsException.UserProblem {
  public AwsException(String message, Throwable cause) {
    super(message, cause);
  }
}
