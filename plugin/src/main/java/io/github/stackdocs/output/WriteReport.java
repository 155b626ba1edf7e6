package io.github.stackdocs.output;

import java.util.List;

/** What {@link WriteMode#WRITE} did: files written (new or changed), left unchanged, and deleted. */
public record WriteReport(List<String> written, List<String> unchanged, List<String> deleted) {
  public WriteReport {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
  }

  public int total() {
    return written.size() + unchanged.size();
  }
}
