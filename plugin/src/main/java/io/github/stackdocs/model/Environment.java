package io.github.stackdocs.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A place the stacks are deployed to, as the model knows it: its name and, when configured, its region and account.
 * {@link #DEFAULTS} is the built-in environment of a project that declares none: it binds each parameter's
 * {@code Default}.
 *
 * @param exports what its deployed snapshot says stacks outside the project export (export name → value: a
 *     {@code list-exports} file, or their {@code describe-stacks} outputs); they resolve the project's imports
 */
public record Environment(String name, Optional<String> region, Optional<String> accountId,
    Map<String, String> exports) {
  /** The name of the built-in environment. */
  public static final String DEFAULTS_NAME = "defaults";

  /** An environment's name as the pages say it: none for the built-in defaults (no environment was declared). */
  public static String shown(String name) {
    return DEFAULTS_NAME.equals(name) ? "" : name;
  }

  public static final Environment DEFAULTS = new Environment(DEFAULTS_NAME, Optional.empty(), Optional.empty());

  public Environment(String name, Optional<String> region, Optional<String> accountId) {
    this(name, region, accountId, Map.of());
  }

  public Environment {
    region = region == null ? Optional.empty() : region;
    accountId = accountId == null ? Optional.empty() : accountId;
    exports = Collections.unmodifiableMap(new TreeMap<>(exports == null ? Map.of() : exports));
  }

  public boolean builtIn() {
    return name.equals(DEFAULTS_NAME);
  }
}
