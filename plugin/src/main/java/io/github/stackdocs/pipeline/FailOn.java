package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Severity;
import java.util.Locale;
import java.util.Optional;

/** The least serious finding that fails the build: ERROR (default), WARN, or NEVER. */
public enum FailOn {
  ERROR,
  WARN,
  NEVER;

  public static FailOn parse(String s) {
    return parse("failOn", s);
  }

  /** As {@link #parse(String)}, for the setting {@code name} ({@code readinessFailOn}). */
  public static FailOn parse(String name, String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(name, "'" + s + "' is not a valid value; expected ERROR, WARN or NEVER");
    }
  }

  /** The severity threshold, empty for NEVER. */
  public Optional<Severity> threshold() {
    return switch (this) {
      case ERROR -> Optional.of(Severity.ERROR);
      case WARN -> Optional.of(Severity.WARN);
      case NEVER -> Optional.empty();
    };
  }
}
