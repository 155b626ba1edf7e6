package io.github.stackdocs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The environments a project is bound to, and each one's bound stacks. The project's own stacks are those of the
 * {@link #selected} environment.
 *
 * @param all the environments in the order declared ({@link Environment#DEFAULTS} alone when none is)
 * @param selected the name of the environment the pages show
 * @param stacks environment name → its bound stacks, sorted by name
 */
public record Environments(List<Environment> all, String selected, Map<String, List<Stack>> stacks) {
  /** Before binding: the built-in environment, no bound stacks. */
  public static final Environments NONE = new Environments(List.of(Environment.DEFAULTS), Environment.DEFAULTS_NAME,
      Map.of());

  public Environments {
    all = List.copyOf(all);
    Map<String, List<Stack>> copy = new LinkedHashMap<>();
    stacks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    stacks = Collections.unmodifiableMap(copy);
  }

  /** True when the project declares more than one environment, so pages compare them. */
  public boolean several() {
    return all.size() > 1;
  }

  /** A stack of an environment by name. */
  public Optional<Stack> stack(String environment, String stackName) {
    return stacks.getOrDefault(environment, List.of()).stream().filter(s -> s.name().equals(stackName)).findFirst();
  }
}
