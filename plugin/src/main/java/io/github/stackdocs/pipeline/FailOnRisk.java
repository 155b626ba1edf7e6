package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.RiskKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which changes fail the {@code diff} goal, each level including the ones before it: NONE (never), DATA_LOSS
 * (data loss and deploy failures), SECURITY (also security risks), REPLACEMENT (also any resource that will or
 * may be replaced).
 */
public enum FailOnRisk {
  NONE,
  DATA_LOSS,
  SECURITY,
  REPLACEMENT;

  public static FailOnRisk parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ConfigurationException("failOnRisk", "'" + s + "' is not a valid value; expected NONE, DATA_LOSS,"
          + " SECURITY or REPLACEMENT");
    }
  }

  /** Why the change set fails at this level (one line each); empty when it passes. */
  public List<String> violations(ChangeSet changes) {
    List<String> out = new ArrayList<>();
    if (this == NONE) {
      return out;
    }
    changes.risks().stream()
        .filter(r -> r.kind() != RiskKind.SECURITY || compareTo(SECURITY) >= 0)
        .forEach(r -> out.add(r.kind().label() + " " + r.stack() + "/" + r.logicalId() + ": " + r.reason()));
    if (this == REPLACEMENT) {
      changes.stacks().forEach(s -> s.visibleResources().stream().filter(r -> r.impact().replaces())
          .forEach(r -> out.add("REPLACEMENT " + s.stackName() + "/" + r.logicalId() + ": " + r.type() + " "
              + r.impact().label())));
    }
    return out;
  }
}
