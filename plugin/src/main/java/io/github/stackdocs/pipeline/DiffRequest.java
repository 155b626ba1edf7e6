package io.github.stackdocs.pipeline;

/**
 * One change-log run: the current inputs (the file settings of {@code inputs}: base, source directory,
 * includes, excludes, templates; and its output directory), the baseline, and the risk gate.
 */
public record DiffRequest(DocsRequest inputs, Baseline baseline, FailOnRisk failOnRisk) {
  public DiffRequest {
    failOnRisk = failOnRisk == null ? FailOnRisk.NONE : failOnRisk;
  }

  /** Parses {@code baseline} ({@code git:<ref>} or a folder) relative to the request's base directory. */
  public static Baseline parseBaseline(String value, java.nio.file.Path baseDirectory) {
    return Baseline.parse(value, baseDirectory.toAbsolutePath().normalize());
  }
}
