package io.github.stackdocs.render.view;

import java.util.List;

/**
 * The security views of a stack page (or, with the stack named in each link, of the project's overview).
 *
 * @param environment the environment whose values decided them (empty when the stack is not bound)
 * @param access every grant (the overview: only the flagged ones)
 * @param exposure everything reachable from the internet
 * @param grants how many grants the stack (or project) has in all
 * @param flagged how many of them are flagged (wildcards, other accounts, anyone)
 */
public record SecurityView(String environment, List<Access> access, List<Exposure> exposure, int grants,
    int flagged) {
  public SecurityView {
    access = List.copyOf(access);
    exposure = List.copyOf(exposure);
  }

  /**
   * One grant: {@code principals} → {@code actions} → {@code resources}.
   *
   * @param holder the resource holding the policy
   * @param actionsPrefix {@code all but} for {@code NotAction}, else empty
   * @param resourcesPrefix {@code all but} for {@code NotResource}, else empty
   * @param flags the labels of its flags ({@code wildcard action}, {@code cross-account} ...)
   * @param notes why, where a flag needs saying (the foreign account, the managed policy)
   * @param condition the holder's unresolved {@code Condition}, else empty
   * @param location where the statement is written
   */
  public record Access(Link holder, String holderType, String source, String effect, List<Target> principals,
      String actionsPrefix, List<String> actions, String resourcesPrefix, List<Target> resources, boolean conditional,
      List<String> flags, List<String> notes, String condition, String location) {
    public Access {
      principals = List.copyOf(principals);
      actions = List.copyOf(actions);
      resources = List.copyOf(resources);
      flags = List.copyOf(flags);
      notes = List.copyOf(notes);
    }
  }

  /**
   * A principal or resource: a link to the project's resource when the value names one ({@code link}, with the
   * written value in {@code written} when it says more than the id), else the value as {@code text}.
   */
  public record Target(Link link, String text, String written) {}

  /** One way something is reachable from the internet. */
  public record Exposure(Link resource, String type, String kind, String detail, String condition, String location) {}
}
