package io.github.stackdocs.output;

import java.util.List;

/**
 * What {@link WriteMode#WRITE} did: files written (new or changed), left unchanged, and deleted; and warnings, e.g.
 * an interrupted write's journal that was discarded.
 */
public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted, List<String> warnings) {
  public WriteReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
    warnings = List.copyOf(warnings);
  }

  public WriteReport(List<String> written, List<String> unchanged, List<String> deleted) {
    this(written, unchanged, deleted, List.of());
  }

  public int total() {
    return written.size() + unchanged.size();
  }
}
