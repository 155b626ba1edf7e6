package io.github.stackdocs.model;

import java.util.Comparator;
import java.util.List;

/**
 * An incident or post-mortem attached in the annotations file's {@code incidents} list: what happened, when, to
 * which resources, and what was done about it. Only incidents that passed validation get here: the date is an ISO
 * date ({@code 2026-03-14}), the link is an http(s) URL or empty, every affected resource is in the project.
 *
 * @param resources the affected stacks and resources as written: {@code stack} or {@code stack/LogicalId}
 * @param actions the follow-up actions, in file order
 * @param location where the incident is written in the annotations file
 */
public record Incident(String id, String date, String title, String link, List<String> resources,
    List<String> actions, SourceLocation location) {

  /** Newest first; the same date by id. */
  public static final Comparator<Incident> NEWEST_FIRST =
      Comparator.comparing(Incident::date).reversed().thenComparing(Incident::id);

  public Incident {
    resources = List.copyOf(resources);
    actions = List.copyOf(actions);
  }

  /** True when it names the stack itself or any of its resources. */
  public boolean affectsStack(String stack) {
    return resources.stream().anyMatch(r -> r.equals(stack) || r.startsWith(stack + "/"));
  }

  /** True when it names the resource ({@code stack/LogicalId}). */
  public boolean affectsResource(String stack, String logicalId) {
    return resources.contains(Annotations.key(stack, logicalId));
  }
}
