package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.CheckReport;
import io.github.stackdocs.output.RegionReport;
import java.nio.file.Path;

/** The message of a failed check: which files, the diff, and the command that fixes it. */
final class StaleDocsMessage {
  /** The command that brings the docs up to date. */
  static final String FIX = StaleDocsException.FIX;

  private StaleDocsMessage() {}

  static String of(Path folder, CheckReport report) {
    return of(folder, report, null, null);
  }

  /** With the runbooks' report (may be null or up to date). */
  static String of(Path folder, CheckReport report, Path runbookFolder, RegionReport runbooks) {
    StringBuilder sb = new StringBuilder();
    if (runbooks != null && !runbooks.upToDate()) {
      sb.append("the generated regions of the runbooks in ").append(runbookFolder).append(" are out of date (")
          .append(runbooks.differences()).append(runbooks.differences() == 1 ? " file" : " files").append("):\n");
      runbooks.updated().forEach(p -> sb.append("  stale:   ").append(p).append('\n'));
      runbooks.created().forEach(p -> sb.append("  missing: ").append(p).append('\n'));
      if (!runbooks.diff().isEmpty()) {
        sb.append(runbooks.diff()).append('\n');
      }
      if (report.upToDate()) {
        sb.append("Run '").append(FIX).append("' to update them (text outside the generated regions is kept),"
            + " then commit the result.");
        return sb.toString();
      }
    }
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
