package io.github.stackdocs.output;

import java.util.List;

/**
 * What {@link WriteMode#CHECK} found: files whose content differs, files that should exist but do not,
 * generated-looking files that would no longer be generated, and a unified diff capped at a few dozen
 * lines. All lists sorted; paths relative to the output folder.
 */
public record CheckReport(List<String> stale, List<String> missing, List<String> extra, String diff) {
  public CheckReport {
    stale = List.copyOf(stale);
    missing = List.copyOf(missing);
    extra = List.copyOf(extra);
  }

  public boolean upToDate() {
    return stale.isEmpty() && missing.isEmpty() && extra.isEmpty();
  }

  public int differences() {
    return stale.size() + missing.size() + extra.size();
  }
}
