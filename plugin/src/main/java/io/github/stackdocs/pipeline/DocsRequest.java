package io.github.stackdocs.pipeline;

import io.github.stackdocs.read.notes.TagKeys;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.render.Format;
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
 *     exists
 * @param annotationTagKeys resource tags read as annotations ({@code owner}, {@code team=CostCenter})
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
    TagKeys annotationTagKeys) {

  /** The sidecar annotations file looked for in the source directory when none is configured. */
  public static final String DEFAULT_ANNOTATIONS_FILE = "stackdocs.yaml";

  /** With the default annotation sources. */
  public DocsRequest(Path baseDirectory, Path sourceDirectory, List<String> includes, List<String> excludes,
      List<TemplateSpec> templates, Path outputDirectory, Set<Format> formats, Optional<Path> templateDirectory,
      FailOn failOn, String projectName, WriteMode mode, int maxDiffLines, Severity validationSeverity,
      Optional<Path> cdkOutDirectory, boolean showCdkInternals, Optional<Path> deployedDirectory,
      Optional<Path> runbookDirectory) {
    this(baseDirectory, sourceDirectory, includes, excludes, templates, outputDirectory, formats, templateDirectory,
        failOn, projectName, mode, maxDiffLines, validationSeverity, cdkOutDirectory, showCdkInternals,
        deployedDirectory, runbookDirectory, null, null);
  }

  /** Without deployed state or runbooks. */
  public DocsRequest(Path baseDirectory, Path sourceDirectory, List<String> includes, List<String> excludes,
      List<TemplateSpec> templates, Path outputDirectory, Set<Format> formats, Optional<Path> templateDirectory,
      FailOn failOn, String projectName, WriteMode mode, int maxDiffLines, Severity validationSeverity,
      Optional<Path> cdkOutDirectory, boolean showCdkInternals) {
    this(baseDirectory, sourceDirectory, includes, excludes, templates, outputDirectory, formats, templateDirectory,
        failOn, projectName, mode, maxDiffLines, validationSeverity, cdkOutDirectory, showCdkInternals, Optional.empty(),
        Optional.empty());
  }

  /** Without a cloud assembly or deployed state. */
  public DocsRequest(Path baseDirectory, Path sourceDirectory, List<String> includes, List<String> excludes,
      List<TemplateSpec> templates, Path outputDirectory, Set<Format> formats, Optional<Path> templateDirectory,
      FailOn failOn, String projectName, WriteMode mode, int maxDiffLines, Severity validationSeverity) {
    this(baseDirectory, sourceDirectory, includes, excludes, templates, outputDirectory, formats, templateDirectory,
        failOn, projectName, mode, maxDiffLines, validationSeverity, Optional.empty(), false, Optional.empty(),
        Optional.empty());
  }

  public DocsRequest {
    baseDirectory = baseDirectory.toAbsolutePath().normalize();
    sourceDirectory = baseDirectory.resolve(sourceDirectory).normalize();
    includes = includes == null || includes.isEmpty() ? InputSelector.DEFAULT_INCLUDES : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    templates = templates == null ? List.of() : List.copyOf(templates);
    outputDirectory = baseDirectory.resolve(outputDirectory).normalize();
    if (formats == null || formats.isEmpty()) {
      throw new ConfigurationException("formats", "no output format given; expected a comma list of adoc, md, html, json");
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
    if (annotationsFile == null || annotationsFile.isEmpty()) {
      Path fallback = sourceDirectory.resolve(DEFAULT_ANNOTATIONS_FILE);
      annotationsFile = java.nio.file.Files.isRegularFile(fallback) ? Optional.of(fallback) : Optional.empty();
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
    runbookDirectory.ifPresent(dir -> {
      if (dir.equals(out) || dir.startsWith(out) || out.startsWith(dir)) {
        throw new ConfigurationException("runbookDirectory", "runbook folder " + dir + " overlaps the output folder "
            + out + "; runbooks are edited by people and live in a source folder of their own (default src/docs/runbooks)");
      }
    });
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

  /** Parses INFO, WARN or ERROR (any case). */
  public static Severity parseSeverity(String parameter, String value) {
    try {
      return Severity.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(parameter, "'" + value + "' is not a valid value; expected INFO, WARN or ERROR");
    }
  }

  /** Parses a comma list of formats (adoc, md, html, json). */
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
