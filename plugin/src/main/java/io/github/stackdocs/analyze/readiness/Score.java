package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.model.Severity;
import java.util.List;

/** Counts of a scorecard: how many checks passed, failed (and of those, how many at ERROR), were waived or unknown. */
public record Score(int passed, int failed, int failedErrors, int waived, int unknown) {

  static Score of(List<CheckResult> results) {
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int waived = 0;
    int unknown = 0;
    for (CheckResult r : results) {
      switch (r.status()) {
        case PASS -> passed++;
        case FAIL -> {
          failed++;
          if (r.severity() == Severity.ERROR) {
            errors++;
          }
        }
        case WAIVED -> waived++;
        case UNKNOWN -> unknown++;
      }
    }
    return new Score(passed, failed, errors, waived, unknown);
  }

  /** Every check counted. */
  public int total() {
    return passed + failed + waived + unknown;
  }

  /** Passed checks in percent of the checks not waived (100 when there are none), rounded down. */
  public int percent() {
    int counted = passed + failed + unknown;
    return counted == 0 ? 100 : passed * 100 / counted;
  }

  /** Badge-style: {@code readiness 80% (12 passed, 3 failed, 1 waived)}. */
  public String badge() {
    StringBuilder sb = new StringBuilder("readiness ").append(percent()).append("% (").append(passed)
        .append(" passed, ").append(failed).append(" failed");
    if (waived > 0) {
      sb.append(", ").append(waived).append(" waived");
    }
    if (unknown > 0) {
      sb.append(", ").append(unknown).append(" decided at deploy time");
    }
    return sb.append(')').toString();
  }
}
