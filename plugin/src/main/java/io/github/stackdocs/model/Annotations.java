package io.github.stackdocs.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The annotations of a project, already resolved by precedence: per stack, and per resource
 * ({@code stack/LogicalId}) with only what is said about the resource itself (not inherited from its stack).
 *
 * @param incidents the incidents of the annotations file, newest first ({@link Incident#NEWEST_FIRST})
 */
public record Annotations(Map<String, Annotation> stacks, Map<String, Annotation> resources,
    List<Incident> incidents) {

  public static final Annotations NONE = new Annotations(Map.of(), Map.of());

  public Annotations {
    stacks = Collections.unmodifiableMap(new TreeMap<>(stacks));
    resources = Collections.unmodifiableMap(new TreeMap<>(resources));
    incidents = incidents.stream().sorted(Incident.NEWEST_FIRST).toList();
  }

  /** Without incidents. */
  public Annotations(Map<String, Annotation> stacks, Map<String, Annotation> resources) {
    this(stacks, resources, List.of());
  }

  /** The incidents that name the stack or any of its resources, newest first. */
  public List<Incident> incidentsOfStack(String stack) {
    return incidents.stream().filter(i -> i.affectsStack(stack)).toList();
  }

  /** The incidents that name the resource, newest first. */
  public List<Incident> incidentsOf(String stack, String logicalId) {
    return incidents.stream().filter(i -> i.affectsResource(stack, logicalId)).toList();
  }

  /** What is said about the stack as a whole. */
  public Optional<Annotation> stack(String stack) {
    return Optional.ofNullable(stacks.get(stack));
  }

  /** What is said about the resource itself. */
  public Optional<Annotation> resource(String stack, String logicalId) {
    return Optional.ofNullable(resources.get(key(stack, logicalId)));
  }

  /** The resource's annotation over its stack's: what a runbook for the resource shows. */
  public Optional<Annotation> effective(String stack, String logicalId) {
    Annotation a = resource(stack, logicalId).orElse(Annotation.EMPTY).over(stack(stack).orElse(Annotation.EMPTY));
    return a.isEmpty() ? Optional.empty() : Optional.of(a);
  }

  public boolean isEmpty() {
    return stacks.isEmpty() && resources.isEmpty() && incidents.isEmpty();
  }

  /** The resource key, {@code stack/LogicalId}. */
  public static String key(String stack, String logicalId) {
    return stack + "/" + logicalId;
  }
}
