package io.github.stackdocs.analyze.diff;

import java.util.Comparator;

/**
 * One dangerous change.
 *
 * @param logicalId the resource (or output, for export risks)
 * @param reason one sentence a reviewer understands
 */
public record Risk(RiskKind kind, String stack, String logicalId, String reason) implements Comparable<Risk> {
  private static final Comparator<Risk> ORDER = Comparator.comparing(Risk::kind).thenComparing(Risk::stack)
      .thenComparing(Risk::logicalId).thenComparing(Risk::reason);

  @Override
  public int compareTo(Risk o) {
    return ORDER.compare(this, o);
  }
}
