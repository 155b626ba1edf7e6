package io.github.stackdocs.analyze.diff;

import java.util.Optional;

/**
 * A changed parameter, output, export, condition or rule.
 *
 * @param oldValue the baseline declaration (or export value) as compact text, empty when added
 * @param newValue the current one, empty when removed
 */
public record ItemChange(
    Section section, String name, ChangeKind kind, Optional<String> oldValue, Optional<String> newValue,
    boolean suppressed) {

  /** Where in the template the item lives. */
  public enum Section {
    PARAMETER,
    OUTPUT,
    EXPORT,
    CONDITION,
    RULE
  }
}
