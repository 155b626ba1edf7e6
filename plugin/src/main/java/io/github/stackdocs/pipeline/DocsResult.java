package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.CheckReport;
import io.github.stackdocs.output.RegionReport;
import io.github.stackdocs.output.WriteReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a run did: counts, every finding (sorted), and the write or check report.
 *
 * @param files how many files the run generated (in memory)
 * @param upToDateInputs present when {@code generate} found nothing changed since the last run and did no work: how
 *     many inputs it compared
 */
public record DocsResult(
    int stacks,
    int resources,
    int files,
    List<Finding> findings,
    Path outputDirectory,
    Optional<WriteReport> written,
    Optional<CheckReport> checked,
    long millis,
    Optional<RegionReport> runbooks,
    Optional<Path> runbookDirectory,
    Optional<Integer> upToDateInputs,
    Optional<io.github.stackdocs.analyze.readiness.Score> readiness) {

  public DocsResult {
    findings = findings.stream().sorted().toList();
    runbooks = runbooks == null ? Optional.empty() : runbooks;
    runbookDirectory = runbookDirectory == null ? Optional.empty() : runbookDirectory;
    upToDateInputs = upToDateInputs == null ? Optional.empty() : upToDateInputs;
    readiness = readiness == null ? Optional.empty() : readiness;
  }

  /** Without a readiness score. */
  public DocsResult(int stacks, int resources, int files, List<Finding> findings, Path outputDirectory,
      Optional<WriteReport> written, Optional<CheckReport> checked, long millis, Optional<RegionReport> runbooks,
      Optional<Path> runbookDirectory, Optional<Integer> upToDateInputs) {
    this(stacks, resources, files, findings, outputDirectory, written, checked, millis, runbooks, runbookDirectory,
        upToDateInputs, Optional.empty());
  }

  /** Without runbooks. */
  public DocsResult(int stacks, int resources, int files, List<Finding> findings, Path outputDirectory,
      Optional<WriteReport> written, Optional<CheckReport> checked, long millis) {
    this(stacks, resources, files, findings, outputDirectory, written, checked, millis, Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * One line about the runbooks, or empty when they are off: {@code runbooks: wrote 2, 10 unchanged, 1 orphaned
   * (kept) in /x}; in CHECK mode {@code runbooks: all 12 up to date in /x}.
   */
  public Optional<String> runbookSummary() {
    return runbooks.map(r -> {
      String where = " in " + runbookDirectory.map(Path::toString).orElse("?");
      String orphans = r.orphaned().isEmpty() ? "" : ", " + r.orphaned().size() + " orphaned (kept)";
      if (checked.isPresent()) {
        int all = r.created().size() + r.updated().size() + r.unchanged().size();
        return "runbooks: " + (r.upToDate() ? "all " + all + " up to date" : r.differences() + " out of date")
            + orphans + where;
      }
      return "runbooks: created " + r.created().size() + ", updated " + r.updated().size() + ", "
          + r.unchanged().size() + " unchanged" + orphans + where;
    });
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * One line: {@code 3 stacks, 42 resources, 0 errors, 1 warning, readiness 80% (12 passed, 3 failed); wrote 9 files
   * to /x in 1.2 s}; when the run did
   * nothing, {@code docs up to date (12 inputs unchanged) in 85 ms}.
   */
  public String summary() {
    if (upToDateInputs.isPresent()) {
      return "docs up to date (" + upToDateInputs.get() + plural(upToDateInputs.get(), " input") + " unchanged) in "
          + millis + " ms";
    }
    String counts = stacks + plural(stacks, " stack") + ", " + resources + plural(resources, " resource") + ", "
        + count(Severity.ERROR) + plural(count(Severity.ERROR), " error") + ", "
        + count(Severity.WARN) + plural(count(Severity.WARN), " warning")
        + readiness.filter(r -> r.total() > 0).map(r -> ", " + r.badge()).orElse("");
    String action;
    if (written.isPresent()) {
      WriteReport w = written.get();
      action = "wrote " + w.written().size() + " of " + files + plural(files, " file") + " to " + outputDirectory
          + (w.deleted().isEmpty() ? "" : ", deleted " + w.deleted().size());
    } else if (checked.isPresent()) {
      CheckReport c = checked.get();
      action = c.upToDate() ? "all " + files + plural(files, " file") + " in " + outputDirectory + " are up to date"
          : c.differences() + plural(c.differences(), " file") + " in " + outputDirectory + " out of date";
    } else {
      action = "nothing written";
    }
    return counts + "; " + action + " in " + String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  private static String plural(long n, String word) {
    return n == 1 ? word : word + "s";
  }
}
