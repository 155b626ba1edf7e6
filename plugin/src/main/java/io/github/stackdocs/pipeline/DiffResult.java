package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.Impact;
import io.github.stackdocs.model.Finding;
import java.nio.file.Path;
import java.util.List;

/** What a change-log run found and wrote. @param baseline the baseline as described in the documents */
public record DiffResult(ChangeSet changes, String baseline, List<Finding> findings, Path outputDirectory, long millis) {

  public DiffResult {
    findings = findings.stream().sorted().toList();
  }

  /** One line: {@code 3 resources changed (1 will replace, 0 destroyed), 1 risk, 2 suppressed vs git:main}. */
  public String summary() {
    if (changes.empty()) {
      return "no changes vs " + baseline + (changes.suppressed() == 0 ? "" : ", " + changes.suppressed() + " suppressed");
    }
    int n = changes.visibleResources().size();
    return n + (n == 1 ? " resource" : " resources") + " changed (" + changes.count(ChangeKind.ADDED) + " added, "
        + changes.count(ChangeKind.REMOVED) + " removed, " + changes.count(Impact.WILL_REPLACE) + " will replace, "
        + changes.count(Impact.MAY_REPLACE) + " may replace), " + changes.risks().size()
        + (changes.risks().size() == 1 ? " risk" : " risks") + ", " + changes.suppressed() + " suppressed vs "
        + baseline + "; wrote changes.md and changes.json to " + outputDirectory;
  }
}
