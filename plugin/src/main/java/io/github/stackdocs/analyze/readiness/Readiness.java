package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.model.Severity;
import java.util.List;

/** The project's readiness: one scorecard per stack, in project order, and the project's totals. */
public record Readiness(List<StackReadiness> stacks) {
  public static final Readiness NONE = new Readiness(List.of());

  public Readiness {
    stacks = List.copyOf(stacks);
  }

  /** Every result of every stack. */
  public List<CheckResult> results() {
    return stacks.stream().flatMap(s -> s.results().stream()).toList();
  }

  public Score score() {
    return Score.of(results());
  }

  /** The failed checks at or above {@code threshold}, sorted (what a gate lists). */
  public List<CheckResult> failing(Severity threshold) {
    return results().stream().filter(r -> r.status() == CheckResult.Status.FAIL && r.severity().atLeast(threshold))
        .sorted().toList();
  }
}
