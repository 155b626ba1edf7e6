package io.github.stackdocs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves relative output paths so that nothing can land outside the output folder: not by the path's text
 * ({@code ..}, absolute paths) and not through a symbolic link inside the folder that leads out of it (the folder
 * itself may be a link).
 */
public final class SafePaths {
  private SafePaths() {}

  /** A symbolic link under the output folder leads out of it; nothing was read or written through it. */
  public static final class LinkOutsideException extends IOException {
    private static final long serialVersionUID = 1L;

    LinkOutsideException(String message) {
      super(message);
    }
  }

  /**
   * Resolves {@code relative} ('/' separators) under {@code root}.
   *
   * @throws IllegalArgumentException when the path is absolute, empty, or escapes {@code root} by its text
   * @throws LinkOutsideException when the file, or a folder on the way to it, is a symbolic link leading out of
   *     {@code root}
   */
  public static Path resolve(Path root, String relative) throws LinkOutsideException {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")
        || relative.matches("^[A-Za-z]:.*")) {
      throw new IllegalArgumentException("refusing output path '" + relative + "': not a plain relative path");
    }
    Path base = root.toAbsolutePath().normalize();
    Path resolved = base.resolve(relative).normalize();
    if (!resolved.startsWith(base) || resolved.equals(base)) {
      throw new IllegalArgumentException("refusing output path '" + relative + "': it leaves the output folder");
    }
    if (!real(resolved).startsWith(real(base))) {
      throw new LinkOutsideException("refusing output path '" + relative + "': a symbolic link in " + base
          + " leads outside it; remove the link (stackdocs never writes or reads through links that leave its"
          + " folders)");
    }
    return resolved;
  }

  /** The path with every link followed: the nearest existing ancestor's real path, plus the rest as written. */
  private static Path real(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path)).normalize();
    } catch (IOException e) {
      return path;
    }
  }
}
