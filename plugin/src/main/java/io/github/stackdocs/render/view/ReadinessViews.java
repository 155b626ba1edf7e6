package io.github.stackdocs.render.view;

import io.github.stackdocs.analyze.readiness.Check;
import io.github.stackdocs.analyze.readiness.CheckResult;
import io.github.stackdocs.analyze.readiness.Readiness;
import io.github.stackdocs.analyze.readiness.StackReadiness;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the readiness views of the index and the stack pages from the analysis, with links to the resources. */
final class ReadinessViews {
  /** Failing first (most serious first), then waived, decided at deploy time, passed; then by resource and check. */
  static final Comparator<CheckResult> SHOWN = Comparator.comparingInt((CheckResult r) -> rank(r.status()))
      .thenComparing(CheckResult::severity, Comparator.reverseOrder())
      .thenComparing(CheckResult::stack).thenComparing(CheckResult::logicalId).thenComparing(CheckResult::check);

  /** How many failing checks the index lists (the stack pages list all). */
  static final int INDEX_ROWS = 100;

  private ReadinessViews() {}

  static ReadinessView of(Readiness readiness, PageIndex pages) {
    if (readiness.stacks().isEmpty()) {
      return ReadinessView.NONE;
    }
    List<ReadinessView.StackScore> stacks = new ArrayList<>();
    Map<String, ReadinessView.StackReadinessView> byStack = new HashMap<>();
    List<CheckResult> failing = new ArrayList<>();
    List<CheckResult> waived = new ArrayList<>();
    Map<Check, int[]> counts = new EnumMap<>(Check.class);
    String environment = "";
    for (StackReadiness s : readiness.stacks()) {
      if (s.results().isEmpty() || !pages.hasStack(s.stack())) {
        continue;
      }
      environment = environment.isEmpty() ? io.github.stackdocs.model.Environment.shown(s.environment()) : environment;
      String from = pages.page(s.stack()).page();
      stacks.add(new ReadinessView.StackScore(pages.stackLink("index", s.stack()), score(s.score())));
      byStack.put(s.stack(), new ReadinessView.StackReadinessView(io.github.stackdocs.model.Environment.shown(s.environment()), score(s.score()),
          s.results().stream().sorted(SHOWN).map(r -> row(r, pages, from)).toList()));
      for (CheckResult r : s.results()) {
        if (r.status() == CheckResult.Status.FAIL) {
          failing.add(r);
          counts.computeIfAbsent(r.check(), k -> new int[1])[0]++;
        } else if (r.status() == CheckResult.Status.WAIVED) {
          waived.add(r);
        }
      }
    }
    List<ReadinessView.CheckCount> byCheck = counts.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<Check, int[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
        .map(e -> new ReadinessView.CheckCount(e.getKey().id(), e.getKey().title(), e.getKey().severity().name(),
            e.getValue()[0])).toList();
    return new ReadinessView(environment, score(readiness.score()), stacks, byCheck,
        failing.stream().sorted(SHOWN).limit(INDEX_ROWS).map(r -> row(r, pages, "index")).toList(),
        waived.stream().sorted(SHOWN).map(r -> row(r, pages, "index")).toList(), byStack);
  }

  private static ReadinessView.Score score(io.github.stackdocs.analyze.readiness.Score s) {
    return new ReadinessView.Score(s.passed(), s.failed(), s.waived(), s.unknown(), s.total(), s.percent(), s.badge());
  }

  private static ReadinessView.Row row(CheckResult r, PageIndex pages, String from) {
    Link resource = r.logicalId().isEmpty() ? null : pages.sourceLink(from, r.stack(), r.logicalId());
    return new ReadinessView.Row(r.check().id(), r.check().title(), resource, r.subject(), r.status().name(),
        r.severity().name(), r.detail(), r.location().file().isEmpty() ? "" : r.location().toString(),
        r.check().rationale(), r.check().fix(), r.waiver().map(w -> w.reason()).orElse(""),
        r.waiver().map(w -> w.location().toString()).orElse(""));
  }

  private static int rank(CheckResult.Status s) {
    return switch (s) {
      case FAIL -> 0;
      case WAIVED -> 1;
      case UNKNOWN -> 2;
      case PASS -> 3;
    };
  }
}
