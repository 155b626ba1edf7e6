package io.github.stackdocs.model;

import java.util.Optional;

/**
 * A place the stacks are deployed to, as the model knows it: its name and, when configured, its region and account.
 * {@link #DEFAULTS} is the built-in environment of a project that declares none: it binds each parameter's
 * {@code Default}.
 */
public record Environment(String name, Optional<String> region, Optional<String> accountId) {
  /** The name of the built-in environment. */
  public static final String DEFAULTS_NAME = "defaults";

  public static final Environment DEFAULTS = new Environment(DEFAULTS_NAME, Optional.empty(), Optional.empty());

  public Environment {
    region = region == null ? Optional.empty() : region;
    accountId = accountId == null ? Optional.empty() : accountId;
  }

  public boolean builtIn() {
    return name.equals(DEFAULTS_NAME);
  }
}
