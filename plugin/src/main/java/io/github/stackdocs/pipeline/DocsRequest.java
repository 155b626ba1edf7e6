package io.github.stackdocs.pipeline;

import io.github.stackdocs.read.notes.TagKeys;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.antora.ComponentDescriptor;
import io.github.stackdocs.render.diagram.DiagramLevel;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one documentation run needs, already validated. Immutable; built by the adapters (the
 * Maven goals) from their parameters.
 *
 * @param baseDirectory the project folder; displayed paths are relative to it
 * @param sourceDirectory where templates are searched with {@code includes}/{@code excludes}
 * @param templates templates named explicitly (also outside the source directory)
 * @param outputDirectory where documents are written (WRITE) or compared (CHECK)
 * @param templateDirectory user FreeMarker templates overriding built-in ones by file name
 * @param maxDiffLines how many diff lines a failed check shows
 * @param validationSeverity the severity of findings from the resource-type catalog (unknown types,
 *     properties and attributes; missing required properties)
 * @param cdkOutDirectory a CDK cloud assembly folder ({@code cdk.out}) whose stacks are documented too; it is
 *     never scanned for templates by {@code includes}
 * @param showCdkInternals document CDK bookkeeping (the CDKMetadata resource, asset and bootstrap parameters,
 *     the bootstrap version rule) instead of hiding it
 * @param deployedDirectory a folder of AWS CLI JSON describing the deployed stacks; when given, the docs show
 *     deployed state and drift is reported
 * @param runbookDirectory the source folder of the runbooks ({@code <stack>/<LogicalId>.adoc}, human-edited with
 *     generated regions); empty turns runbooks off
 * @param annotationsFile the sidecar annotations file; when not given, {@code <sourceDirectory>/stackdocs.yaml} if it
 *     exists and is not a symbolic link leading out of the source folder (such a link is skipped unread, like a
 *     template linking out: {@link InputSelection} reports it)
 * @param annotationTagKeys resource tags read as annotations ({@code owner}, {@code team=CostCenter})
 * @param siteRunbookDirectory the runbook folder whose runbooks the doc site (HTML, Antora) shows, read only; not
 *     given (null): the {@code runbookDirectory}. With runbooks on, the site shows them as this run leaves them; with
 *     runbooks off, as they are. Empty, or a folder that does not exist: no runbook pages
 * @param changelog an AsciiDoc change log (the {@code diff} goal's {@code appendChangelog} file) the doc site shows
 *     as its change log page; left out while the file does not exist
 * @param antoraComponent name, title and version of the Antora component ({@code antora} format); by default named
 *     after the project, without versions
 * @param diagramLevel the diagram level stack pages show (the others are linked); DEFAULT shows the summary for
 *     stacks with more than {@link io.github.stackdocs.render.diagram.DiagramSet#MAX_DETAILED_NODES} nodes
 * @param stampFile where {@code generate} records what it read and wrote (content hashes), so that a run with nothing
 *     changed does no reading or rendering; empty turns that off. Outside the output folder. CHECK never uses it
 * @param force do all the work even when the stamp says nothing changed
 * @param environments the environments the stacks are deployed to, in the order declared; none: the built-in
 *     {@code defaults} environment, which binds each parameter's {@code Default}
 * @param environment the environment whose values the pages show; empty: the first declared
 * @param limits how large templates may be (bytes, resources, parameters, outputs, mappings) and how many nested
 *     stacks are loaded, how deep; CloudFormation's quotas by default
 * @param injectFiles human-edited Markdown or AsciiDoc files (a README) whose {@code stackdocs:begin}/{@code end}
 *     regions {@code generate} and {@code inject} fill and {@code check} verifies; each must exist. None by default
 * @param readinessFailOn the least serious failed readiness check that fails the run after the docs are written or
 *     checked: NEVER (default), WARN or ERROR
 * @param terraform Terraform plans and states ({@code terraform show -json}) and folders of them (their
 *     {@code *.json} files), the {@code terraformPlans}/{@code terraformStates} settings, resolved against the base
 *     directory; each read as Terraform (Terraform JSON found among the templates is read so too)
 */
public record DocsRequest(
    Path baseDirectory,
    Path sourceDirectory,
    List<String> includes,
    List<String> excludes,
    List<TemplateSpec> templates,
    Path outputDirectory,
    Set<Format> formats,
    Optional<Path> templateDirectory,
    FailOn failOn,
    String projectName,
    WriteMode mode,
    int maxDiffLines,
    Severity validationSeverity,
    Optional<Path> cdkOutDirectory,
    boolean showCdkInternals,
    Optional<Path> deployedDirectory,
    Optional<Path> runbookDirectory,
    Optional<Path> annotationsFile,
    TagKeys annotationTagKeys,
    Optional<Path> siteRunbookDirectory,
    Optional<Path> changelog,
    ComponentDescriptor antoraComponent,
    DiagramLevel diagramLevel,
    Optional<Path> stampFile,
    boolean force,
    List<EnvironmentSpec> environments,
    Optional<String> environment,
    InputLimits limits,
    List<Path> injectFiles,
    FailOn readinessFailOn,
    List<Path> terraform) {

  /** The sidecar annotations file looked for in the source directory when none is configured. */
  public static final String DEFAULT_ANNOTATIONS_FILE = "stackdocs.yaml";

  /** A builder with the defaults of the Maven goals; only the base directory and the formats are required. */
  public static Builder builder(Path baseDirectory) {
    return new Builder(baseDirectory);
  }

  /** A builder starting from this request's settings. */
  public Builder toBuilder() {
    return new Builder(baseDirectory).sourceDirectory(sourceDirectory).includes(includes).excludes(excludes)
        .templates(templates).outputDirectory(outputDirectory).formats(formats).templateDirectory(templateDirectory)
        .failOn(failOn).projectName(projectName).mode(mode).maxDiffLines(maxDiffLines)
        .validationSeverity(validationSeverity).cdkOutDirectory(cdkOutDirectory).showCdkInternals(showCdkInternals)
        .deployedDirectory(deployedDirectory).runbookDirectory(runbookDirectory).annotationsFile(annotationsFile)
        .annotationTagKeys(annotationTagKeys).siteRunbookDirectory(siteRunbookDirectory).changelog(changelog)
        .antoraComponent(antoraComponent).diagramLevel(diagramLevel)
        .stampFile(stampFile).force(force).environments(environments).environment(environment)
        .limits(limits).injectFiles(injectFiles).readinessFailOn(readinessFailOn).terraform(terraform);
  }

  /** Builds a {@link DocsRequest} by name instead of by position; {@link #build()} validates. */
  public static final class Builder {
    private final Path baseDirectory;
    private Path sourceDirectory = Path.of("src/main/cloudformation");
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private List<TemplateSpec> templates = List.of();
    private Path outputDirectory = Path.of("target/stackdocs");
    private Set<Format> formats = Set.of();
    private Optional<Path> templateDirectory = Optional.empty();
    private FailOn failOn = FailOn.ERROR;
    private String projectName;
    private WriteMode mode = WriteMode.WRITE;
    private int maxDiffLines = 50;
    private Severity validationSeverity = Severity.WARN;
    private Optional<Path> cdkOutDirectory = Optional.empty();
    private boolean showCdkInternals;
    private Optional<Path> deployedDirectory = Optional.empty();
    private Optional<Path> runbookDirectory = Optional.empty();
    private Optional<Path> annotationsFile = Optional.empty();
    private TagKeys annotationTagKeys;
    private Optional<Path> siteRunbookDirectory; // null: the runbookDirectory
    private Optional<Path> changelog = Optional.empty();
    private ComponentDescriptor antoraComponent;
    private DiagramLevel diagramLevel = DiagramLevel.DEFAULT;
    private Optional<Path> stampFile = Optional.empty();
    private boolean force;
    private List<EnvironmentSpec> environments = List.of();
    private Optional<String> environment = Optional.empty();
    private InputLimits limits = InputLimits.DEFAULTS;
    private List<Path> injectFiles = List.of();
    private FailOn readinessFailOn = FailOn.NEVER;
    private List<Path> terraform = List.of();

    private Builder(Path baseDirectory) {
      this.baseDirectory = baseDirectory;
    }

    public Builder sourceDirectory(Path value) { sourceDirectory = value; return this; }
    public Builder includes(List<String> value) { includes = value; return this; }
    public Builder excludes(List<String> value) { excludes = value; return this; }
    public Builder templates(List<TemplateSpec> value) { templates = value; return this; }
    public Builder outputDirectory(Path value) { outputDirectory = value; return this; }
    public Builder formats(Set<Format> value) { formats = value; return this; }
    public Builder templateDirectory(Optional<Path> value) { templateDirectory = value; return this; }
    public Builder failOn(FailOn value) { failOn = value; return this; }
    public Builder projectName(String value) { projectName = value; return this; }
    public Builder mode(WriteMode value) { mode = value; return this; }
    public Builder maxDiffLines(int value) { maxDiffLines = value; return this; }
    public Builder validationSeverity(Severity value) { validationSeverity = value; return this; }
    public Builder cdkOutDirectory(Optional<Path> value) { cdkOutDirectory = value; return this; }
    public Builder showCdkInternals(boolean value) { showCdkInternals = value; return this; }
    public Builder deployedDirectory(Optional<Path> value) { deployedDirectory = value; return this; }
    public Builder runbookDirectory(Optional<Path> value) { runbookDirectory = value; return this; }
    public Builder annotationsFile(Optional<Path> value) { annotationsFile = value; return this; }
    public Builder annotationTagKeys(TagKeys value) { annotationTagKeys = value; return this; }
    public Builder siteRunbookDirectory(Optional<Path> value) { siteRunbookDirectory = value; return this; }
    public Builder changelog(Optional<Path> value) { changelog = value; return this; }
    public Builder antoraComponent(ComponentDescriptor value) { antoraComponent = value; return this; }
    public Builder diagramLevel(DiagramLevel value) { diagramLevel = value; return this; }
    public Builder stampFile(Optional<Path> value) { stampFile = value; return this; }
    public Builder force(boolean value) { force = value; return this; }
    public Builder environments(List<EnvironmentSpec> value) { environments = value; return this; }
    public Builder environment(Optional<String> value) { environment = value; return this; }
    public Builder limits(InputLimits value) { limits = value; return this; }
    public Builder injectFiles(List<Path> value) { injectFiles = value; return this; }
    public Builder readinessFailOn(FailOn value) { readinessFailOn = value; return this; }
    public Builder terraform(List<Path> value) { terraform = value; return this; }

    /** Validates and resolves the settings against the base directory. */
    public DocsRequest build() {
      return new DocsRequest(baseDirectory, sourceDirectory, includes, excludes, templates, outputDirectory, formats,
          templateDirectory, failOn, projectName, mode, maxDiffLines, validationSeverity, cdkOutDirectory,
          showCdkInternals, deployedDirectory, runbookDirectory, annotationsFile, annotationTagKeys, siteRunbookDirectory,
          changelog, antoraComponent, diagramLevel, stampFile, force, environments, environment,
          limits, injectFiles, readinessFailOn, terraform);
    }
  }

  public DocsRequest {
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    sourceDirectory = baseDirectory.resolve(sourceDirectory).normalize();
    includes = includes == null || includes.isEmpty() ? InputSelector.DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    terraform = terraform == null ? List.of() : terraform.stream().map(baseDirectory::resolve).map(Path::normalize)
        .toList();
    templates = templates == null ? List.of() : List.copyOf(templates);
    outputDirectory = baseDirectory.resolve(outputDirectory).normalize();
    if (formats == null || formats.isEmpty()) {
      throw new ConfigurationException("formats", "no output format given; expected a comma list of adoc, md, html, json, antora");
    }
    formats = Set.copyOf(EnumSet.copyOf(formats));
    Path base = baseDirectory;
    templateDirectory = templateDirectory == null ? Optional.empty()
        : templateDirectory.map(p -> base.resolve(p).normalize());
    templateDirectory.ifPresent(dir -> {
      if (!java.nio.file.Files.isDirectory(dir)) {
        throw new ConfigurationException("templateDirectory", "folder " + dir + " does not exist");
      }
    });
    failOn = failOn == null ? FailOn.ERROR : failOn;
    projectName = projectName == null || projectName.isBlank() ? baseDirectory.getFileName().toString() : projectName;
    mode = mode == null ? WriteMode.WRITE : mode;
    maxDiffLines = maxDiffLines <= 0 ? 50 : maxDiffLines;
    validationSeverity = validationSeverity == null ? Severity.WARN : validationSeverity;
    cdkOutDirectory = cdkOutDirectory == null ? Optional.empty()
        : cdkOutDirectory.map(p -> base.resolve(p).normalize());
    cdkOutDirectory.ifPresent(dir -> {
      if (!java.nio.file.Files.isDirectory(dir)) {
        throw new ConfigurationException("cdkOut", "cloud assembly folder " + dir
            + " does not exist; run 'cdk synth' first or remove the cdkOut setting");
      }
    });
    deployedDirectory = deployedDirectory == null ? Optional.empty()
        : deployedDirectory.map(p -> base.resolve(p).normalize());
    deployedDirectory.ifPresent(dir -> {
      if (!java.nio.file.Files.isDirectory(dir)) {
        throw new ConfigurationException("deployedDirectory", "folder " + dir + " does not exist; expected a folder"
            + " of AWS CLI JSON files (describe-stacks, list-stack-resources, describe-stack-resource-drifts)");
      }
    });
    annotationTagKeys = annotationTagKeys == null ? TagKeys.parse(List.of()) : annotationTagKeys;
    antoraComponent = antoraComponent == null
        ? ComponentDescriptor.named(projectName, projectName, ComponentDescriptor.UNVERSIONED) : antoraComponent;
    diagramLevel = diagramLevel == null ? DiagramLevel.DEFAULT : diagramLevel;
    limits = limits == null ? InputLimits.DEFAULTS : limits;
    injectFiles = injectFiles == null ? List.of()
        : injectFiles.stream().map(p -> base.resolve(p).normalize()).distinct().sorted().toList();
    readinessFailOn = readinessFailOn == null ? FailOn.NEVER : readinessFailOn;
    stampFile = stampFile == null ? Optional.empty() : stampFile.map(p -> base.resolve(p).normalize());
    Path output = outputDirectory;
    stampFile.ifPresent(f -> {
      if (f.startsWith(output)) {
        throw new ConfigurationException("stampFile", "stamp file " + f + " is inside the output folder " + output
            + "; it would be reported as an extra file there");
      }
    });
    if (annotationsFile == null || annotationsFile.isEmpty()) {
      Path fallback = sourceDirectory.resolve(DEFAULT_ANNOTATIONS_FILE);
      // a file found in the source folder, not configured: the link rule of every file found in a folder applies
      annotationsFile = java.nio.file.Files.isRegularFile(fallback)
          && io.github.stackdocs.read.InputFiles.staysInside(fallback, sourceDirectory)
          ? Optional.of(fallback) : Optional.empty();
    } else {
      annotationsFile = annotationsFile.map(p -> base.resolve(p).normalize());
      annotationsFile.ifPresent(f -> {
        if (!java.nio.file.Files.isRegularFile(f)) {
          throw new ConfigurationException("annotationsFile", "annotations file " + f + " does not exist; create it"
              + " (see the README's Annotations section) or remove the annotationsFile setting");
        }
      });
    }
    runbookDirectory = runbookDirectory == null ? Optional.empty()
        : runbookDirectory.map(p -> base.resolve(p).normalize());
    Path out = outputDirectory;
    siteRunbookDirectory = siteRunbookDirectory == null ? runbookDirectory
        : siteRunbookDirectory.map(p -> base.resolve(p).normalize());
    changelog = changelog == null ? Optional.empty() : changelog.map(p -> base.resolve(p).normalize());
    changelog.ifPresent(f -> {
      if (!f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".adoc")) {
        throw new ConfigurationException("changelog", "the change log " + f + " is not an AsciiDoc (.adoc) file; the"
            + " doc site shows the AsciiDoc change log the diff goal's appendChangelog writes");
      }
    });
    environments = EnvironmentSpec.checked(environments == null ? List.of() : environments, base);
    environment = environment == null ? Optional.empty() : environment.map(String::trim).filter(e -> !e.isEmpty());
    List<EnvironmentSpec> declared = environments;
    environment.ifPresent(e -> {
      boolean known = declared.isEmpty() ? e.equals(io.github.stackdocs.model.Environment.DEFAULTS_NAME)
          : declared.stream().anyMatch(d -> d.name().equals(e));
      if (!known) {
        throw new ConfigurationException("environment", "environment '" + e + "' is not declared; expected one of "
            + (declared.isEmpty() ? io.github.stackdocs.model.Environment.DEFAULTS_NAME
                : String.join(", ", declared.stream().map(EnvironmentSpec::name).toList())));
      }
    });
    runbookDirectory.ifPresent(dir -> {
      if (dir.equals(out) || dir.startsWith(out) || out.startsWith(dir)) {
        throw new ConfigurationException("runbookDirectory", "runbook folder " + dir + " overlaps the output folder "
            + out + "; runbooks are edited by people and live in a source folder of their own (default src/docs/runbooks)");
      }
    });
  }

  /** The name of the environment the pages show: the selected one, else the first declared, else the built-in one. */
  public String selectedEnvironment() {
    return environment.orElse(environments.isEmpty() ? io.github.stackdocs.model.Environment.DEFAULTS_NAME
        : environments.get(0).name());
  }

  /** The runbook folder used when runbooks are on and none is configured, relative to the base directory. */
  public static final String DEFAULT_RUNBOOK_DIRECTORY = "src/docs/runbooks";

  /**
   * The assembly folder to read: the configured one, else {@code cdk.out} under the base directory when that
   * folder exists (a project without CDK has none), else none.
   */
  public static Optional<Path> cdkOut(Path baseDirectory, Optional<Path> configured) {
    if (configured.isPresent()) {
      return configured;
    }
    Path fallback = baseDirectory.resolve(DEFAULT_CDK_OUT);
    return java.nio.file.Files.isDirectory(fallback) ? Optional.of(fallback) : Optional.empty();
  }

  /** The assembly folder used when none is configured and it exists. */
  public static final String DEFAULT_CDK_OUT = "cdk.out";

  /** Parses the {@code annotationTagKeys} entries. */
  public static TagKeys parseTagKeys(List<String> entries) {
    try {
      return TagKeys.parse(entries);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("annotationTagKeys", e.getMessage());
    }
  }

  /**
   * The Antora component's descriptor: {@code name} (made a valid component name when it comes from the project),
   * {@code title} and {@code version} ({@code ~} or empty: without versions).
   */
  public static ComponentDescriptor parseAntoraComponent(String name, String title, String version) {
    try {
      return name == null || name.isBlank() ? ComponentDescriptor.named(title == null ? "" : title, title, version)
          : new ComponentDescriptor(name, title, version);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage().contains("version") ? "antoraVersion" : "antoraName",
          e.getMessage());
    }
  }

  /** Parses the {@code limits} entries ({@code resources=1000}, {@code templateBytes=2097152}). */
  public static InputLimits parseLimits(List<String> entries) {
    try {
      return InputLimits.parse(entries);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(InputLimits.SETTING, e.getMessage());
    }
  }

  /** Parses ALL, DEFAULT or SUMMARY (any case). */
  public static DiagramLevel parseDiagramLevel(String value) {
    try {
      return DiagramLevel.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("diagramLevel", e.getMessage());
    }
  }

  /** Parses INFO, WARN or ERROR (any case). */
  public static Severity parseSeverity(String parameter, String value) {
    try {
      return Severity.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(parameter, "'" + value + "' is not a valid value; expected INFO, WARN or ERROR");
    }
  }

  /** Parses a comma list of formats (adoc, md, html, json, antora). */
  public static Set<Format> parseFormats(String commaList) {
    Set<Format> result = EnumSet.noneOf(Format.class);
    for (String part : commaList.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      try {
        result.add(Format.parse(part));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("formats", e.getMessage());
      }
    }
    return result;
  }
}
