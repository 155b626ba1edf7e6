package io.github.stackdocs.analyze.diff;

import java.util.Locale;
import java.util.Optional;

/**
 * Which changes that follow from a replaced resource the change log lists.
 * <ul>
 *   <li>{@code ALL}: every resource whose Ref, GetAtt, Sub or ImportValue of a replaced (or maybe replaced)
 *       resource gets a new value, in place or by replacement; what CloudFormation will actually update.</li>
 *   <li>{@code AS_CDK_DIFF}: only the cascades {@code cdk diff} (cloudformation-diff's
 *       {@code propagateReplacedReferences}) lists: those that replace, caused by a resource that will surely be
 *       replaced. For a change log that reads like {@code cdk diff}.</li>
 * </ul>
 */
public enum Cascades {
  ALL,
  AS_CDK_DIFF;

  /** The value named by {@code s} (any case, {@code -} for {@code _}), if it names one. */
  public static Optional<Cascades> parse(String s) {
    if (s == null) {
      return Optional.empty();
    }
    String name = s.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (Cascades c : values()) {
      if (c.name().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** True when a cascaded change of {@code impact}, caused by a resource changed with {@code cause}, is listed. */
  boolean lists(Impact cause, Impact impact) {
    return this == ALL || cause == Impact.WILL_REPLACE && impact.replaces();
  }
}
