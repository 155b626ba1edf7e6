package io.github.stackdocs.output;

import java.nio.file.Path;

/** Resolves relative output paths so that nothing can land outside the output folder. */
public final class SafePaths {
  private SafePaths() {}

  /**
   * Resolves {@code relative} ('/' separators) under {@code root}.
   *
   * @throws IllegalArgumentException when the path is absolute, empty, or escapes {@code root}
   */
  public static Path resolve(Path root, String relative) {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")
        || relative.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException("refusing output path '" + relative + "': not a plain relative path");
    }
    Path base = root.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    if (!resolved.startsWith(base) || resolved.equals(base)) {
      throw new IllegalArgumentException("refusing output path '" + relative + "': it leaves the output folder");
    }
    return resolved;
  }
}
