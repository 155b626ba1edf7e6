package io.github.stackdocs.model;

/** How serious a {@link Finding} is; ordered from least to most serious. */
public enum Severity {
  INFO,
  WARN,
  ERROR;

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) >= 0;
  }
}
