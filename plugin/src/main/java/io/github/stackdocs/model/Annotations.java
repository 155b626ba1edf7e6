package io.github.stackdocs.model;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The annotations of a project, already resolved by precedence: per stack, and per resource
 * ({@code stack/LogicalId}) with only what is said about the resource itself (not inherited from its stack).
 */
public record Annotations(Map<String, Annotation> stacks, Map<String, Annotation> resources) {

  public static final Annotations NONE = new Annotations(Map.of(), Map.of());

  public Annotations {
    stacks = Collections.unmodifiableMap(new TreeMap<>(stacks));
    resources = Collections.unmodifiableMap(new TreeMap<>(resources));
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
    return stacks.isEmpty() && resources.isEmpty();
  }

  /** The resource key, {@code stack/LogicalId}. */
  public static String key(String stack, String logicalId) {
    return stack + "/" + logicalId;
  }
}
