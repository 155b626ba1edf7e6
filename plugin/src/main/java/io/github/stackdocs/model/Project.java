package io.github.stackdocs.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every stack of one documentation run, sorted by name. */
public record Project(String name, List<Stack> stacks) {

  public Project {
    name = name == null ? "" : name;
    stacks = stacks.stream().sorted(Comparator.comparing(Stack::name)).toList();
  }

  public Optional<Stack> stack(String stackName) {
    return stacks.stream().filter(s -> s.name().equals(stackName)).findFirst();
  }

  public int resourceCount() {
    return stacks.stream().mapToInt(s -> s.resources().size()).sum();
  }
}
