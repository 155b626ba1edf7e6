package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Binding;
import java.util.Optional;

import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.ParameterGroup;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parameters grouped as the Interface metadata says (group order, then listed order), the rest last by name. */
final class ParameterViews {
  static final String NOECHO_DEFAULT = "hidden (NoEcho)";

  private ParameterViews() {}

  static List<ParameterGroupView> of(Stack stack, PageIndex.StackPage page) {
    Map<String, Parameter> byName =
        stack.parameters().stream().collect(Collectors.toMap(Parameter::name, Function.identity(), (a, b) -> a));
    Set<String> placed = new HashSet<>();
    List<ParameterGroupView> groups = new ArrayList<>();
    Set<String> seenGroups = new HashSet<>();
    for (ParameterGroup g : stack.parameterGroups()) {
      if (!seenGroups.add(g.label())) {
        continue;
      }
      List<ParameterView> members = new ArrayList<>();
      for (String name : g.parameters()) {
        Parameter p = byName.get(name);
        if (p != null && placed.add(name)) {
          members.add(view(p, page, stack.binding()));
        }
      }
      if (!members.isEmpty()) {
        groups.add(new ParameterGroupView(g.label(), page.groups().get(g.label()), false, members));
      }
    }
    List<ParameterView> rest = stack.parameters().stream()
        .filter(p -> !placed.contains(p.name()))
        .sorted(Comparator.comparing(Parameter::name))
        .map(p -> view(p, page, stack.binding()))
        .toList();
    if (!rest.isEmpty()) {
      groups.add(new ParameterGroupView("Other parameters", "other-parameters", true, rest));
    }
    return groups;
  }

  static ParameterView view(Parameter p, PageIndex.StackPage page, Optional<Binding> binding) {
    String defaultValue = p.noEcho() ? NOECHO_DEFAULT : p.defaultValue().orElse("");
    String value = binding.flatMap(b -> b.parameters().stream().filter(v -> v.name().equals(p.name())).findFirst())
        .map(ParameterViews::value).orElse("");
    return new ParameterView(p.name(), page.parameters().get(p.name()), p.label(), p.type(), defaultValue,
        p.noEcho(), constraints(p), p.description(), value);
  }

  /** A bound value as shown: the value and where it comes from, or why it is not shown. */
  static String value(Binding.BoundParameter v) {
    if (v.secret()) {
      return NOECHO_DEFAULT;
    }
    return switch (v.source()) {
      case NONE -> "not known";
      case FILE -> v.value() + " (parameter file)";
      case SAMCONFIG -> v.value() + " (samconfig)";
      case PARENT -> v.value() + " (parent stack)";
      case DEPLOYED -> v.value() + " (deployed)";
      case DEFAULT -> v.value() + " (default)";
    };
  }

  static List<String> constraints(Parameter p) {
    List<String> c = new ArrayList<>();
    if (!p.allowedValues().isEmpty()) {
      c.add("Allowed: " + String.join(", ", p.allowedValues()));
    }
    if (!p.allowedPattern().isEmpty()) {
      c.add("Pattern: " + p.allowedPattern());
    }
    range("Length", p.minLength(), p.maxLength(), c);
    range("Value", p.minValue(), p.maxValue(), c);
    if (!p.constraintDescription().isEmpty()) {
      c.add(p.constraintDescription());
    }
    return c;
  }

  private static void range(String what, String min, String max, List<String> out) {
    if (!min.isEmpty() && !max.isEmpty()) {
      out.add(what + ": " + min + " to " + max);
    } else if (!min.isEmpty()) {
      out.add(what + ": at least " + min);
    } else if (!max.isEmpty()) {
      out.add(what + ": at most " + max);
    }
  }
}
