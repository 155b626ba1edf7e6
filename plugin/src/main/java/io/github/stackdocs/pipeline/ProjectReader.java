package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cdk.AssemblyResult;
import io.github.stackdocs.read.cdk.CloudAssemblyReader;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.cfn.NestedStackLoader;
import io.github.stackdocs.read.deployed.DeployedRead;
import io.github.stackdocs.read.terraform.TerraformReader;
import io.github.stackdocs.read.deployed.DeployedStateSource;
import io.github.stackdocs.read.notes.AnnotationResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reading stage: the selected templates, the cloud assembly and the nested stacks' templates into one project
 * of unique stack names, within the request's limits; also attaches deployed state and resolves annotations.
 * Stateless.
 */
final class ProjectReader {

  /** The templates {@code request} selects (their problems go to {@code findings}), read as one project. */
  Project read(DocsRequest request, List<Finding> findings) {
    return read(request, new InputSelection(request).select(findings), findings);
  }

  Project read(DocsRequest request, List<TemplateSource> sources, List<Finding> findings) {
    sources = RainModuleFiles.leaveOut(sources, findings);
    // Terraform JSON found among the templates is read as Terraform, recognised by its content
    List<TemplateSource> found = sources.stream().filter(TerraformReader::recognises).toList();
    List<TemplateSource> terraform = TerraformSelection.select(request, found, findings);
    java.util.Set<java.nio.file.Path> terraformFiles = new java.util.HashSet<>();
    terraform.forEach(t -> terraformFiles.add(t.path()));
    sources = sources.stream().filter(s -> !terraformFiles.contains(s.path())).toList();
    CfnTemplateReader reader = new CfnTemplateReader(request.limits()); // stateless and cheap
    sources = Twins.merge(sources, reader::sameTemplate, findings);
    List<Stack> stacks = new ArrayList<>();
    // templates are independent and the reader is stateless: read them on every core, keep their order
    List<ReadResult> results = sources.size() < 2 ? sources.stream().map(reader::read).toList()
        : sources.parallelStream().map(reader::read).toList();
    for (ReadResult r : results) {
      r.stack().ifPresent(stacks::add);
      findings.addAll(r.findings());
    }
    request.cdkOutDirectory().ifPresent(dir -> {
      AssemblyResult r = new CloudAssemblyReader(reader).read(request.baseDirectory(), dir);
      stacks.addAll(r.stacks());
      findings.addAll(r.findings());
    });
    List<Stack> all = new ArrayList<>(withNested(request, reader, stacks, findings));
    TerraformReader terraformReader = new TerraformReader(request.limits());
    List<TerraformReader.Read> reads = terraform.stream().map(terraformReader::read).toList();
    List<TemplateSource> states = new ArrayList<>();
    for (int i = 0; i < reads.size(); i++) {
      if (reads.get(i).stacks().stream().anyMatch(s -> s.format().equals("terraform-state"))) {
        states.add(terraform.get(i));
      }
    }
    for (int i = 0; i < reads.size(); i++) {
      TerraformReader.Read r = reads.get(i);
      all.addAll(TerraformPlanChanges.withDrift(r.stacks(), terraform.get(i), states, findings));
      findings.addAll(r.findings());
    }
    return new Project(request.projectName(), uniqueNames(all, findings));
  }

  /**
   * The stacks with their nested stacks' templates loaded as children; a template that is some stack's nested
   * template is documented as that child only, not a second time as a stack of its own.
   */
  private static List<Stack> withNested(DocsRequest request, CfnTemplateReader reader, List<Stack> stacks,
      List<Finding> findings) {
    if (stacks.stream().noneMatch(s -> s.resources().stream()
        .anyMatch(io.github.stackdocs.model.NestedStacks::nests))) {
      return stacks;
    }
    List<String> templates = stacks.stream().filter(s -> s.cdk().isEmpty()).map(Stack::sourceFile).toList();
    NestedStackLoader loader = new NestedStackLoader(reader, request.baseDirectory(), templates);
    NestedStackLoader.Loaded first = loader.load(stacks);
    java.nio.file.Path base = request.baseDirectory().toAbsolutePath().normalize();
    java.util.function.Function<Stack, java.nio.file.Path> file = s -> base.resolve(s.sourceFile()).normalize();
    List<Stack> roots = new ArrayList<>(stacks.stream()
        .filter(s -> s.cdk().isPresent() || !first.files().contains(file.apply(s))).toList());
    NestedStackLoader.Loaded loaded = roots.size() == stacks.size() ? first : loader.load(roots);
    // templates nesting each other in a cycle that no other template nests: the first (by path) of each becomes
    // a top-level stack, so every template is documented (the cycle is an ERROR finding of the load)
    for (int guard = 0; guard < stacks.size(); guard++) {
      java.util.Set<java.nio.file.Path> reached = new java.util.HashSet<>(loaded.files());
      roots.forEach(s -> reached.add(file.apply(s)));
      Optional<Stack> unreached = stacks.stream().filter(s -> s.cdk().isEmpty() && !reached.contains(file.apply(s)))
          .min(java.util.Comparator.comparing(Stack::sourceFile));
      if (unreached.isEmpty()) {
        break;
      }
      roots.add(unreached.get());
      roots.sort(java.util.Comparator.comparingInt(stacks::indexOf));
      loaded = loader.load(roots);
    }
    findings.addAll(loaded.findings());
    List<Stack> all = new ArrayList<>(roots);
    all.addAll(loaded.stacks());
    return all;
  }

  /** Templates and assemblies share one namespace of stack names: the first of a name is kept. */
  private static List<Stack> uniqueNames(List<Stack> stacks, List<Finding> findings) {
    java.util.Map<String, Stack> byName = new java.util.LinkedHashMap<>();
    for (Stack s : stacks) {
      Stack first = byName.putIfAbsent(s.name(), s);
      if (first != null) {
        findings.add(Finding.error("duplicate-stack-name", "stack name '" + s.name() + "' is given by both "
            + first.sourceFile() + " and " + s.sourceFile() + "; stack names must be unique (configure a distinct"
            + " stackName for the template, or rename the CDK stack); " + s.sourceFile() + " is not documented",
            io.github.stackdocs.model.SourceLocation.of(s.sourceFile()), s.name()));
      }
    }
    return List.copyOf(byName.values());
  }

  /** The project with its annotations (sidecar file, Metadata, tags) resolved; their problems go to {@code findings}. */
  static Project withAnnotations(DocsRequest request, Project project, List<Finding> findings) {
    String shown = request.annotationsFile()
        .map(f -> f.startsWith(request.baseDirectory()) ? request.baseDirectory().relativize(f).toString()
            .replace('\\', '/') : f.toString())
        .orElse("");
    AnnotationResolver.Result r = new AnnotationResolver(request.annotationTagKeys())
        .resolve(project, request.annotationsFile(), shown);
    findings.addAll(r.findings());
    return project.withAnnotations(r.annotations());
  }

  /** The project with each stack's deployed state from {@code source}; the source's problems go to {@code findings}. */
  static Project withDeployed(Project project, DeployedStateSource source, List<Finding> findings) {
    DeployedRead deployed = source.read(project.stacks());
    findings.addAll(deployed.findings());
    return withDeployed(project, deployed);
  }

  /** The project's stacks, each with the deployed state {@code deployed} has for it. */
  static Project withDeployed(Project project, DeployedRead deployed) {
    return new Project(project.name(), project.stacks().stream()
        .map(s -> s.withDeployed(Optional.ofNullable(deployed.byStack().get(s.name()))))
        .toList());
  }

}
