package io.github.stackdocs.analyze.security;

import java.util.List;

/**
 * The security picture of one stack in one environment: who can do what ({@code access}) and what is reachable from
 * the internet ({@code exposure}).
 *
 * @param environment the environment whose values decided it (empty for a stack not bound)
 */
public record StackSecurity(String stack, String environment, List<AccessRow> access, List<Exposure> exposure) {
  public StackSecurity {
    access = List.copyOf(access);
    exposure = List.copyOf(exposure);
  }

  /** The grants a reviewer should look at: allowed, with a flag. */
  public List<AccessRow> flagged() {
    return access.stream().filter(a -> a.allows() && !a.flags().isEmpty()).toList();
  }
}
