package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import java.util.Comparator;
import java.util.Optional;

/**
 * One check on one resource (or stack) after the annotations file's waivers.
 *
 * @param logicalId the resource; empty for a stack check
 * @param type the resource's type; empty for a stack check
 * @param severity the severity of a failure (the check's, or the one the annotations file gives)
 * @param detail what was found, one plain sentence
 * @param location where the fault is: the template property or resource, the runbook line, the stack's template
 * @param waiver the waiver or severity change that applies, with its reason and location
 */
public record CheckResult(Check check, String stack, String logicalId, String type, Status status, Severity severity,
    String detail, SourceLocation location, Optional<io.github.stackdocs.model.ReadinessWaiver> waiver)
    implements Comparable<CheckResult> {

  /**
   * PASS and FAIL as found; WAIVED: failing (or unknown) but turned off in the annotations file; UNKNOWN: decided at
   * deploy time (the value is an expression the environment does not resolve).
   */
  public enum Status { PASS, FAIL, WAIVED, UNKNOWN }

  private static final Comparator<CheckResult> ORDER = Comparator.comparing(CheckResult::stack)
      .thenComparing(CheckResult::logicalId).thenComparing(CheckResult::check);

  public CheckResult {
    logicalId = logicalId == null ? "" : logicalId;
    type = type == null ? "" : type;
    waiver = waiver == null ? Optional.empty() : waiver;
  }

  /** {@code stack/LogicalId}, or the stack for a stack check: how a gate message and the change log name it. */
  public String subject() {
    return logicalId.isEmpty() ? stack : stack + "/" + logicalId;
  }

  /** The key that identifies the same check across two runs (the change log compares them). */
  public String key() {
    return subject() + "#" + check.id();
  }

  @Override
  public int compareTo(CheckResult o) {
    return ORDER.compare(this, o);
  }
}
