package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.catalog.EditDistance;
import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Annotations;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.ReadinessWaiver;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The annotations file's {@code readiness} waivers applied to verdicts: a resource's own waiver over its stack's; a
 * waiver turns a failing (or undecided) check into WAIVED, a severity change keeps the status and changes the
 * severity. Waivers naming no known check are WARN findings (once per place written).
 */
final class Waivers {
  private final Annotations annotations;

  Waivers(Annotations annotations) {
    this.annotations = annotations;
  }

  CheckResult apply(Verdict v, String stack, String logicalId, String type) {
    Optional<ReadinessWaiver> w = logicalId.isEmpty() ? Optional.empty()
        : annotations.resource(stack, logicalId).map(a -> a.readiness().get(v.check().id()));
    if (w.isEmpty()) {
      w = annotations.stack(stack).map(a -> a.readiness().get(v.check().id()));
    }
    CheckResult.Status status = v.status();
    if (w.isPresent() && w.get().waived() && status != CheckResult.Status.PASS) {
      status = CheckResult.Status.WAIVED;
    }
    io.github.stackdocs.model.Severity severity = w.flatMap(ReadinessWaiver::severity).orElse(v.check().severity());
    return new CheckResult(v.check(), stack, logicalId, type, status, severity, v.detail(), v.location(), w);
  }

  /** The waivers whose check id is unknown, each a WARN at the place it is written. */
  List<Finding> unknownChecks() {
    List<Finding> out = new ArrayList<>();
    Set<SourceLocation> seen = new TreeSet<>();
    List<Annotation> all = new ArrayList<>(annotations.stacks().values());
    all.addAll(annotations.resources().values());
    for (Annotation a : all) {
      for (ReadinessWaiver w : a.readiness().values()) {
        if (Check.byId(w.check()).isEmpty() && seen.add(w.location())) {
          out.add(Finding.warn("readiness-unknown-check", "readiness check '" + shown(w.check()) + "' does not exist"
              + suggestion(w.check()) + "; the checks are " + String.join(", ",
                  Arrays.stream(Check.values()).map(Check::id).toList()), w.location(), ""));
        }
      }
    }
    return out;
  }

  private static String suggestion(String id) {
    String best = null;
    int bestDistance = 3;
    for (Check c : Check.values()) {
      int d = EditDistance.between(id.toLowerCase(java.util.Locale.ROOT), c.id(), 2);
      if (d < bestDistance) {
        best = c.id();
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private static String shown(String s) {
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 80 ? one.substring(0, 80) + "..." : one;
  }
}
