package io.github.stackdocs.analyze.readiness;

import java.util.List;

/**
 * The readiness scorecard of one stack in one environment: every check on the stack and its resources, in order
 * (stack checks first, then resources by logical id).
 *
 * @param environment the environment whose values decided it (empty for a stack not bound)
 */
public record StackReadiness(String stack, String environment, List<CheckResult> results) {
  public StackReadiness {
    results = results.stream().sorted().toList();
  }

  public Score score() {
    return Score.of(results);
  }
}
