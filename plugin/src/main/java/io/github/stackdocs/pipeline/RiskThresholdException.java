package io.github.stackdocs.pipeline;

import java.util.List;

/** The change log has risks at or above {@code failOnRisk}; the files were written before this is thrown. */
public final class RiskThresholdException extends StackdocsException implements StackdocsException.UserProblem {
  private final DiffResult result;

  public RiskThresholdException(FailOnRisk level, List<String> violations, DiffResult result) {
    super(violations.size() + (violations.size() == 1 ? " change" : " changes") + " at or above failOnRisk=" + level
        + ":\n  " + String.join("\n  ", violations.subList(0, Math.min(20, violations.size())))
        + (violations.size() > 20 ? "\n  … " + (violations.size() - 20) + " more" : "")
        + "\nSee " + result.outputDirectory().resolve("changes.md") + "; if the changes are intended, run with"
        + " failOnRisk NONE (-Dstackdocs.failOnRisk=NONE; on the command line --fail-on-risk NONE)");
    this.result = result;
  }

  public DiffResult result() {
    return result;
  }
}
