package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Incident;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incidents of the annotations file as the pages show them, newest first: all of them for the project page
 * ({@link #PAGE}), and per stack those that name the stack or one of its resources, for its page.
 *
 * @param all every incident, linked from the project page
 * @param byStack stack name → its incidents, linked from its page (stacks without incidents are absent)
 */
public record IncidentsView(List<IncidentView> all, Map<String, List<IncidentView>> byStack) {
  /** The project page of incidents, an output path without extension. */
  public static final String PAGE = "incidents";

  public static final IncidentsView NONE = new IncidentsView(List.of(), Map.of());

  public IncidentsView {
    all = List.copyOf(all);
    byStack = Map.copyOf(byStack);
  }

  /** The views of {@code project}'s incidents; {@link #NONE} when it has none. */
  public static IncidentsView of(Project project) {
    List<Incident> incidents = project.annotations().incidents();
    if (incidents.isEmpty()) {
      return NONE;
    }
    PageIndex pages = new PageIndex(project);
    Map<String, List<IncidentView>> byStack = new TreeMap<>();
    for (Stack s : project.stacks()) {
      List<Incident> own = project.annotations().incidentsOfStack(s.name());
      if (!own.isEmpty()) {
        String page = pages.page(s.name()).page();
        byStack.put(s.name(), own.stream().map(i -> view(i, pages, page)).toList());
      }
    }
    return new IncidentsView(incidents.stream().map(i -> view(i, pages, PAGE)).toList(), byStack);
  }

  /** The incidents of the stack's page. */
  public List<IncidentView> stack(String name) {
    return byStack.getOrDefault(name, List.of());
  }

  private static IncidentView view(Incident i, PageIndex pages, String from) {
    List<Link> resources = new ArrayList<>();
    for (String r : i.resources()) {
      if (pages.hasStack(r)) {
        resources.add(pages.stackLink(from, r));
        continue;
      }
      int slash = r.lastIndexOf('/');
      String stack = r.substring(0, slash);
      if (pages.hasStack(stack)) {
        resources.add(pages.sourceLink(from, stack, r.substring(slash + 1)));
      }
    }
    return new IncidentView(i.id(), i.date(), i.title(),
        AnnotationView.WebLink.of(i.title(), i.link()).orElse(null), resources, i.actions());
  }
}
