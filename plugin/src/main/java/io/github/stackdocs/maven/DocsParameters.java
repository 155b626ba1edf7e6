package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.pipeline.TemplateSpec;
import io.github.stackdocs.render.Format;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters the docs goals share and the {@link DocsRequest} made of them: a goal's configuration, with no work
 * of its own.
 */
abstract class DocsParameters extends AbstractMojo {

  /**
   * Skips every stackdocs goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  /** The project folder; messages name files relative to it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /**
   * Where templates are searched with {@code includes} and {@code excludes}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SOURCE_DIRECTORY, defaultValue = "${project.basedir}/src/main/cloudformation")
  private File sourceDirectory;

  /**
   * Globs of templates under {@code sourceDirectory}; default {@code **}{@code /*.yaml, **}{@code /*.yml, **}{@code /*.json, **}{@code /*.template}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.INCLUDES)
  private List<String> includes;

  /**
   * Globs to leave out.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.EXCLUDES)
  private List<String> excludes;

  /**
   * Templates named one by one (also outside {@code sourceDirectory}), each with an optional stack name.
   *
   * @since 0.1.0
   */
  @Parameter
  private List<Template> templates;

  /**
   * Where the documents go ({@code generate}) or are compared ({@code check}).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/stackdocs")
  private File outputDirectory;

  /**
   * Comma list of output formats: {@code adoc}, {@code md}, {@code html}, {@code json}, and {@code antora} (an
   * Antora component under {@code antora/}, not in the default).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FORMATS, defaultValue = "adoc,md,html,json")
  private String formats;

  /**
   * A folder of FreeMarker templates that override built-in ones by relative name, e.g. {@code md/parameters.ftl}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TEMPLATE_DIRECTORY)
  private File templateDirectory;

  /**
   * The least serious finding that fails the build: {@code ERROR}, {@code WARN} or {@code NEVER}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FAIL_ON, defaultValue = "ERROR")
  private String failOn;

  /**
   * The least serious failed readiness check that fails the build, after the docs (with the scorecard) are written or
   * checked: {@code NEVER}, {@code WARN} or {@code ERROR}. The failure lists each failing check with the file and line
   * at fault; the annotations file's {@code readiness} key waives a check or changes its severity, with a reason.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.READINESS_FAIL_ON, defaultValue = "NEVER")
  private String readinessFailOn;

  /**
   * The title of the documentation.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.PROJECT_NAME, defaultValue = "${project.name}")
  private String projectName;

  /**
   * How many diff lines a failed {@code check} prints.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.MAX_DIFF_LINES, defaultValue = "50")
  private int maxDiffLines;

  /**
   * The severity of findings from the resource-type catalog: unknown types (with a did-you-mean),
   * unknown properties, missing required properties, GetAtt of attributes a type lacks. {@code INFO},
   * {@code WARN} or {@code ERROR}; with {@code failOn} it decides whether they fail the build.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.VALIDATION_SEVERITY, defaultValue = "WARN")
  private String validationSeverity;

  /**
   * A CDK cloud assembly folder (the output of {@code cdk synth}) whose stacks are documented along with the
   * templates found by {@code includes}: construct paths, environments, stack dependencies and stages. When
   * not set, {@code ${project.basedir}/cdk.out} is read if it exists. The folder is never scanned by
   * {@code includes}, so its templates are not documented twice. A configured folder that does not exist is
   * an error.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CDK_OUT)
  private File cdkOut;

  /**
   * Terraform plans ({@code terraform show -json} of a saved plan) or folders of them (their {@code *.json} files),
   * relative to the project folder: the root module documented as a stack, child modules as nested stacks, AWS
   * resource types mapped to CloudFormation types. Terraform JSON found among the templates is recognised by its
   * content and read so too.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TERRAFORM_PLANS)
  private List<String> terraformPlans;

  /**
   * Terraform states ({@code terraform show -json}) or folders of them, read like {@code terraformPlans}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TERRAFORM_STATES)
  private List<String> terraformStates;

  /**
   * Document CDK bookkeeping too: the {@code CDKMetadata} resource, asset parameters, the
   * {@code BootstrapVersion} parameter and the {@code CheckBootstrapVersion} rule. Hidden by default (the
   * stack page says how many items were hidden); they are always in {@code model.json}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SHOW_CDK_INTERNALS, defaultValue = "false")
  private boolean showCdkInternals;

  /**
   * A folder of JSON files as the AWS CLI writes them ({@code describe-stacks}, {@code list-stack-resources} or
   * {@code describe-stack-resources}, {@code describe-stack-resource-drifts}, {@code get-template}), one
   * sub-folder per stack. When set, each stack page shows the deployed state (status, parameter and output
   * values, physical ids, console links) and drift between template and deployment is reported as
   * {@code drift-*} findings, failing the build per {@code failOn}. Off when not set.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DEPLOYED_DIRECTORY)
  private File deployedDirectory;

  /**
   * Write (and {@code check}) a runbook stub per resource with an operational surface into
   * {@code runbookDirectory}. Runbooks are edited by people: regeneration rewrites only the regions between
   * {@code // stackdocs:begin <id>} and {@code // stackdocs:end <id>} comment lines and keeps everything else;
   * a runbook whose resource is gone is kept and marked orphaned. {@code check} verifies the generated regions.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.RUNBOOKS, defaultValue = "true")
  private boolean runbooks;

  /**
   * The source folder of the runbooks, {@code <stack>/<LogicalId>.adoc}; commit it. Must not overlap
   * {@code outputDirectory}. The HTML site shows the runbooks in it as pages under {@code runbooks/} (also with
   * {@code runbooks=false}: then as they are, without refreshing them).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.RUNBOOK_DIRECTORY, defaultValue = "${project.basedir}/src/docs/runbooks")
  private File runbookDirectory;

  /**
   * The sidecar annotations file (owners, tiers, on-call links per stack, resource, construct path or glob; see
   * the README). Default: {@code stackdocs.yaml} in {@code sourceDirectory} when it exists; a configured file
   * must exist.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ANNOTATIONS_FILE)
  private File annotationsFile;

  /**
   * Resource tags read as annotations: a field name ({@code owner}: the tag {@code owner}, any case) or
   * {@code field=TagKey} ({@code team=CostCenter}). Default {@code owner, team}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ANNOTATION_TAG_KEYS)
  private List<String> annotationTagKeys;

  /**
   * Show the runbooks of {@code runbookDirectory} as pages of the HTML site and the Antora component. Each runbook
   * is one more page to convert: a project with thousands of runbooks may turn this off to keep HTML builds short.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SITE_RUNBOOKS, defaultValue = "true")
  private boolean siteRunbooks;

  /**
   * An AsciiDoc change log the HTML site shows as its change log page ({@code changelog.html}), typically the file
   * the {@code diff} goal's {@code appendChangelog} writes. Left out while the file does not exist. None by default.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CHANGELOG)
  private File changelog;

  /**
   * The Antora component's name ({@code antora} format): its URL segment and the coordinate other components' xrefs
   * use. Letters, digits, {@code .}, {@code _} and {@code -}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ANTORA_NAME, defaultValue = "${project.artifactId}")
  private String antoraName;

  /**
   * The Antora component's title; default the {@code projectName}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ANTORA_TITLE)
  private String antoraTitle;

  /**
   * The Antora component's version; {@code ~} for a component without versions. A {@code -SNAPSHOT} version is
   * marked as a prerelease.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ANTORA_VERSION, defaultValue = "${project.version}")
  private String antoraVersion;

  /**
   * The diagram level stack pages show: {@code ALL} (every resource, and every reference a frame does not
   * already show), {@code DEFAULT} (without IAM roles, policies, instance profiles, Lambda permissions, event source
   * mappings and subscriptions, which become the edges they imply: reads, writes, invokes, triggers, subscribes) or
   * {@code SUMMARY} (one node per service).
   * With {@code DEFAULT}, a stack with more than 60 nodes shows its summary and links the details. Every level is
   * written to {@code diagrams/} when AsciiDoc or HTML is generated.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DIAGRAM_LEVEL, defaultValue = "DEFAULT")
  private String diagramLevel;

  /**
   * The environments the stacks are deployed to, each {@code <environment>} with a {@code <name>}, a
   * {@code <parameters>} folder (one file per stack, {@code <stack>.json|.yaml}: an AWS CLI parameters array, a
   * CodePipeline template configuration or a plain key/value map) and optionally {@code <region>},
   * {@code <accountId>}, {@code <deployedDirectory>} and {@code <stackNames>}. Templates are bound to each
   * environment's values: pages show resolved values, what each environment does not create and what differs
   * between environments. None: the built-in {@code defaults} environment binds each parameter's {@code Default}.
   *
   * @since 0.2.0
   */
  @Parameter
  private List<Environment> environments;

  /** The environment whose values the pages show; default the first declared. */
  @Parameter(property = PropertyNames.ENVIRONMENT)
  private String environment;

  /**
   * Limits that raise CloudFormation's quotas, which templates are refused past: {@code name=number} entries (a
   * comma list on the command line) of {@code templateBytes} (default 1048576), {@code resources} (500),
   * {@code parameters} (200), {@code outputs} (200), {@code mappings} (200), {@code nestingDepth} (20, how deep nested
   * stacks are loaded) and {@code nestedStacks} (1000, in the project). {@code templateBytes} is at most 20 MiB.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.LIMITS)
  private List<String> limits;

  /**
   * Human-edited Markdown or AsciiDoc files (a README) whose marked regions {@code generate} and {@code inject} fill
   * and {@code check} verifies, terraform-docs style: {@code <!-- stackdocs:begin stacks -->} ...
   * {@code <!-- stackdocs:end stacks -->} in Markdown, {@code // stackdocs:begin stacks} ... in AsciiDoc; sections
   * {@code stacks}, {@code parameters}, {@code outputs}, {@code resources}, {@code diagram} (of one stack:
   * {@code parameters-<stack>}). Text outside the markers is never changed; each file must exist. None by default.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.INJECT_FILES)
  private List<File> injectFiles;

  /** WRITE for generate, CHECK for check. */
  protected abstract WriteMode mode();

  /**
   * False for goals that do not read {@code deployedDirectory} ({@code snapshot} writes it, so it may not exist
   * yet).
   */
  protected boolean readsDeployedState() {
    return true;
  }

  /** True when every stackdocs goal is skipped. */
  final boolean skip() {
    return skip;
  }

  final DocsRequest request() {
    List<TemplateSpec> specs = new ArrayList<>();
    if (templates != null) {
      for (Template t : templates) {
        specs.add(new TemplateSpec(t.getFile() == null ? null : t.getFile().getPath(), t.getStackName()));
      }
    }
    java.util.Set<Format> asked = DocsRequest.parseFormats(formats); // the Antora settings matter only with antora
    return goalSettings(DocsRequest.builder(baseDirectory.toPath()))
        .sourceDirectory(sourceDirectory.toPath())
        .includes(trimmed(includes))
        .excludes(trimmed(excludes))
        .templates(specs)
        .terraform(java.util.stream.Stream.concat(trimmed(terraformPlans).stream(), trimmed(terraformStates).stream())
            .map(java.nio.file.Path::of).toList())
        .outputDirectory(outputDirectory.toPath())
        .formats(asked)
        .templateDirectory(Optional.ofNullable(templateDirectory).map(File::toPath))
        .failOn(FailOn.parse(failOn))
        .readinessFailOn(FailOn.parse("readinessFailOn", readinessFailOn == null ? "NEVER" : readinessFailOn))
        .projectName(projectName)
        .mode(mode())
        .maxDiffLines(maxDiffLines)
        .validationSeverity(DocsRequest.parseSeverity("validationSeverity", validationSeverity))
        .cdkOutDirectory(DocsRequest.cdkOut(baseDirectory.toPath(), Optional.ofNullable(cdkOut).map(File::toPath)))
        .showCdkInternals(showCdkInternals)
        .deployedDirectory(readsDeployedState() ? Optional.ofNullable(deployedDirectory).map(File::toPath)
            : Optional.empty())
        .runbookDirectory(runbooks ? Optional.of(runbookDirectory.toPath()) : Optional.empty())
        .annotationsFile(Optional.ofNullable(annotationsFile).map(File::toPath))
        .annotationTagKeys(DocsRequest.parseTagKeys(trimmed(annotationTagKeys)))
        .siteRunbookDirectory(siteRunbooks ? Optional.of(runbookDirectory.toPath()) : Optional.empty())
        .changelog(Optional.ofNullable(changelog).map(File::toPath))
        .antoraComponent(asked.contains(Format.ANTORA) ? DocsRequest.parseAntoraComponent(antoraName,
            antoraTitle == null || antoraTitle.isBlank() ? projectName : antoraTitle, antoraVersion) : null)
        .diagramLevel(DocsRequest.parseDiagramLevel(diagramLevel == null ? "DEFAULT" : diagramLevel))
        .environments(environmentSpecs())
        .environment(Optional.ofNullable(environment))
        .limits(DocsRequest.parseLimits(trimmed(limits)))
        .injectFiles(injectFiles == null ? List.of() : injectFiles.stream().map(File::toPath).toList())
        .build();
  }

  private List<io.github.stackdocs.pipeline.EnvironmentSpec> environmentSpecs() {
    return (environments == null ? List.<Environment>of() : environments).stream()
        .map(e -> e.spec(readsDeployedState())).toList();
  }

  /** The project folder. */
  File baseDirectory() {
    return baseDirectory;
  }

  /** The configured output folder. */
  File outputDirectory() {
    return outputDirectory;
  }

  /** Settings only one goal has ({@code generate}: the stamp and {@code force}); none by default. */
  DocsRequest.Builder goalSettings(DocsRequest.Builder builder) {
    return builder;
  }

  private static List<String> trimmed(List<String> globs) {
    if (globs == null) {
      return List.of();
    }
    return globs.stream().flatMap(g -> java.util.Arrays.stream(g.split(","))).map(String::trim)
        .filter(g -> !g.isEmpty()).toList();
  }

}
