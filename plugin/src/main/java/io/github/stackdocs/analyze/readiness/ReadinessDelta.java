package io.github.stackdocs.analyze.readiness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a change moves readiness: the scores before and after, the checks that fail now and did not (newly failing:
 * failing after, and passing, waived or absent before) and those that failed and no longer do (fixed: passing or gone
 * after). Checks are matched by stack, resource and check id.
 */
public record ReadinessDelta(Score before, Score after, List<CheckResult> newlyFailing, List<CheckResult> fixed) {
  public ReadinessDelta {
    newlyFailing = newlyFailing.stream().sorted().toList();
    fixed = fixed.stream().sorted().toList();
  }

  public static ReadinessDelta of(Readiness before, Readiness after) {
    Map<String, CheckResult> old = new HashMap<>();
    before.results().forEach(r -> old.put(r.key(), r));
    Map<String, CheckResult> now = new HashMap<>();
    after.results().forEach(r -> now.put(r.key(), r));
    List<CheckResult> worse = after.results().stream().filter(ReadinessDelta::failing)
        .filter(r -> !old.containsKey(r.key()) || !failing(old.get(r.key()))).toList();
    List<CheckResult> better = before.results().stream().filter(ReadinessDelta::failing)
        .filter(r -> !now.containsKey(r.key()) || !failing(now.get(r.key()))).toList();
    return new ReadinessDelta(before.score(), after.score(), worse, better);
  }

  private static boolean failing(CheckResult r) {
    return r.status() == CheckResult.Status.FAIL;
  }

  /** True when no check starts or stops failing. */
  public boolean unchanged() {
    return newlyFailing.isEmpty() && fixed.isEmpty();
  }

  /** {@code worse}, {@code better}, {@code mixed} or {@code unchanged}. */
  public String direction() {
    if (unchanged()) {
      return "unchanged";
    }
    return newlyFailing.isEmpty() ? "better" : fixed.isEmpty() ? "worse" : "mixed";
  }
}
