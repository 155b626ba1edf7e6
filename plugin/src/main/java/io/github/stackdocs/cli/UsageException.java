package io.github.stackdocs.cli;

/** The command line itself is wrong (unknown command or option, missing value); exit code 1. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
