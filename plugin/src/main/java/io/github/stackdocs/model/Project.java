package io.github.stackdocs.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every stack of one documentation run, sorted by name.
 *
 * @param annotations what people say about the stacks and resources (owners, tiers, on-call); {@link
 *     Annotations#NONE} when nothing is
 */
public record Project(String name, List<Stack> stacks, Annotations annotations, Environments environments) {

  public Project {
    name = name == null ? "" : name;
    stacks = stacks.stream().sorted(Comparator.comparing(Stack::name)).toList();
    annotations = annotations == null ? Annotations.NONE : annotations;
    environments = environments == null ? Environments.NONE : environments;
  }

  /** A project not bound to environments. */
  public Project(String name, List<Stack> stacks, Annotations annotations) {
    this(name, stacks, annotations, Environments.NONE);
  }

  /** A project without annotations. */
  public Project(String name, List<Stack> stacks) {
    this(name, stacks, Annotations.NONE);
  }

  /** A copy with these annotations. */
  public Project withAnnotations(Annotations resolved) {
    return new Project(name, stacks, resolved, environments);
  }

  /** A copy with these stacks (the selected environment's) and environments. */
  public Project withEnvironments(List<Stack> bound, Environments bindings) {
    return new Project(name, bound, annotations, bindings);
  }

  public Optional<Stack> stack(String stackName) {
    return stacks.stream().filter(s -> s.name().equals(stackName)).findFirst();
  }

  public int resourceCount() {
    return stacks.stream().mapToInt(s -> s.resources().size()).sum();
  }
}
