package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds every stack of a project to one environment. Parent stacks are bound before their nested stacks, whose
 * parameters are what the parent passes; stacks are bound again while new exports become known to the stacks that
 * import them (at most {@link #MAX_PASSES} times: an export computed from an import of an export ...).
 */
public final class ProjectBinder {
  /** How many times the stacks are bound at most for exports to settle. */
  static final int MAX_PASSES = 4;

  private ProjectBinder() {}

  /**
   * The project bound to {@code environment}; evaluation problems go to {@code findings}.
   *
   * @param project the stacks as read, each with this environment's deployed state
   */
  public static Project bind(Project project, EnvironmentInput environment, List<Finding> findings) {
    List<Stack> order = new ArrayList<>(project.stacks());
    Map<String, Stack> byName = new HashMap<>();
    project.stacks().forEach(s -> byName.put(s.name(), s));
    order.sort(Comparator.comparingInt((Stack s) -> depth(s, byName)).thenComparing(Stack::name));
    boolean imports = project.stacks().stream().anyMatch(s -> s.references().stream()
        .anyMatch(r -> r.kind() == io.github.stackdocs.model.Reference.Kind.IMPORT_VALUE));
    Exports deployed = Exports.deployed(environment.environment(), project.stacks());
    Exports exports = deployed;
    Map<String, Stack> bound = new LinkedHashMap<>();
    List<Finding> passFindings = new ArrayList<>();
    for (int pass = 1; pass <= MAX_PASSES; pass++) {
      passFindings = new ArrayList<>();
      bound.clear();
      for (Stack s : order) {
        Map<String, ParameterInput> inputs = new HashMap<>(environment.parameters().getOrDefault(s.name(), Map.of()));
        if (s.nestedIn().isPresent()) {
          inputs.putAll(passedByParent(s, bound));
        }
        StackScope scope = new StackScope(s, environment.environment(), inputs, deployedName(s, environment),
            exports);
        Optional<String> parentSkips = notCreatedByParent(s, bound);
        bound.put(s.name(), parentSkips.isPresent()
            ? StackBinder.notCreated(s, scope, environment.environment(), parentSkips.get())
            : StackBinder.bind(s, scope, environment.environment(), passFindings));
      }
      Exports next = deployed.with(bound.values());
      if (!imports || next.sameAs(exports)) {
        break;
      }
      exports = next;
    }
    findings.addAll(passFindings);
    return new Project(project.name(), List.copyOf(bound.values()), project.annotations());
  }

  /** The name the stack is deployed under: configured, else the snapshot's, else its own; nested stacks': unknown. */
  private static Optional<String> deployedName(Stack s, EnvironmentInput environment) {
    String configured = environment.stackNames().get(s.name());
    if (configured != null) {
      return Optional.of(configured);
    }
    Optional<String> deployed = s.deployed().map(d -> d.stackName()).filter(n -> !n.isEmpty());
    if (deployed.isPresent()) {
      return deployed;
    }
    return s.nestedIn().isPresent() ? Optional.empty() : Optional.of(s.name());
  }

  /** The known values the parent's {@code AWS::CloudFormation::Stack} resource passes as {@code Parameters}. */
  private static Map<String, ParameterInput> passedByParent(Stack child, Map<String, Stack> bound) {
    Stack parent = bound.get(child.nestedIn().get().parentStack());
    if (parent == null) {
      return Map.of();
    }
    Optional<Resource> resource = parent.resource(child.nestedIn().get().logicalId());
    Map<String, ParameterInput> passed = new HashMap<>();
    if (resource.isPresent() && resource.get().properties().get("Parameters") instanceof Node.MapNode params) {
      params.entries().forEach((name, value) -> {
        {
          passed.put(name, new ParameterInput(value, false, Binding.Source.PARENT, value.location()));
        }
      });
    }
    return passed;
  }

  /** {@code parent.Resource (Condition)} when the parent stack does not create the nested stack's resource here. */
  private static Optional<String> notCreatedByParent(Stack child, Map<String, Stack> bound) {
    if (child.nestedIn().isEmpty()) {
      return Optional.empty();
    }
    Stack parent = bound.get(child.nestedIn().get().parentStack());
    String logicalId = child.nestedIn().get().logicalId();
    return Optional.ofNullable(parent).flatMap(Stack::binding).flatMap(b -> b.notCreated().stream()
        .filter(n -> n.kind().equals("resource") && n.id().equals(logicalId)).findFirst())
        .map(n -> parent.name() + "." + logicalId + " (" + n.condition() + ")");
  }

  private static int depth(Stack s, Map<String, Stack> byName) {
    int depth = 0;
    Stack at = s;
    while (at.nestedIn().isPresent() && depth < 64) {
      at = byName.get(at.nestedIn().get().parentStack());
      if (at == null) {
        break;
      }
      depth++;
    }
    return depth;
  }
}
