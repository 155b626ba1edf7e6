package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.SourceLocation;

/** CloudFormation's rule for logical ids: letters A-Z, a-z and digits only. */
final class LogicalIds {
  private LogicalIds() {}

  static boolean isValid(String id) {
    if (id.isEmpty() || id.length() > 255) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Intrinsics standing where logical ids go ({@code Fn::ForEach::Name} loops of the language extensions,
   * {@code Fn::Transform} includes); they are not ids and are skipped (the reader keeps loops in {@link
   * io.github.stackdocs.model.Loops}).
   */
  static boolean isIntrinsic(String key) {
    return key.startsWith("Fn::");
  }

  /** A {@code Fn::ForEach::Name} loop of the language extensions, standing where entries of a section go. */
  static boolean isLoop(String key) {
    return key.startsWith("Fn::ForEach::");
  }

  /** Reports an invalid id; returns whether it was valid. */
  static boolean check(String id, String what, SourceLocation location, Problems problems) {
    if (isValid(id)) {
      return true;
    }
    problems.error("invalid-logical-id", what + " '" + id
        + "' is not a valid logical id; expected letters and digits only (A-Z, a-z, 0-9)", location);
    return false;
  }
}
