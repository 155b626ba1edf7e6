package io.github.stackdocs.cli;

import io.github.stackdocs.analyze.diff.DiffOptions;
import io.github.stackdocs.pipeline.EnvironmentSpec;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DiffRequest;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.pipeline.FailOnRisk;
import io.github.stackdocs.pipeline.MissingSources;
import io.github.stackdocs.pipeline.SnapshotRequest;
import io.github.stackdocs.pipeline.StampFiles;
import io.github.stackdocs.read.deployed.live.AwsSettings;
import io.github.stackdocs.pipeline.TemplatePair;
import io.github.stackdocs.pipeline.TemplateSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns parsed arguments into the pipeline's requests, with the Maven goals' defaults. Relative paths are resolved
 * against {@code --base-directory} (as Maven resolves them against the project folder), which is resolved against
 * the working directory. Bad values are the pipeline's {@code ConfigurationException}s.
 */
final class Requests {
  /** Where {@code diff} writes unless told otherwise: its own folder, never the committed docs. */
  static final String DEFAULT_DIFF_OUTPUT_DIRECTORY = "target/stackdocs-diff";
  static final String DEFAULT_OUTPUT_DIRECTORY = "target/stackdocs";

  private final Arguments args;
  private final Path workingDirectory;

  Requests(Arguments args, Path workingDirectory) {
    this.args = args;
    this.workingDirectory = workingDirectory;
  }

  DocsRequest docs(WriteMode mode) {
    return requireTemplates(unchecked(mode));
  }

  /** Fails when there is nothing to read, unless {@code --allow-no-templates}: see {@link MissingSources}. */
  private DocsRequest requireTemplates(DocsRequest request) {
    if (!args.flag(Option.ALLOW_NO_TEMPLATES)) {
      MissingSources.check(request);
    }
    return request;
  }

  private Path base() {
    Path base = workingDirectory.resolve(args.value(Option.BASE_DIRECTORY).orElse(".")).toAbsolutePath().normalize();
    if (!java.nio.file.Files.isDirectory(base)) {
      throw new UsageException("--base-directory " + base + " is not a folder");
    }
    return base;
  }

  private DocsRequest unchecked(WriteMode mode) {
    Path base = base();
    DocsRequest request = DocsRequest.builder(base)
        .sourceDirectory(path(Option.SOURCE_DIRECTORY).orElse(Path.of("src/main/cloudformation")))
        .includes(list(Option.INCLUDES))
        .excludes(list(Option.EXCLUDES))
        .templates(args.values(Option.TEMPLATE).stream().map(Requests::template).toList())
        .terraform(java.util.stream.Stream.concat(list(Option.TERRAFORM_PLANS).stream(),
            list(Option.TERRAFORM_STATES).stream()).map(Path::of).toList())
        .outputDirectory(path(Option.OUTPUT_DIRECTORY).orElse(Path.of(DEFAULT_OUTPUT_DIRECTORY)))
        .formats(DocsRequest.parseFormats(args.value(Option.FORMATS).orElse("adoc,md,html,json")))
        .templateDirectory(path(Option.TEMPLATE_DIRECTORY))
        .failOn(FailOn.parse(args.value(Option.FAIL_ON).orElse("ERROR")))
        .readinessFailOn(FailOn.parse("readinessFailOn", args.value(Option.READINESS_FAIL_ON).orElse("NEVER")))
        .projectName(args.value(Option.PROJECT_NAME).or(() -> PomName.of(base)).orElse(null))
        .mode(mode)
        .maxDiffLines(number(Option.MAX_DIFF_LINES, 50))
        .validationSeverity(DocsRequest.parseSeverity("validationSeverity",
            args.value(Option.VALIDATION_SEVERITY).orElse("WARN")))
        .cdkOutDirectory(DocsRequest.cdkOut(base, path(Option.CDK_OUT)))
        .showCdkInternals(args.flag(Option.SHOW_CDK_INTERNALS))
        .deployedDirectory(deployedDirectories() ? path(Option.DEPLOYED_DIRECTORY) : Optional.empty())
        .runbookDirectory(runbooks() ? Optional.of(path(Option.RUNBOOK_DIRECTORY)
            .orElse(Path.of(DocsRequest.DEFAULT_RUNBOOK_DIRECTORY))) : Optional.empty())
        .siteRunbookDirectory(bool(Option.SITE_RUNBOOKS) ? Optional.of(path(Option.RUNBOOK_DIRECTORY)
            .orElse(Path.of(DocsRequest.DEFAULT_RUNBOOK_DIRECTORY))) : Optional.empty())
        .changelog(path(Option.CHANGELOG))
        .stampFile(mode == WriteMode.WRITE && args.command().orElse(null) == Command.GENERATE
            ? Optional.of(StampFiles.of(base, Path.of("target"), path(Option.OUTPUT_DIRECTORY)
                .orElse(Path.of(DEFAULT_OUTPUT_DIRECTORY)))) : Optional.empty())
        .force(args.flag(Option.FORCE))
        .annotationsFile(path(Option.ANNOTATIONS_FILE))
        .annotationTagKeys(DocsRequest.parseTagKeys(list(Option.ANNOTATION_TAG_KEYS)))
        .environments(environments())
        .environment(args.value(Option.ENVIRONMENT))
        .limits(DocsRequest.parseLimits(list(Option.LIMITS)))
        .diagramLevel(DocsRequest.parseDiagramLevel(args.value(Option.DIAGRAM_LEVEL).orElse("DEFAULT")))
        .antoraComponent(antora(base))
        .injectFiles(list(Option.INJECT_FILES).stream().map(Path::of).toList())
        .build();
    return request;
  }

  /**
   * The Antora component with the Maven goals' defaults ({@code ${project.artifactId}}, the project name,
   * {@code ${project.version}}, read from the base directory's pom); null (the request's default, named after the
   * project and without versions) when the antora format is not asked for, as Maven only reads them then.
   */
  private io.github.stackdocs.render.antora.ComponentDescriptor antora(Path base) {
    if (!DocsRequest.parseFormats(args.value(Option.FORMATS).orElse("adoc,md,html,json"))
        .contains(io.github.stackdocs.render.Format.ANTORA)) {
      return null;
    }
    String projectName = args.value(Option.PROJECT_NAME).or(() -> PomName.of(base))
        .orElse(base.getFileName() == null ? "" : base.getFileName().toString());
    return DocsRequest.parseAntoraComponent(args.value(Option.ANTORA_NAME).or(() -> PomName.artifactId(base))
        .orElse(null), args.value(Option.ANTORA_TITLE).filter(t -> !t.isBlank()).orElse(projectName),
        args.value(Option.ANTORA_VERSION).or(() -> PomName.version(base)).orElse(null));
  }

  /** The diff request; its baseline is unused with {@code --pair}. */
  DiffRequest diff() {
    DocsRequest docs = unchecked(WriteMode.WRITE);
    DocsRequest inputs = docs.toBuilder().outputDirectory(path(Option.DIFF_OUTPUT_DIRECTORY)
        .map(docs.baseDirectory()::resolve).orElse(args.has(Option.OUTPUT_DIRECTORY) ? docs.outputDirectory()
            : docs.baseDirectory().resolve(DEFAULT_DIFF_OUTPUT_DIRECTORY))).build();
    if (args.has(Option.PAIR) && args.has(Option.BASELINE)) {
      throw new UsageException("give either --baseline or --pair, not both");
    }
    DiffRequest request = new DiffRequest(inputs, DiffRequest.parseBaseline(args.has(Option.PAIR) ? "."
        : args.value(Option.BASELINE).orElse("git:origin/main"), inputs.baseDirectory()),
        FailOnRisk.parse(args.value(Option.FAIL_ON_RISK).orElse("NONE")), args.value(Option.DOCS_URL),
        path(Option.APPEND_CHANGELOG), new DiffOptions(args.has(Option.SHOW_ASSET_CHANGES), list(Option.DIFF_EXCLUDES),
            DiffRequest.parseCascades(args.value(Option.DIFF_CASCADES).orElse(null))));
    if (!args.has(Option.PAIR)) { // two files compared: the project's folder is not read
      requireTemplates(inputs);
    }
    return request;
  }

  /** The {@code --pair OLD NEW} arguments, each named after its current template. */
  List<TemplatePair> pairs() {
    List<String> words = args.values(Option.PAIR);
    List<TemplatePair> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i += 2) {
      pairs.add(TemplatePair.of(Path.of(words.get(i)), Path.of(words.get(i + 1))));
    }
    return pairs;
  }

  private boolean runbooks() {
    return bool(Option.RUNBOOKS);
  }

  /** An option of {@code true|false}, true by default. */
  private boolean bool(Option option) {
    String v = args.value(option).orElse("true");
    if (!v.equals("true") && !v.equals("false")) {
      throw new UsageException("--" + option.cliName() + " takes true or false, not '" + v + "'");
    }
    return Boolean.parseBoolean(v);
  }

  private Optional<Path> path(Option option) {
    return args.value(option).map(Path::of);
  }

  private List<String> list(Option option) {
    return args.values(option).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
        .filter(v -> !v.isEmpty()).toList();
  }

  private int number(Option option, int fallback) {
    String v = args.value(option).orElse(String.valueOf(fallback));
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + option.cliName() + " takes a number, not '" + v + "'");
    }
  }

  /**
   * The environments {@code --parameters ENV=DIR} declares, in order, with the regions and accounts {@code
   * --environment-region ENV=REGION} and {@code --environment-account ENV=ID} give them.
   */
  private List<EnvironmentSpec> environments() {
    java.util.Map<String, Path> folders = new java.util.LinkedHashMap<>();
    for (String v : args.values(Option.PARAMETERS)) {
      String[] kv = pair(Option.PARAMETERS, v);
      if (folders.put(kv[0], Path.of(kv[1])) != null) {
        throw new UsageException("--parameters names environment '" + kv[0] + "' twice");
      }
    }
    java.util.Map<String, String> regions = byEnvironment(Option.ENVIRONMENT_REGION, folders.keySet());
    java.util.Map<String, String> accounts = byEnvironment(Option.ENVIRONMENT_ACCOUNT, folders.keySet());
    java.util.Map<String, String> deployed = byEnvironment(Option.ENVIRONMENT_DEPLOYED_DIRECTORY, folders.keySet());
    java.util.Map<String, java.util.Map<String, String>> stackNames = stackNames(folders.keySet());
    List<EnvironmentSpec> specs = new ArrayList<>();
    folders.forEach((name, dir) -> specs.add(new EnvironmentSpec(name, Optional.of(dir),
        Optional.ofNullable(regions.get(name)), Optional.ofNullable(accounts.get(name)),
        deployedDirectories() ? Optional.ofNullable(deployed.get(name)).map(Path::of) : Optional.empty(),
        stackNames.getOrDefault(name, java.util.Map.of()))));
    return specs;
  }

  /** False for {@code snapshot}, which writes the deployed state (as the Maven goal, it does not read it). */
  private boolean deployedDirectories() {
    return args.command().orElse(null) != Command.SNAPSHOT;
  }

  /** The {@code snapshot} request; its stacks default to those of {@link #snapshotInputs()}. */
  SnapshotRequest snapshot() {
    return new SnapshotRequest(base().resolve(path(Option.SNAPSHOT_DIRECTORY).orElse(Path.of("src/main/deployed"))),
        list(Option.STACKS).stream().distinct().toList(), new AwsSettings(args.value(Option.PROFILE),
            args.value(Option.REGION), args.value(Option.ROLE_ARN),
            SnapshotRequest.parseEndpoint(args.value(Option.ENDPOINT).orElse(null))), args.flag(Option.DETECT_DRIFT));
  }

  /** The project {@code snapshot} takes its default stacks from; named stacks need no templates. */
  DocsRequest snapshotInputs() {
    DocsRequest request = unchecked(WriteMode.WRITE);
    return list(Option.STACKS).isEmpty() ? requireTemplates(request) : request;
  }

  /** {@code --environment-stack-name ENV:STACK=NAME}, per environment: stack → deployed name. */
  private java.util.Map<String, java.util.Map<String, String>> stackNames(java.util.Set<String> declared) {
    java.util.Map<String, java.util.Map<String, String>> names = new java.util.HashMap<>();
    for (String v : args.values(Option.ENVIRONMENT_STACK_NAME)) {
      String[] kv = pair(Option.ENVIRONMENT_STACK_NAME, v);
      int colon = kv[0].indexOf(':');
      if (colon <= 0 || colon == kv[0].length() - 1) {
        throw new UsageException("--" + Option.ENVIRONMENT_STACK_NAME.cliName() + " takes "
            + Option.ENVIRONMENT_STACK_NAME.valueName() + ", not '" + v + "'");
      }
      String env = kv[0].substring(0, colon).strip();
      if (!declared.contains(env)) {
        throw new UsageException("--" + Option.ENVIRONMENT_STACK_NAME.cliName() + " names environment '" + env
            + "', which no --parameters declares");
      }
      names.computeIfAbsent(env, e -> new java.util.TreeMap<>()).put(kv[0].substring(colon + 1).strip(), kv[1]);
    }
    return names;
  }

  private java.util.Map<String, String> byEnvironment(Option option, java.util.Set<String> declared) {
    java.util.Map<String, String> values = new java.util.HashMap<>();
    for (String v : args.values(option)) {
      String[] kv = pair(option, v);
      if (!declared.contains(kv[0])) {
        throw new UsageException("--" + option.cliName() + " names environment '" + kv[0]
            + "', which no --parameters declares");
      }
      values.put(kv[0], kv[1]);
    }
    return values;
  }

  private static String[] pair(Option option, String value) {
    int eq = value.indexOf('=');
    if (eq <= 0 || eq == value.length() - 1) {
      throw new UsageException("--" + option.cliName() + " takes " + option.valueName() + ", not '" + value + "'");
    }
    return new String[] {value.substring(0, eq).strip(), value.substring(eq + 1).strip()};
  }

  /** {@code FILE} or {@code FILE=STACK}. */
  private static TemplateSpec template(String value) {
    int eq = value.lastIndexOf('=');
    return eq < 0 ? new TemplateSpec(value, "") : new TemplateSpec(value.substring(0, eq), value.substring(eq + 1));
  }
}
