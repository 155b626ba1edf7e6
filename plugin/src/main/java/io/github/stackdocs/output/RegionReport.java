package io.github.stackdocs.output;

import java.util.List;

/**
 * What a {@link RegionFolder} did (WRITE) or would do (CHECK). Paths are relative to the folder, sorted.
 *
 * @param created files that did not exist and are (or would be) created from the full template
 * @param updated files whose generated regions (or orphan banner) changed
 * @param unchanged files whose generated regions are current
 * @param orphaned files whose subject is gone; kept, with an orphan banner
 * @param warnings things a human should know, e.g. a generated region someone removed
 * @param diff a unified diff of {@code updated} (CHECK only), capped
 */
public record RegionReport(
    List<String> created, List<String> updated, List<String> unchanged, List<String> orphaned,
    List<String> warnings, String diff) {
  public RegionReport {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
    orphaned = List.copyOf(orphaned);
    warnings = List.copyOf(warnings);
  }

  /** True when nothing would be created or updated. */
  public boolean upToDate() {
    return created.isEmpty() && updated.isEmpty();
  }

  public int differences() {
    return created.size() + updated.size();
  }
}
