package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.TerraformPlanDiff;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.PlannedChange;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.DocumentParser;
import io.github.stackdocs.read.terraform.TerraformPlacement;
import io.github.stackdocs.read.terraform.TypeMapping;
import io.github.stackdocs.read.tfplan.PlanChangesReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The change log of the Terraform plans among the project's inputs: a plan says itself what it changes (its
 * {@code resource_changes} against its prior state), so its stacks are not compared with a baseline's copy but read
 * from the plan ({@link PlanChangesReader}, {@link TerraformPlanDiff}).
 */
final class TerraformPlanChanges {
  private TerraformPlanChanges() {}

  /** A stack read from Terraform JSON (plan or state): its changes never come from comparing templates. */
  static boolean terraform(Stack s) {
    return s.terraform();
  }

  /** The root stacks of the plans (a plan's child modules are its nested stacks). */
  static List<Stack> plans(Project project) {
    return project.stacks().stream().filter(s -> s.format().equals("terraform-plan") && s.nestedIn().isEmpty())
        .toList();
  }

  /** The project without its Terraform stacks. */
  static Project withoutTerraform(Project p) {
    return p.withEnvironments(p.stacks().stream().filter(s -> !terraform(s)).toList(), p.environments());
  }

  /**
   * The changes of every plan of {@code current}; a plan that cannot be read again is a finding (the problems of
   * its entries were told when the project was read, {@link #withDrift}).
   */
  static ChangeSet of(Project current, Path baseDirectory, List<Finding> findings) {
    List<PlannedChange> changes = new ArrayList<>();
    List<PlannedChange.Output> outputs = new ArrayList<>();
    for (Stack plan : plans(current)) {
      List<Finding> told = new ArrayList<>();
      read(baseDirectory.resolve(plan.sourceFile()).normalize(), plan.sourceFile(), plan.name(), told)
          .ifPresent(r -> {
            changes.addAll(r.changes());
            outputs.addAll(r.outputs());
          });
      told.stream().filter(f -> f.code().equals("io")).forEach(findings::add);
    }
    return new TerraformPlanDiff().diff(changes, outputs);
  }

  /**
   * The stacks read from a plan with their drift as deployed state, so the drift findings report it like
   * CloudFormation's drift detection: the plan's {@code resource_drift}, else what a state file of the same
   * configuration recorded against the plan's prior state ({@link PlanChangesReader#stateDrift}); stacks of state
   * files and plans without drift as they are.
   */
  static List<Stack> withDrift(List<Stack> stacks, TemplateSource source, List<TemplateSource> states,
      List<Finding> findings) {
    Optional<Stack> plan = stacks.stream().filter(s -> s.format().equals("terraform-plan") && s.nestedIn().isEmpty())
        .findFirst();
    if (plan.isEmpty()) {
      return stacks;
    }
    String name = plan.get().name();
    Optional<Node> root = parse(source.path(), source.displayPath(), name, findings);
    if (root.isEmpty()) {
      return stacks;
    }
    PlanChangesReader reader = reader();
    TerraformPlacement placement = new TerraformPlacement(name);
    PlanChangesReader.Result read = reader.read(root.get(), source.displayPath(), placement);
    findings.addAll(read.findings());
    List<PlannedChange> drifted = new ArrayList<>(read.drift());
    for (TemplateSource state : drifted.isEmpty() ? states : List.<TemplateSource>of()) {
      parse(state.path(), state.displayPath(), name, findings)
          .ifPresent(s -> drifted.addAll(reader.stateDrift(s, root.get(), placement)));
    }
    if (drifted.isEmpty()) {
      return stacks;
    }
    java.util.Map<String, io.github.stackdocs.model.DeployedState> drift = new TerraformPlanDiff().drift(drifted);
    return stacks.stream().map(s -> drift.containsKey(s.name()) ? s.withDeployed(Optional.of(drift.get(s.name())))
        : s).toList();
  }

  private static PlanChangesReader reader() {
    return new PlanChangesReader(TypeMapping.bundled()::cfnType);
  }

  private static Optional<Node> parse(Path file, String display, String stack, List<Finding> findings) {
    try {
      return DocumentParser.parse(display, InputFiles.read(file), "terraform file", stack, findings);
    } catch (IOException | RuntimeException e) {
      findings.add(Finding.error("io", "cannot read Terraform file " + display + " for its changes: "
          + e.getMessage(), io.github.stackdocs.model.SourceLocation.of(display), stack));
      return Optional.empty();
    }
  }

  private static Optional<PlanChangesReader.Result> read(Path file, String display, String stack,
      List<Finding> findings) {
    return parse(file, display, stack, findings).map(r -> reader().read(r, display, new TerraformPlacement(stack)));
  }

  /** Both change sets as one; the suppressed changes named by both. */
  static ChangeSet merge(ChangeSet templates, ChangeSet plans) {
    if (plans.stacks().isEmpty()) {
      return templates;
    }
    if (templates.stacks().isEmpty()) {
      return plans;
    }
    List<io.github.stackdocs.analyze.diff.StackChange> stacks = new ArrayList<>(templates.stacks());
    stacks.addAll(plans.stacks());
    List<io.github.stackdocs.analyze.diff.Risk> risks = new ArrayList<>(templates.risks());
    risks.addAll(plans.risks());
    return new ChangeSet(stacks, risks, templates.suppressedWhat() + "; " + plans.suppressedWhat());
  }
}
