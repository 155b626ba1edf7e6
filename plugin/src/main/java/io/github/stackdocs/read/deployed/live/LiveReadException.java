package io.github.stackdocs.read.deployed.live;

/** Reading from AWS failed in a way the user can act on; the message says how. No credentials are ever in it. */
public final class LiveReadException extends RuntimeException {
  /** What went wrong. */
  public enum Kind { NO_CREDENTIALS, NO_REGION, ACCESS_DENIED, AWS_ERROR, IO }

  private final Kind kind;

  LiveReadException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
