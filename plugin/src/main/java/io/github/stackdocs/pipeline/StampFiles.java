package io.github.stackdocs.pipeline;

import java.nio.file.Path;

/** Where {@code generate} keeps the stamp of an output folder; the Maven goal and the command line agree on it. */
public final class StampFiles {
  private StampFiles() {}

  /**
   * {@code <build folder>/stackdocs-stamp/<output folder>.stamp}, the output folder named relative to the project
   * ({@code docs.stamp}, {@code target_stackdocs.stamp}), so executions writing different folders keep their own.
   */
  public static Path of(Path baseDirectory, Path buildDirectory, Path outputDirectory) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path out = base.resolve(outputDirectory).toAbsolutePath().normalize();
    String name = out.startsWith(base) && !out.equals(base) ? base.relativize(out).toString() : out.toString();
    String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
    return base.resolve(buildDirectory).resolve("stackdocs-stamp").resolve((safe.isEmpty() ? "root" : safe) + ".stamp");
  }
}
