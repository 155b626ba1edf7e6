package io.github.stackdocs.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Relative paths written with '/' (project files, site pages), normalized without touching the file system. */
public final class RelativePaths {
  private RelativePaths() {}

  /**
   * {@code path} with empty and {@code .} segments dropped and each {@code ..} taking back the segment before it;
   * empty when a {@code ..} would leave the root the path is relative to, or nothing is left.
   */
  public static Optional<String> normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
