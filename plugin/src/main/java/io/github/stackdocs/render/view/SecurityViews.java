package io.github.stackdocs.render.view;

import io.github.stackdocs.analyze.security.AccessRow;
import io.github.stackdocs.analyze.security.Exposure;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.analyze.security.Target;
import java.util.ArrayList;
import java.util.List;

/** Builds the security views of the stack pages and the overview from the analysis, with links between pages. */
final class SecurityViews {
  private SecurityViews() {}

  /** The view on a stack's page. */
  static SecurityView stack(StackSecurity s, PageIndex pages) {
    String from = pages.page(s.stack()).page();
    return new SecurityView(io.github.stackdocs.model.Environment.shown(s.environment()), s.access().stream().map(a -> access(s.stack(), a, pages, from)).toList(),
        s.exposure().stream().map(e -> exposure(s.stack(), e, pages, from)).toList(), s.access().size(),
        s.flagged().size());
  }

  /** The overview's view: every exposure and every flagged grant of the project, each linked to its stack's page. */
  static SecurityView project(List<StackSecurity> all, PageIndex pages) {
    List<SecurityView.Access> access = new ArrayList<>();
    List<SecurityView.Exposure> exposure = new ArrayList<>();
    int grants = 0;
    String environment = "";
    for (StackSecurity s : all) {
      if (!pages.hasStack(s.stack())) {
        continue;
      }
      environment = environment.isEmpty() ? io.github.stackdocs.model.Environment.shown(s.environment()) : environment;
      grants += s.access().size();
      s.flagged().forEach(a -> access.add(access(s.stack(), a, pages, "index")));
      s.exposure().forEach(e -> exposure.add(exposure(s.stack(), e, pages, "index")));
    }
    return new SecurityView(environment, access, exposure, grants, access.size());
  }

  private static SecurityView.Access access(String stack, AccessRow a, PageIndex pages, String from) {
    return new SecurityView.Access(pages.sourceLink(from, stack, a.holder()), a.holderType(), a.source(), a.effect(),
        a.principals().stream().map(t -> target(t, pages, from)).toList(), a.notAction() ? "all but " : "",
        a.actions(), a.notResource() ? "all but " : "",
        a.resources().stream().map(t -> target(t, pages, from)).toList(), a.conditional(),
        a.flags().stream().map(AccessRow.Flag::label).toList(), a.notes(), a.condition(), a.location().toString());
  }

  private static SecurityView.Target target(Target t, PageIndex pages, String from) {
    if (!t.resolved() || !pages.hasStack(t.stack())) {
      return new SecurityView.Target(null, t.text(), "");
    }
    return new SecurityView.Target(pages.sourceLink(from, t.stack(), t.logicalId()), t.text(),
        t.qualified() ? t.text() : "");
  }

  private static SecurityView.Exposure exposure(String stack, Exposure e, PageIndex pages, String from) {
    return new SecurityView.Exposure(pages.sourceLink(from, stack, e.resource()), e.type(), e.kind().label(),
        e.detail(), e.condition(), e.location().toString());
  }
}
