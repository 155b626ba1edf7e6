package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.CoverageAnalyzer;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.analyze.readiness.Readiness;
import io.github.stackdocs.analyze.readiness.ReadinessAnalyzer;
import io.github.stackdocs.analyze.readiness.ReadinessDelta;
import java.util.Map;

import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.ProjectDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.OutputFile;
import io.github.stackdocs.output.OutputFolder;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.model.ModelJsonReader;
import io.github.stackdocs.render.diff.ChangesJson;
import io.github.stackdocs.render.diff.ChangelogEntry;
import io.github.stackdocs.render.diff.ChangesMarkdown;
import io.github.stackdocs.render.view.PageIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code diff} path: read the current project exactly as {@code generate} reads it (selected templates, the
 * cloud assembly, nested stacks) and the baseline's (a folder laid out like the project or an earlier
 * {@code cdk.out}, or the templates at a git ref), compare, write {@code changes.md} and {@code changes.json}, then
 * apply {@code failOnRisk}. Baseline templates that cannot be read are left out with a warning (their stacks then
 * show as added). Findings of the current templates stop the run as they stop {@code generate} ({@code failOn});
 * below that, a current template that cannot be read at all is left out on both sides, with a note.
 */
public final class ChangeLogGenerator {
  static final String MARKDOWN = "changes.md";
  static final String JSON = "changes.json";

  private final Log log;

  public ChangeLogGenerator(Log log) {
    this.log = log;
  }

  /**
   * @throws InvalidInputException when findings of the current templates reach {@code failOn} (nothing written)
   * @throws RiskThresholdException when risks reach {@code failOnRisk} (after writing)
   */
  public DiffResult run(DiffRequest request) {
    long start = System.nanoTime();
    DiffWarmUp.start();
    DocsRequest inputs = request.inputs();
    CfnTemplateReader reader = new CfnTemplateReader(inputs.limits());
    List<Finding> findings = new ArrayList<>();
    Project current;
    BaselineStacks old;
    Baseline baseline = request.baseline();
    try (DocsGenerator docs = new DocsGenerator(log)) {
      current = docs.readProject(inputs, findings);
      failOn(inputs, current, findings);
      // changes are of the templates as written; which stacks import an export is known per environment
      current = current.withEnvironments(current.stacks(),
          EnvironmentBinding.bind(inputs, current, new ArrayList<>()).environments());
      if (baseline instanceof Baseline.Folder f) {
        old = folder(docs, inputs, f.folder());
      } else if (baseline instanceof Baseline.Model m) {
        old = model(m, reader);
      } else if (baseline instanceof Baseline.PriorState) {
        old = priorStateOnly(current);
      } else {
        old = new GitBaseline(log, reader).read(docs, inputs, ((Baseline.GitRef) baseline).ref(), current);
      }
    }
    String name = baseline.describe() + old.commit().map(c -> " (" + c + ")").orElse("");
    Project compared = current.withEnvironments(current.stacks().stream()
        .filter(s -> !old.notCompared().contains(s.name())).toList(), current.environments());
    List<String> notes = new ArrayList<>(old.notes());
    List<Stack> oldStacks = leaveOutUnread(current, old.stacks(), findings, notes);
    return compare(request, BaselineBinding.bind(new Project(inputs.projectName(), oldStacks), compared), compared,
        name, notes, findings, start);
  }

  /**
   * Two template files compared as one stack, without reading the request's source directory or assembly (the
   * command line's {@code diff --pair}); nested stacks are not followed. The baseline is named by its path
   * relative to the base directory.
   *
   * @throws InvalidInputException when findings of the current template reach {@code failOn} (nothing written)
   * @throws RiskThresholdException when risks reach {@code failOnRisk} (after writing)
   */
  public DiffResult run(DiffRequest request, TemplatePair pair) {
    long start = System.nanoTime();
    DiffWarmUp.start();
    DocsRequest inputs = request.inputs();
    Path base = inputs.baseDirectory();
    CfnTemplateReader reader = new CfnTemplateReader(inputs.limits());
    List<Finding> findings = new ArrayList<>();
    Path currentFile = base.resolve(pair.current()).normalize();
    ReadResult now = reader.read(new TemplateSource(currentFile, InputSelector.display(base, currentFile),
        pair.stackName()));
    findings.addAll(now.findings());
    Project current = new Project(inputs.projectName(), now.stack().map(List::of).orElse(List.of()));
    failOn(inputs, current, findings);
    Path baselineFile = base.resolve(pair.baseline()).normalize();
    String name = InputSelector.display(base, baselineFile);
    List<Stack> old = readBaseline(name, pair.stackName(),
        () -> reader.read(new TemplateSource(baselineFile, name, pair.stackName())));
    List<String> notes = new ArrayList<>();
    old = leaveOutUnread(current, old, findings, notes);
    return compare(request, new Project(inputs.projectName(), old), current, name, notes, findings, start);
  }

  /** Stops like {@code generate} when a finding of the current templates reaches {@code failOn}. */
  private static void failOn(DocsRequest inputs, Project current, List<Finding> findings) {
    Optional<Severity> threshold = inputs.failOn().threshold();
    if (threshold.isPresent() && findings.stream().anyMatch(f -> f.severity().atLeast(threshold.get()))) {
      DocsResult partial = new DocsResult(current.stacks().size(), 0, 0, findings, inputs.outputDirectory(),
          Optional.empty(), Optional.empty(), 0);
      throw new InvalidInputException("problems in the current templates at or above failOn=" + inputs.failOn()
          + "; nothing was written. Fix them, or set failOn to " + (inputs.failOn() == FailOn.ERROR ? "NEVER"
          : "ERROR") + " to compare anyway", partial);
    }
  }

  /**
   * The baseline stacks without those whose current template could not be read at all (an ERROR finding of a stack
   * that is not in the current project): comparing them would report every resource as removed. Each one left out
   * gets a note and a warning.
   */
  private List<Stack> leaveOutUnread(Project current, List<Stack> old, List<Finding> findings, List<String> notes) {
    Set<String> read = new java.util.HashSet<>();
    current.stacks().forEach(s -> read.add(s.name()));
    java.util.Map<String, Finding> unread = new java.util.TreeMap<>();
    findings.stream().filter(f -> f.severity() == Severity.ERROR && !f.stack().isEmpty() && !read.contains(f.stack()))
        .sorted().forEach(f -> unread.putIfAbsent(f.stack(), f));
    List<Stack> kept = new ArrayList<>();
    for (Stack s : old) {
      Finding why = unread.get(s.name());
      if (why == null) {
        kept.add(s);
        continue;
      }
      String note = "Stack " + s.name() + " was left out on both sides: its current template could not be read ("
          + why.format() + ").";
      log.warn(note);
      notes.add(note);
    }
    return kept;
  }

  /** Diffs, writes {@code changes.md} and {@code changes.json}, appends to the change log, applies the risk gate. */
  private DiffResult compare(DiffRequest request, Project baseline, Project current, String name, List<String> notes,
      List<Finding> findings, long start) {
    DocsRequest inputs = request.inputs();
    // a Terraform plan says itself what it changes: its stacks are read from the plan, not compared
    ChangeSet plans = TerraformPlanChanges.of(current, inputs.baseDirectory(), findings);
    ChangeSet changes = TerraformPlanChanges.merge(new ProjectDiff(ResourceCatalog.bundled(), request.options())
        .diff(TerraformPlanChanges.withoutTerraform(baseline), TerraformPlanChanges.withoutTerraform(current)), plans);
    if (!TerraformPlanChanges.plans(current).isEmpty()) {
      notes = new ArrayList<>(notes);
      notes.add("Terraform plans (" + String.join(", ", TerraformPlanChanges.plans(current).stream()
          .map(Stack::sourceFile).toList()) + ") are compared with their own prior state.");
    }
    Optional<ReadinessDelta> readiness = Optional.of(ReadinessDelta.of(readiness(inputs, baseline),
        readiness(inputs, current)));
    String json = new ChangesJson().render(changes, name, notes, readiness);
    List<OutputFile> files = List.of(
        OutputFile.text(JSON, json),
        OutputFile.text(MARKDOWN, new ChangesMarkdown(ResourceCatalog.bundled(), links(request, current))
            .render(changes, name, notes, readiness)));
    try {
      new OutputFolder(inputs.outputDirectory(), p -> p.equals(MARKDOWN) || p.equals(JSON)).write(files).warnings()
          .forEach(log::warn);
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not write the change log in " + inputs.outputDirectory() + ": "
          + e.getMessage(), e);
    }
    request.appendChangelog().ifPresent(file -> appendChangelog(file, changes, json, name, readiness));
    DiffResult result = new DiffResult(changes, name, findings, inputs.outputDirectory(),
        (System.nanoTime() - start) / 1_000_000);
    List<String> violations = request.failOnRisk().violations(changes);
    if (!violations.isEmpty()) {
      throw new RiskThresholdException(request.failOnRisk(), violations, result);
    }
    return result;
  }

  /**
   * The readiness of one side of the comparison, as written (no runbooks; the current annotations file's owners and
   * waivers apply to both sides, so only the templates' changes move it). Problems of the annotations file are
   * reported by {@code generate}, not here.
   */
  private static Readiness readiness(DocsRequest inputs, Project project) {
    Project annotated = ProjectReader.withAnnotations(inputs, project, new ArrayList<>());
    DependencyGraph graph = DependencyGraph.build(annotated);
    Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(annotated, graph);
    return new ReadinessAnalyzer().analyze(annotated, alarms, new CoverageAnalyzer().analyze(annotated, alarms)
        .coverage(), Optional.empty()).readiness();
  }

  /**
   * Appends this run's entry to the AsciiDoc change log (created with a title when missing), unless an entry with
   * the same key (baseline and change set) is already there. Earlier entries are never touched: the file is only
   * ever appended to.
   */
  private void appendChangelog(Path file, ChangeSet changes, String json, String baselineName,
      Optional<ReadinessDelta> readiness) {
    String marker = ChangelogEntry.marker(changes, json, baselineName);
    try {
      String existing = Files.isRegularFile(file) ? Files.readString(file) : null;
      if (existing != null && existing.lines().anyMatch(l -> l.equals(marker))) {
        log.info("change log " + file + " already has the entry for " + baselineName + " and this change; not added again");
        return;
      }
      String entry = ChangelogEntry.render(changes, json, baselineName, "current", readiness);
      if (existing == null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        entry = ChangelogEntry.HEADER + "\n" + entry;
      } else if (!existing.isEmpty()) {
        entry = (existing.endsWith("\n\n") ? "" : existing.endsWith("\n") ? "\n" : "\n\n") + entry;
      }
      Files.writeString(file, entry, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      log.info("change log entry appended to " + file);
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not append to the change log " + file + ": " + e.getMessage(), e);
    }
  }

  /** Links to the current project's resource pages under {@code docsUrl}, when it is set. */
  private static ChangesMarkdown.ResourceLinks links(DiffRequest request, Project current) {
    if (request.docsUrl().isEmpty()) {
      return ChangesMarkdown.ResourceLinks.NONE;
    }
    PageIndex pages = new PageIndex(current);
    String base = request.docsUrl().get();
    return (stack, logicalId) -> pages.resourceTarget(stack, logicalId).map(target -> {
      int hash = target.indexOf('#');
      return base + "/" + target.substring(0, hash) + ".html" + target.substring(hash);
    });
  }

  /** The settings a baseline folder is read with: the current ones that shape the model, rooted at the folder. */
  private static DocsRequest.Builder baselineRequest(DocsRequest inputs, Path folder) {
    return DocsRequest.builder(folder).formats(inputs.formats()).failOn(FailOn.NEVER).projectName(inputs.projectName())
        .maxDiffLines(inputs.maxDiffLines()).validationSeverity(inputs.validationSeverity())
        .showCdkInternals(inputs.showCdkInternals()).limits(inputs.limits());
  }

  /**
   * A baseline's stacks. @param notCompared current stacks left out of the comparison (the baseline cannot hold
   *     them), @param notes what the documents say about that
   */
  record BaselineStacks(List<Stack> stacks, Optional<String> commit, Set<String> notCompared, List<String> notes) {
    BaselineStacks(List<Stack> stacks, Optional<String> commit) {
      this(stacks, commit, Set.of(), List.of());
    }
  }

  /**
   * A baseline folder: a cloud assembly when it holds {@code manifest.json} (an earlier {@code cdk.out}), else a
   * copy of the project read with the same settings as the current inputs, the folder standing in for the base
   * directory (templates, nested stacks, and the assembly when the project has one and the folder holds it too).
   */
  private BaselineStacks folder(DocsGenerator docs, DocsRequest inputs, Path folder) {
    Path base = inputs.baseDirectory();
    DocsRequest relocated;
    if (Files.isRegularFile(folder.resolve("manifest.json"))) {
      relocated = assemblyRequest(inputs, folder);
    } else {
      List<TemplateSpec> explicit = inputs.templates().stream()
          .map(t -> new TemplateSpec(relocate(base, folder, Path.of(t.file())).toString(), t.stackName()))
          .filter(t -> Files.isRegularFile(Path.of(t.file()))) // a new template has no baseline
          .toList();
      Optional<Path> cdkOut = inputs.cdkOutDirectory().map(d -> relocate(base, folder, d)).filter(Files::isDirectory);
      relocated = baselineRequest(inputs, folder).sourceDirectory(relocate(base, folder, inputs.sourceDirectory()))
          .includes(inputs.includes()).excludes(inputs.excludes()).templates(explicit)
          .outputDirectory(relocate(base, folder, inputs.outputDirectory())).cdkOutDirectory(cdkOut).build();
    }
    List<Finding> findings = new ArrayList<>();
    Project project = readFolder(log, docs, relocated, findings);
    if (project.stacks().isEmpty() && findings.stream().noneMatch(f -> f.severity().atLeast(Severity.WARN))) {
      throw new ConfigurationException("baseline", "the baseline folder " + folder + " holds no templates where the"
          + " project keeps them (" + (relocated.cdkOutDirectory().isPresent() && relocated.sourceDirectory()
              .equals(folder) ? "a cloud assembly" : relocated.sourceDirectory() + (relocated.includes().isEmpty() ? ""
              : ", includes " + String.join(", ", relocated.includes()))) + "); comparing with it would report every stack as added."
          + " Lay it out like the project (a template at src/main/cloudformation/app.yaml is looked for at"
          + " <folder>/src/main/cloudformation/app.yaml), or give an earlier cdk.out, git:<ref> or model:<file>");
    }
    return new BaselineStacks(project.stacks(), Optional.empty());
  }

  /** The {@code prior-state} baseline: no stacks; the CloudFormation stacks are left out of the comparison. */
  private static BaselineStacks priorStateOnly(Project current) {
    Set<String> templates = new java.util.TreeSet<>();
    current.stacks().stream().filter(s -> !s.terraform()).forEach(s -> templates.add(s.name()));
    return new BaselineStacks(List.of(), Optional.empty(), templates, templates.isEmpty() ? List.of()
        : List.of("CloudFormation stacks are not compared with the prior-state baseline (" + String.join(", ", templates)
            + ")."));
  }

  /** A cloud assembly folder read alone, with the current settings. */
  static DocsRequest assemblyRequest(DocsRequest inputs, Path folder) {
    return baselineRequest(inputs, folder).sourceDirectory(folder).includes(inputs.includes())
        .outputDirectory(folder.resolve(".none")).cdkOutDirectory(Optional.of(folder)).build();
  }

  /** Reads a baseline request; its problems are warnings ("baseline: ..."), what cannot be read compares as new. */
  static Project readFolder(Log log, DocsGenerator docs, DocsRequest relocated) {
    return readFolder(log, docs, relocated, new ArrayList<>());
  }

  private static Project readFolder(Log log, DocsGenerator docs, DocsRequest relocated, List<Finding> findings) {
    Project project = docs.readProject(relocated, findings);
    findings.stream().filter(f -> f.severity().atLeast(Severity.WARN))
        .forEach(f -> log.warn("baseline: " + f.format() + (f.severity() == Severity.ERROR
            ? " (what could not be read is compared as new)" : "")));
    return project;
  }

  /** An earlier {@code model.json}: its stacks, read back through their templates. */
  private BaselineStacks model(Baseline.Model baseline, CfnTemplateReader reader) {
    ModelJsonReader.Result r = new ModelJsonReader(reader).read(baseline.file(), baseline.display());
    if (r.stacks().isEmpty() && !r.findings().isEmpty()) {
      throw new ConfigurationException("baseline", r.findings().get(0).message());
    }
    r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARN))
        .forEach(f -> log.warn("baseline: " + f.format()));
    return new BaselineStacks(r.stacks(), Optional.empty());
  }

  private static Path relocate(Path base, Path folder, Path p) {
    Path abs = base.resolve(p).normalize();
    return abs.startsWith(base) ? folder.resolve(base.relativize(abs)).normalize() : abs;
  }

  private List<Stack> readBaseline(String path, String stackName, java.util.function.Supplier<ReadResult> read) {
    return readBaseline(log, path, stackName, read.get());
  }

  /** A baseline template's stack; one that cannot be read is left out with a warning (its stack compares as new). */
  static List<Stack> readBaseline(Log log, String path, String stackName, ReadResult r) {
    if (r.stack().isEmpty()) {
      log.warn("baseline: " + path + " could not be read; stack " + stackName + " is compared as new: "
          + r.findings().stream().map(Finding::format).findFirst().orElse(""));
    }
    return r.stack().map(List::of).orElse(List.of());
  }
}
