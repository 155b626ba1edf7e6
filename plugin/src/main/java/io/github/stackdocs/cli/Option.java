package io.github.stackdocs.cli;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The command-line options: the Maven parameters of the same name in kebab case ({@code sourceDirectory} →
 * {@code --source-directory}), with the same defaults, plus the command line's own ({@code --pair}, {@code --quiet},
 * {@code --verbose}, {@code --help}).
 */
enum Option {
  BASE_DIRECTORY("base-directory", "DIR", "the project folder; relative paths are resolved against it", "."),
  SOURCE_DIRECTORY("source-directory", "DIR", "where templates are searched with --includes", "src/main/cloudformation"),
  INCLUDES("includes", "GLOBS", "comma list of template globs under --source-directory (repeatable)",
      "**/*.yaml,**/*.yml,**/*.json,**/*.template"),
  EXCLUDES("excludes", "GLOBS", "comma list of globs to leave out (repeatable)", null),
  ALLOW_NO_TEMPLATES("allow-no-templates", null, "succeed with empty docs when --source-directory does not exist"
      + " and no template or cdk.out is given (otherwise an error)", "false"),
  TEMPLATE("template", "FILE[=STACK]", "a template named one by one, with an optional stack name (repeatable)", null),
  TERRAFORM_PLANS("terraform-plans", "PATHS", "comma list of Terraform plans (terraform show -json of a saved plan)"
      + " or folders of them (repeatable)", null),
  TERRAFORM_STATES("terraform-states", "PATHS", "comma list of Terraform states (terraform show -json) or folders of"
      + " them (repeatable)", null),
  OUTPUT_DIRECTORY("output-directory", "DIR", "where documents go (for diff: see --diff-output-directory)",
      "target/stackdocs"),
  FORMATS("formats", "LIST", "comma list of adoc, md, html, json", "adoc,md,html,json"),
  TEMPLATE_DIRECTORY("template-directory", "DIR", "FreeMarker templates overriding built-in ones by relative name", null),
  FAIL_ON("fail-on", "LEVEL", "the least serious finding that fails: ERROR, WARN or NEVER", "ERROR"),
  READINESS_FAIL_ON("readiness-fail-on", "LEVEL", "the least serious failed readiness check that fails (after"
      + " writing): NEVER, WARN or ERROR", "NEVER"),
  PROJECT_NAME("project-name", "NAME", "the title of the documentation",
      "as Maven: <name>, else <artifactId>, of the base directory's pom.xml; without one the directory's name"),
  MAX_DIFF_LINES("max-diff-lines", "N", "how many diff lines a failed check prints", "50"),
  VALIDATION_SEVERITY("validation-severity", "LEVEL", "severity of catalog findings: INFO, WARN or ERROR", "WARN"),
  CDK_OUT("cdk-out", "DIR", "a CDK cloud assembly to read as well", "cdk.out when it exists"),
  SHOW_CDK_INTERNALS("show-cdk-internals", null, "document CDKMetadata, asset and bootstrap parameters too", "false"),
  DEPLOYED_DIRECTORY("deployed-directory", "DIR", "AWS CLI JSON of the deployed stacks: deployed state and drift", null),
  PARAMETERS("parameters", "ENV=DIR", "declares an environment and its folder of parameter files, one per stack"
      + " (repeatable; the first declared is shown unless --environment says otherwise)", null),
  ENVIRONMENT_REGION("environment-region", "ENV=REGION", "the AWS region of a declared environment (repeatable)", null),
  ENVIRONMENT_ACCOUNT("environment-account", "ENV=ID", "the AWS account id of a declared environment (repeatable)",
      null),
  ENVIRONMENT_DEPLOYED_DIRECTORY("environment-deployed-directory", "ENV=DIR", "the deployed snapshot of a declared"
      + " environment (repeatable)", null),
  ENVIRONMENT_STACK_NAME("environment-stack-name", "ENV:STACK=NAME", "the name a stack is deployed under in a declared"
      + " environment (repeatable)", null),
  ENVIRONMENT("environment", "ENV", "the environment whose values the pages show",
      "the first declared, else defaults"),
  RUNBOOKS("runbooks", "true|false", "write and check a runbook stub per operational resource", "true"),
  RUNBOOK_DIRECTORY("runbook-directory", "DIR", "the runbooks' source folder", "src/docs/runbooks"),
  SITE_RUNBOOKS("site-runbooks", "true|false", "show the runbooks as pages of the HTML site", "true"),
  CHANGELOG("changelog", "FILE", "an AsciiDoc change log the HTML site shows as its change log page", null),
  ANTORA_NAME("antora-name", "NAME", "antora format: the component's name (URL segment, xref coordinate)",
      "as Maven: <artifactId> of the base directory's pom.xml; without one made of the project name",
      Command.GENERATE, Command.CHECK),
  ANTORA_TITLE("antora-title", "TITLE", "antora format: the component's title", "the project name", Command.GENERATE,
      Command.CHECK),
  ANTORA_VERSION("antora-version", "VERSION", "antora format: the component's version, ~ for none; -SNAPSHOT is"
      + " marked a prerelease", "as Maven: <version> of the base directory's pom.xml (else its parent's); without one ~",
      Command.GENERATE, Command.CHECK),
  DIAGRAM_LEVEL("diagram-level", "LEVEL", "the diagram stack pages show: ALL, DEFAULT or SUMMARY", "DEFAULT"),
  INJECT_FILES("inject-files", "FILES", "comma list of Markdown or AsciiDoc files whose stackdocs:begin/end regions"
      + " generate and inject fill and check verifies: stacks, parameters, outputs, resources, diagram (of one stack:"
      + " parameters-<stack>) (repeatable)", null, Command.GENERATE, Command.CHECK, Command.INJECT),
  FORCE("force", null, "read and render everything even when nothing changed since the last run (the stamp under"
      + " target/stackdocs-stamp/)", "false", Command.GENERATE),
  ANNOTATIONS_FILE("annotations-file", "FILE", "sidecar annotations (owners, tiers, on-call links)",
      "<source-directory>/stackdocs.yaml when it exists"),
  ANNOTATION_TAG_KEYS("annotation-tag-keys", "LIST", "resource tags read as annotations (owner, team=CostCenter)",
      "owner,team"),
  LIMITS("limits", "LIST", "raise CloudFormation's quotas templates are refused past (repeatable): templateBytes=,"
      + " resources=, parameters=, outputs=, mappings=, nestingDepth=, nestedStacks=",
      "templateBytes=1048576,resources=500,parameters=200,outputs=200,mappings=200,nestingDepth=20,nestedStacks=1000"),
  BASELINE("baseline", "BASELINE", "git:<ref>, git:merge-base(<ref>), a folder, a cdk.out or model:<model.json>",
      "git:origin/main", Command.DIFF),
  DIFF_OUTPUT_DIRECTORY("diff-output-directory", "DIR", "where changes.md and changes.json go",
      "--output-directory when given, else target/stackdocs-diff", Command.DIFF),
  PAIR("pair", "OLD NEW", "compare two template files as one stack, instead of --baseline (repeatable: each pair"
      + " is its own change log, in <diff-output-directory>/pair-001/, pair-002/, ... when there are several)", null,
      Command.DIFF),
  FAIL_ON_RISK("fail-on-risk", "LEVEL", "exit 1 on risks: NONE, DATA_LOSS, SECURITY or REPLACEMENT", "NONE",
      Command.DIFF),
  DOCS_URL("docs-url", "URL", "where the docs are published; resources in changes.md link to their section", null,
      Command.DIFF),
  APPEND_CHANGELOG("append-changelog", "FILE", "an AsciiDoc change log to append this run's entry to", null,
      Command.DIFF),
  SHOW_ASSET_CHANGES("show-asset-changes", null, "list asset-hash changes (function code, images) instead of"
      + " suppressing them", "false", Command.DIFF),
  DIFF_EXCLUDES("diff-excludes", "PATHS", "comma list of change paths to leave out, e.g. Tags,Properties.Description"
      + " (repeatable)", null, Command.DIFF),
  DIFF_CASCADES("diff-cascades", "WHICH", "changes that follow from a replaced resource: ALL (in place too) or"
      + " AS_CDK_DIFF (only the replacements cdk diff lists)", "ALL", Command.DIFF),
  SNAPSHOT_DIRECTORY("snapshot-directory", "DIR", "the folder written, one sub-folder per stack; later runs read it"
      + " with --deployed-directory", "src/main/deployed", Command.SNAPSHOT),
  STACKS("stacks", "LIST", "comma list of deployed stack names to read (repeatable)", "the stacks generate documents",
      Command.SNAPSHOT),
  PROFILE("profile", "NAME", "named profile of ~/.aws/config and ~/.aws/credentials", "the SDK's default chain",
      Command.SNAPSHOT),
  REGION("region", "REGION", "the AWS region, e.g. eu-west-1", "the SDK's default chain", Command.SNAPSHOT),
  ROLE_ARN("role-arn", "ARN", "a role to assume (STS AssumeRole) with the credentials found", null, Command.SNAPSHOT),
  DETECT_DRIFT("detect-drift", null, "run DetectStackDrift on each stack first (starts work in the account)", "false",
      Command.SNAPSHOT),
  ENDPOINT("endpoint", "URL", "the CloudFormation endpoint (tests: a local stand-in)", null, Command.SNAPSHOT),
  QUIET("quiet", null, "print warnings and errors only", null),
  VERBOSE("verbose", null, "print debug lines and, on an internal error, its stack trace", null),
  HELP("help", null, "print this help", null);

  private final String cliName;
  private final String valueName;
  private final String help;
  private final String defaultText;
  private final Set<Command> commands;

  Option(String cliName, String valueName, String help, String defaultText, Command... commands) {
    this.cliName = cliName;
    this.valueName = valueName;
    this.help = help;
    this.defaultText = defaultText;
    this.commands = commands.length == 0 ? EnumSet.allOf(Command.class) : EnumSet.of(commands[0], commands);
  }

  String cliName() {
    return cliName;
  }

  String valueName() {
    return valueName;
  }

  /** How many words follow the option: 0 for a flag, 2 for {@code --pair}, else 1. */
  int arity() {
    return valueName == null ? 0 : this == PAIR ? 2 : 1;
  }

  boolean repeatable() {
    return this == INCLUDES || this == EXCLUDES || this == TEMPLATE || this == PAIR || this == PARAMETERS
        || this == ENVIRONMENT_REGION || this == ENVIRONMENT_ACCOUNT || this == ENVIRONMENT_DEPLOYED_DIRECTORY
        || this == ENVIRONMENT_STACK_NAME || this == STACKS
        || this == LIMITS || this == INJECT_FILES || this == TERRAFORM_PLANS || this == TERRAFORM_STATES;
  }

  boolean appliesTo(Command command) {
    return commands.contains(command);
  }

  /** The commands of an option that does not apply to every one: {@code diff}, {@code generate, check}. */
  String commandNames() {
    return String.join(", ", commands.stream().map(Command::cliName).toList());
  }

  /** True when the option applies to every command. */
  boolean everyCommand() {
    return commands.size() == Command.values().length;
  }

  /** One help line: {@code   --source-directory DIR   where ... (default: ...)}. */
  String helpLine() {
    String left = "  --" + cliName + (valueName == null ? "" : " " + valueName);
    return String.format("%-34s %s%s", left, help, defaultText == null ? "" : " (default: " + defaultText + ")");
  }

  static Optional<Option> byName(String name) {
    for (Option o : values()) {
      if (o.cliName.equals(name)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
