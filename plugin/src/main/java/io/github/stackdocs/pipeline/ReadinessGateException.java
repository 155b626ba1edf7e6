package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.readiness.CheckResult;
import java.util.List;

/**
 * Readiness checks failed at or above {@code readinessFailOn}; the docs (with the scorecard) were written or checked
 * before this is thrown. Lists each failing check where it is at fault, with the fix.
 */
public final class ReadinessGateException extends StackdocsException implements StackdocsException.UserProblem {
  private static final int SHOWN = 30;
  private final transient DocsResult result;

  public ReadinessGateException(FailOn level, List<CheckResult> failing, DocsResult result) {
    super(message(level, failing));
    this.result = result;
  }

  private static String message(FailOn level, List<CheckResult> failing) {
    StringBuilder sb = new StringBuilder().append(failing.size())
        .append(failing.size() == 1 ? " readiness check" : " readiness checks")
        .append(" failed at or above readinessFailOn=").append(level).append(':');
    for (CheckResult r : failing.subList(0, Math.min(SHOWN, failing.size()))) {
      sb.append("\n  ").append(r.location().file().isEmpty() ? "" : r.location() + ": ").append(r.subject())
          .append(' ').append(r.check().id()).append(" (").append(r.severity()).append("): ").append(r.detail())
          .append(". Fix: ").append(r.check().fix());
    }
    if (failing.size() > SHOWN) {
      sb.append("\n  … ").append(failing.size() - SHOWN).append(" more (see the Readiness section of the docs)");
    }
    return sb.append("\nFix them, waive one with a reason in the annotations file (readiness: {<check>: <reason>}),")
        .append(" or set readinessFailOn to ").append(level == FailOn.WARN ? "ERROR or NEVER" : "NEVER").toString();
  }

  public DocsResult result() {
    return result;
  }
}
