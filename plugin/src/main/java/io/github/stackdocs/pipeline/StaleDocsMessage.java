package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.CheckReport;
import java.nio.file.Path;

/** The message of a failed check: which files, the diff, and the command that fixes it. */
final class StaleDocsMessage {
  /** The command that brings the docs up to date. */
  static final String FIX = "mvn stackdocs:generate";

  private StaleDocsMessage() {}

  static String of(Path folder, CheckReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append("the documentation in ").append(folder).append(" is out of date (")
        .append(report.differences()).append(report.differences() == 1 ? " file" : " files").append("):\n");
    report.stale().forEach(p -> sb.append("  stale:   ").append(p).append('\n'));
    report.missing().forEach(p -> sb.append("  missing: ").append(p).append('\n'));
    report.extra().forEach(p -> sb.append("  extra:   ").append(p).append('\n'));
    if (!report.diff().isEmpty()) {
      sb.append(report.diff()).append('\n');
    }
    sb.append("Run '").append(FIX).append("' to update them, then commit the result.");
    return sb.toString();
  }
}
