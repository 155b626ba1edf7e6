package io.github.stackdocs.analyze.drift;

import io.github.stackdocs.analyze.diff.ProjectDiff;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.StackChange;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the template CloudFormation has deployed ({@code get-template} in the snapshot) with the one in
 * the build, both bound to the same environment (so values compare, not the way they are written): when they
 * differ, what runs is not what the docs describe until the build's template is deployed. CDK asset-hash noise is
 * ignored, as in the change log. The message names the resources and their changed properties, never values.
 */
public final class DeployedTemplateCheck {
  private static final int MAX_NAMED = 5;
  private static final int MAX_PATHS = 3;
  private final ProjectDiff diff;

  public DeployedTemplateCheck(ProjectDiff diff) {
    this.diff = diff;
  }

  /** A {@code drift-template-outdated} WARN when {@code deployedTemplate} differs from {@code current}. */
  public Optional<Finding> check(Stack current, Stack deployedTemplate) {
    StackChange change = diff.diff(current.name(), Optional.of(deployedTemplate), Optional.of(current));
    List<ResourceChange> resources = change.visibleResources();
    if (resources.isEmpty() && change.visibleItems().isEmpty()) {
      return Optional.empty();
    }
    String named = resources.stream().limit(MAX_NAMED)
        .map(DeployedTemplateCheck::named)
        .collect(Collectors.joining(", "));
    String more = resources.size() > MAX_NAMED ? " and " + (resources.size() - MAX_NAMED) + " more" : "";
    String what = resources.isEmpty() ? change.visibleItems().size() + " parameter, output or condition changes"
        : resources.size() + (resources.size() == 1 ? " resource differs: " : " resources differ: ") + named + more;
    return Optional.of(Finding.warn("drift-template-outdated", "the template deployed for stack '" + current.name()
        + "' differs from this build's, both bound to the environment's values (" + what + "); the docs describe the"
        + " build's template: deploy it, or"
        + " take a new snapshot if it was deployed since", io.github.stackdocs.model.SourceLocation.of(current.sourceFile()),
        current.name()));
  }

  /** {@code Queue (modified: VisibilityTimeout, Tags)}: the top-level properties written differently. */
  private static String named(ResourceChange r) {
    String kind = r.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    List<String> paths = r.visibleChanges().stream().filter(c -> !c.caused())
        .map(c -> c.path().startsWith("Properties.") ? c.path().substring("Properties.".length()) : c.path())
        .map(p -> p.split("[.\\[]", 2)[0]).distinct().toList();
    if (paths.isEmpty()) {
      return r.logicalId() + " (" + kind + ")";
    }
    String more = paths.size() > MAX_PATHS ? ", …" : "";
    return r.logicalId() + " (" + kind + ": " + String.join(", ", paths.subList(0, Math.min(MAX_PATHS, paths.size())))
        + more + ")";
  }
}
