package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Environments;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stack page's environment section: the environment its values are from, what that environment does not create,
 * and, with several environments, what differs between them (parameter values, condition truths, resources created,
 * bound property values), in template order.
 */
final class EnvironmentViews {
  /** How many differences a page lists at most; the rest are counted. */
  static final int MAX_DIFFERENCES = 200;

  private static final String ABSENT = "—";

  private EnvironmentViews() {}

  static EnvironmentView of(Project project, Stack stack) {
    Environments environments = project.environments();
    Environment shown = stack.binding().map(Binding::environment).orElse(Environment.DEFAULTS);
    List<String> details = new ArrayList<>();
    shown.region().ifPresent(details::add);
    shown.accountId().ifPresent(a -> details.add("account " + a));
    List<String> names = environments.all().stream().map(Environment::name).toList();
    List<EnvironmentView.NotCreatedView> notCreated = stack.binding().map(b -> b.notCreated().stream()
        .map(n -> new EnvironmentView.NotCreatedView(n.kind(), n.id(), n.type(), n.condition())).toList())
        .orElse(List.of());
    List<EnvironmentView.DifferenceView> differences = new ArrayList<>();
    if (environments.several()) {
      differences(environments, names, stack.name(), differences);
    }
    int more = Math.max(0, differences.size() - MAX_DIFFERENCES);
    return new EnvironmentView(shown.name(), shown.builtIn(), String.join(", ", details),
        names.stream().filter(n -> !n.equals(shown.name())).toList(), notCreated, environments.several() ? names
            : List.of(), differences.subList(0, differences.size() - more), more);
  }

  private static void differences(Environments environments, List<String> names, String stackName,
      List<EnvironmentView.DifferenceView> out) {
    List<Optional<Stack>> stacks = names.stream().map(n -> environments.stack(n, stackName)).toList();
    Optional<Stack> any = stacks.stream().flatMap(Optional::stream).findFirst();
    if (any.isEmpty()) {
      return;
    }
    for (Parameter p : any.get().parameters()) {
      row("Parameter " + p.name(), stacks.stream().map(s -> s.flatMap(Stack::binding)
          .flatMap(b -> b.parameters().stream().filter(v -> v.name().equals(p.name())).findFirst())
          .map(ParameterViews::value).orElse(ABSENT)).toList(), out);
    }
    for (String condition : any.get().conditions().keySet()) {
      row("Condition " + condition, stacks.stream().map(s -> s.flatMap(Stack::binding)
          .map(b -> b.condition(condition).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
          .orElse(ABSENT)).toList(), out);
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Optional<Stack> s : stacks) {
      s.ifPresent(x -> {
        x.resources().forEach(r -> ids.add(r.logicalId()));
        x.binding().ifPresent(b -> b.notCreated().stream().filter(n -> n.kind().equals("resource"))
            .forEach(n -> ids.add(n.id())));
      });
    }
    for (String id : ids) {
      List<Optional<Resource>> resources = stacks.stream().map(s -> s.flatMap(x -> x.resource(id))).toList();
      row("Resource " + id, resources.stream().map(r -> r.isPresent() ? "created" : "not created").toList(), out);
      Map<String, List<String>> properties = new LinkedHashMap<>();
      for (int i = 0; i < resources.size(); i++) {
        if (resources.get(i).isEmpty()) {
          continue;
        }
        for (Map.Entry<String, Node> e : resources.get(i).get().properties().entries().entrySet()) {
          properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>(java.util.Collections.nCopies(
              resources.size(), ABSENT))).set(i, ValueViews.comparable(resources.get(i).get().type(), e.getKey(),
              e.getValue()));
        }
      }
      long created = resources.stream().filter(Optional::isPresent).count();
      if (created > 1) {
        properties.forEach((name, values) -> {
          List<String> shown = new ArrayList<>();
          for (int i = 0; i < values.size(); i++) {
            shown.add(resources.get(i).isPresent() ? values.get(i) : "not created");
          }
          row(id + "." + name, shown, out);
        });
      }
    }
  }

  /** A row when the values are not all the same. */
  private static void row(String what, List<String> values, List<EnvironmentView.DifferenceView> out) {
    if (values.stream().distinct().count() > 1) {
      out.add(new EnvironmentView.DifferenceView(what, values));
    }
  }
}
