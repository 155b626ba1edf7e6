package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Annotations;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The index's owners and tiers overview: per stack (in project order) a row for the stack when something is
 * said about it, then a row per resource (in template order) with an annotation of its own, showing what applies
 * to it (its own over its stack's). Empty when the project has no annotations.
 */
final class OwnerRows {
  private OwnerRows() {}

  static List<OwnerRow> build(Project project, PageIndex pages) {
    Annotations annotations = project.annotations();
    List<OwnerRow> rows = new ArrayList<>();
    for (Stack s : project.stacks()) {
      if (!pages.hasStack(s.name())) {
        continue;
      }
      Link stack = pages.stackLink("index", s.name());
      annotations.stack(s.name()).filter(a -> !a.isEmpty()).ifPresent(a -> rows.add(row(stack, null, a)));
      for (Resource r : s.resources()) {
        if (annotations.resource(s.name(), r.logicalId()).filter(a -> !a.isEmpty()).isPresent()) {
          Annotation applies = annotations.effective(s.name(), r.logicalId()).orElseThrow();
          rows.add(row(stack, pages.sourceLink("index", s.name(), r.logicalId()).withText(r.logicalId()), applies));
        }
      }
    }
    return List.copyOf(rows);
  }

  private static OwnerRow row(Link stack, Link resource, Annotation a) {
    String owner = a.owner().isEmpty() ? a.team()
        : a.team().isEmpty() || a.team().equals(a.owner()) ? a.owner() : a.owner() + " (" + a.team() + ")";
    Optional<AnnotationView.WebLink> oncall = AnnotationView.WebLink.of(a.oncall(), a.oncall())
        .or(() -> AnnotationView.WebLink.of("escalation", a.escalation()));
    return new OwnerRow(stack, resource, owner, a.tier(), oncall.orElse(null), String.join(", ", a.compliance()));
  }
}
