package io.github.stackdocs.render.view;

import java.util.List;
import java.util.Map;

/**
 * The readiness scorecards as the pages show them: the project's totals, a row per stack, how many failures each check
 * has, every failing and waived check of the project, and per stack every check (failing first). Texts are plain
 * (escaped by the templates); links are built from sanitized names only.
 *
 * @param environment the environment whose values decided the checks (empty when not bound)
 * @param score the project's counts and badge
 * @param failing the project's failing checks, most serious first, at most {@code ReadinessViews.INDEX_ROWS}
 */
public record ReadinessView(String environment, Score score, List<StackScore> stacks, List<CheckCount> failedByCheck,
    List<Row> failing, List<Row> waived, Map<String, StackReadinessView> byStack) {

  public static final ReadinessView NONE = new ReadinessView("", new Score(0, 0, 0, 0, 0, 100, ""), List.of(), List.of(),
      List.of(), List.of(), Map.of());

  public ReadinessView {
    stacks = List.copyOf(stacks);
    failedByCheck = List.copyOf(failedByCheck);
    failing = List.copyOf(failing);
    waived = List.copyOf(waived);
    byStack = Map.copyOf(byStack);
  }

  /** True when there is a scorecard to show. */
  public boolean shown() {
    return score.total() > 0;
  }

  /** The stack's scorecard; null (nothing to show) for a stack without checks. */
  public StackReadinessView stack(String name) {
    return byStack.get(name);
  }

  /** Counts and the badge ({@code readiness 80% (12 passed, 3 failed)}). */
  public record Score(int passed, int failed, int waived, int unknown, int total, int percent, String badge) {}

  /** A stack's line of the project scorecard. */
  public record StackScore(Link stack, Score score) {}

  /** How many resources (or stacks) fail a check. */
  public record CheckCount(String check, String title, String severity, int failed) {}

  /** One stack's scorecard: its counts and every check on it, failing first. */
  public record StackReadinessView(String environment, Score score, List<Row> rows) {
    public StackReadinessView {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One check on one resource or stack.
   *
   * @param resource the resource's link; null for a check on the stack
   * @param status PASS, FAIL, WAIVED or UNKNOWN
   * @param location where the fault is ({@code file:line:col}); empty when not known
   * @param waiver the reason given in the annotations file for waiving it or changing its severity (empty: none)
   * @param waiverLocation where that reason is written
   */
  public record Row(String check, String title, Link resource, String subject, String status, String severity,
      String detail, String location, String rationale, String fix, String waiver, String waiverLocation) {}
}
