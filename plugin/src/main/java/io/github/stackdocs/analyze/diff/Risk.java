package io.github.stackdocs.analyze.diff;

import java.util.Comparator;

/**
 * One dangerous change.
 *
 * @param logicalId the resource (or output, for export risks)
 * @param reason one sentence a reviewer understands
 * @param view for a change that widens the security views, which one ({@code access} or {@code exposure}); else empty
 * @param before what the view showed for the resource before the change ({@code view} set only)
 * @param after what it shows after the change ({@code view} set only)
 */
public record Risk(RiskKind kind, String stack, String logicalId, String reason, String view, String before,
    String after) implements Comparable<Risk> {
  public Risk {
    view = view == null ? "" : view;
    before = before == null ? "" : before;
    after = after == null ? "" : after;
  }

  /** A risk that is not a widening of the security views. */
  public Risk(RiskKind kind, String stack, String logicalId, String reason) {
    this(kind, stack, logicalId, reason, "", "", "");
  }

  private static final Comparator<Risk> ORDER = Comparator.comparing(Risk::kind).thenComparing(Risk::stack)
      .thenComparing(Risk::logicalId).thenComparing(Risk::reason);

  @Override
  public int compareTo(Risk o) {
    return ORDER.compare(this, o);
  }
}
