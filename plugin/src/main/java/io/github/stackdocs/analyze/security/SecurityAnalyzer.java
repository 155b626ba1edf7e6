package io.github.stackdocs.analyze.security;

import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;

/**
 * The security views of a project in the environment its stacks are bound to: per stack, who can do what on which
 * resource (access) and what is reachable from the internet (exposure). Values come from the bound model, so an
 * environment's parameters, account and conditions decide them.
 */
public final class SecurityAnalyzer {

  /** One entry per stack, in project order. */
  public List<StackSecurity> analyze(Project project) {
    Targets targets = new Targets(project);
    AccessAnalyzer access = new AccessAnalyzer(targets);
    ExposureAnalyzer exposure = new ExposureAnalyzer(project, targets);
    List<StackSecurity> out = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      List<AccessRow> rows = access.rows(stack);
      out.add(new StackSecurity(stack.name(), stack.binding().map(b -> b.environment().name()).orElse(""), rows,
          exposure.exposures(stack, rows)));
    }
    return out;
  }
}
