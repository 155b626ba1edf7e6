package io.github.stackdocs.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the annotations file says about one readiness check on a stack or resource: turned off (waived), or kept with
 * another severity; always with the reason people gave, which the scorecard shows.
 *
 * @param check the check's id ({@code backup}, {@code multi-az} ...), as written
 * @param severity the severity the check gets; empty: the check is waived
 * @param reason why, as written (plain text, unescaped)
 * @param location where the waiver is written
 */
public record ReadinessWaiver(String check, Optional<Severity> severity, String reason, SourceLocation location) {
  public ReadinessWaiver {
    Objects.requireNonNull(check, "check");
    severity = severity == null ? Optional.empty() : severity;
    reason = reason == null ? "" : reason;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  /** True when the check is turned off rather than given another severity. */
  public boolean waived() {
    return severity.isEmpty();
  }
}
