package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.SourceLocation;

/** Thrown inside the parser when a template exceeds a safety limit; always turned into a finding. */
final class LimitExceeded extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String code;

  LimitExceeded(String code, String message, SourceLocation location) {
    super(message, null, false, false);
    this.code = code;
    this.location = location;
  }

  String code() {
    return code;
  }

  SourceLocation location() {
    return location;
  }
}
