package io.github.stackdocs.render.inject;

import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.render.view.StackView;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The sections {@code inject} writes between markers into a human-edited file, by region id: {@code stacks} (the
 * stack table), {@code readiness} (the project's readiness score per stack), and {@code parameters}, {@code outputs}, {@code resources} and {@code diagram} (Mermaid) of one stack,
 * as {@code <section>-<stack>} ({@code parameters-api}) or, in a project with one stack, {@code <section>}. A plain
 * {@code diagram} in a project of several stacks is the cross-stack diagram. The stack part is the stack's name in
 * lower case with every run of other characters than letters and digits as {@code -}. Rendered by the templates
 * {@code md/inject.ftl} and {@code adoc/inject.ftl}, which users may override.
 */
public final class InjectSections {
  /** The section names, in the order the help lists them. */
  public static final List<String> SECTIONS = List.of("stacks", "readiness", "parameters", "outputs", "resources",
      "diagram");

  private final TemplateEngine engine;
  private final ProjectView view;
  private final Map<String, List<StackView>> byId = new TreeMap<>();

  public InjectSections(TemplateEngine engine, ProjectView view) {
    this.engine = engine;
    this.view = view;
    view.stacks().forEach(s -> byId.computeIfAbsent(id(s.name()), k -> new java.util.ArrayList<>()).add(s));
  }

  /** How a stack is named in a region id: lower case, other characters than letters and digits as {@code -}. */
  public static String id(String stackName) {
    return stackName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /**
   * The text of region {@code id} in {@code ext} ({@code md} or {@code adoc}): a blank line, the section, a blank
   * line, so the markers stay apart from it.
   *
   * @throws IllegalArgumentException when the id names no section or no stack, saying what is expected
   */
  public String body(String id, String ext) {
    String section = SECTIONS.stream().filter(s -> id.equals(s) || id.startsWith(s + "-")).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown section '" + id + "'; expected one of "
            + String.join(", ", SECTIONS) + " (the last four optionally as <section>-<stack>, e.g. "
            + example() + ")"));
    String stackPart = id.length() > section.length() ? id.substring(section.length() + 1) : "";
    Map<String, Object> model = new HashMap<>();
    model.put("project", view);
    model.put("section", section);
    if (section.equals("stacks") || section.equals("readiness")) {
      if (!stackPart.isEmpty()) {
        throw new IllegalArgumentException("section '" + section + "' covers every stack; write '" + section
            + "' without '-" + stackPart + "'");
      }
    } else {
      Optional<StackView> stack = stack(section, stackPart);
      stack.ifPresent(s -> model.put("stack", s));
      if (section.equals("diagram")) {
        model.put("diagram", stack.map(StackView::diagram).orElse(view.diagram()));
      } else if (stack.isEmpty()) {
        throw new IllegalArgumentException("section '" + section + "' needs a stack: the project has "
            + view.stacks().size() + "; write '" + section + "-<stack>' with one of " + String.join(", ",
            byId.keySet()));
      }
    }
    return "\n" + engine.process(ext + "/inject.ftl", model) + "\n";
  }

  /** The stack {@code part} names; the only stack when it is empty (none for a project of several). */
  private Optional<StackView> stack(String section, String part) {
    if (part.isEmpty()) {
      return view.stacks().size() == 1 ? Optional.of(view.stacks().get(0)) : Optional.empty();
    }
    List<StackView> found = byId.get(part);
    if (found == null) {
      throw new IllegalArgumentException("no stack '" + part + "' for section '" + section + "'; expected one of "
          + (byId.isEmpty() ? "(no stacks)" : String.join(", ", byId.keySet())));
    }
    if (found.size() > 1) {
      throw new IllegalArgumentException("'" + part + "' names " + found.size() + " stacks ("
          + String.join(", ", found.stream().map(StackView::name).toList()) + "); rename one of them");
    }
    return Optional.of(found.get(0));
  }

  private String example() {
    return "parameters-" + byId.keySet().stream().findFirst().orElse("api");
  }
}
