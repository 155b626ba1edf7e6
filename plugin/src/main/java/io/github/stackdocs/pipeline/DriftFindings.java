package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.diff.ProjectDiff;
import io.github.stackdocs.analyze.drift.DeployedTemplateCheck;
import io.github.stackdocs.analyze.drift.DriftAnalyzer;
import io.github.stackdocs.bind.DeployedTemplateBinder;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.ReadResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How what is deployed differs from the build, in every environment with a deployed state: CloudFormation's own
 * drift results ({@link DriftAnalyzer}), and the deployed template compared with the build's, both bound in that
 * environment ({@link DeployedTemplateBinder}, {@link DeployedTemplateCheck}). The selected environment's findings
 * read as before; another environment's name theirs, and a stack whose deployed state is the selected environment's
 * own (a snapshot folder they share) is not told twice.
 */
final class DriftFindings {
  private final CfnTemplateReader reader;
  private final DriftAnalyzer drift = new DriftAnalyzer();
  private final DeployedTemplateCheck templates = new DeployedTemplateCheck(new ProjectDiff(ResourceCatalog.bundled()));

  DriftFindings(CfnTemplateReader reader) {
    this.reader = reader;
  }

  List<Finding> of(Project project) {
    Set<Finding> result = new LinkedHashSet<>();
    String selected = project.environments().selected();
    environment(project.stacks(), project.stacks(), result);
    for (Map.Entry<String, List<Stack>> e : project.environments().stacks().entrySet()) {
      if (e.getKey().equals(selected)) {
        continue;
      }
      List<Stack> own = e.getValue().stream()
          .filter(s -> s.deployed().isPresent() && !Objects.equals(s.deployed(), deployedIn(project, s.name())))
          .toList();
      Set<Finding> found = new LinkedHashSet<>();
      environment(own, e.getValue(), found);
      found.forEach(f -> result.add(new Finding(f.severity(), f.code(), "environment '" + e.getKey() + "': "
          + f.message(), f.location(), f.stack())));
    }
    return new ArrayList<>(result);
  }

  /** The drift findings of {@code stacks}, bound with the others of {@code environment}. */
  private void environment(List<Stack> stacks, List<Stack> environment, Set<Finding> into) {
    for (Stack s : stacks) {
      into.addAll(drift.analyze(s));
      deployedTemplate(s, environment).ifPresent(into::add);
    }
  }

  private static Optional<DeployedState> deployedIn(Project project, String stack) {
    return project.stacks().stream().filter(s -> s.name().equals(stack)).findFirst().flatMap(Stack::deployed);
  }

  /** Does the snapshot's deployed template, bound like the build's, differ from it? */
  private Optional<Finding> deployedTemplate(Stack s, List<Stack> environment) {
    if (s.deployed().isEmpty() || s.deployed().get().templateBody().isEmpty()) {
      return Optional.empty();
    }
    // no file extension, so the reader tells JSON from YAML by the text itself
    String where = s.deployed().get().location().file() + "#TemplateBody";
    ReadResult read = reader.read(where, s.name(), s.deployed().get().templateBody().get());
    if (read.stack().isEmpty()) {
      return Optional.of(new Finding(Severity.INFO, "deployed-template-unreadable", "the deployed template of stack '"
          + s.name() + "' in the snapshot could not be read, so it was not compared with the build's",
          s.deployed().get().location(), s.name()));
    }
    Stack deployed = DeployedTemplateBinder.bind(read.stack().get(), s, environment);
    return templates.check(s, deployed);
  }
}
