package io.github.stackdocs.analyze.diff;

import java.util.Optional;

/**
 * A changed parameter, output, export, condition or rule.
 *
 * @param oldValue the baseline declaration (or export value) as compact text, empty when added
 * @param newValue the current one, empty when removed
 * @param cause empty for a change written in the template; for an export whose text is the same but whose value is
 *     new, the logical id of the replaced resource its value references
 */
public record ItemChange(
    Section section, String name, ChangeKind kind, Optional<String> oldValue, Optional<String> newValue,
    boolean suppressed, String cause) {

  public ItemChange(Section section, String name, ChangeKind kind, Optional<String> oldValue,
      Optional<String> newValue, boolean suppressed) {
    this(section, name, kind, oldValue, newValue, suppressed, "");
  }

  /** True when the change follows from a replaced resource rather than from the template text. */
  public boolean caused() {
    return !cause.isEmpty();
  }

  /** Where in the template the item lives. */
  public enum Section {
    PARAMETER,
    OUTPUT,
    EXPORT,
    CONDITION,
    RULE
  }
}
