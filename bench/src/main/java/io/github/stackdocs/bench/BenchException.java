package io.github.stackdocs.bench;

/** A problem the person running the harness can fix; printed without a stack trace. */
final class BenchException extends RuntimeException {
  BenchException(String message) {
    super(message);
  }

  BenchException(String message, Throwable cause) {
    super(message, cause);
  }
}
