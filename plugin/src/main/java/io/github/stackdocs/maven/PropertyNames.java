package io.github.stackdocs.maven;

/** Every user property the goals read, in one place ({@code -Dstackdocs.<name>}). */
final class PropertyNames {
  static final String PREFIX = "stackdocs.";
  static final String SKIP = PREFIX + "skip";
  static final String GENERATE_SKIP = PREFIX + "generate.skip";
  static final String FORCE = PREFIX + "force";
  static final String CHECK_SKIP = PREFIX + "check.skip";
  static final String SOURCE_DIRECTORY = PREFIX + "sourceDirectory";
  static final String ALLOW_NO_TEMPLATES = PREFIX + "allowNoTemplates";
  static final String INCLUDES = PREFIX + "includes";
  static final String EXCLUDES = PREFIX + "excludes";
  static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";
  static final String FORMATS = PREFIX + "formats";
  static final String TEMPLATE_DIRECTORY = PREFIX + "templateDirectory";
  static final String FAIL_ON = PREFIX + "failOn";
  static final String READINESS_FAIL_ON = PREFIX + "readinessFailOn";
  static final String PROJECT_NAME = PREFIX + "projectName";
  static final String MAX_DIFF_LINES = PREFIX + "maxDiffLines";
  static final String VALIDATION_SEVERITY = PREFIX + "validationSeverity";
  static final String DEPLOYED_DIRECTORY = PREFIX + "deployedDirectory";
  static final String DIFF_SKIP = PREFIX + "diff.skip";
  static final String BASELINE = PREFIX + "baseline";
  static final String DIFF_OUTPUT_DIRECTORY = PREFIX + "diffOutputDirectory";
  static final String FAIL_ON_RISK = PREFIX + "failOnRisk";
  static final String DOCS_URL = PREFIX + "docsUrl";
  static final String APPEND_CHANGELOG = PREFIX + "appendChangelog";
  static final String SHOW_ASSET_CHANGES = PREFIX + "showAssetChanges";
  static final String DIFF_CASCADES = PREFIX + "diffCascades";
  static final String DIFF_EXCLUDES = PREFIX + "diffExcludes";
  static final String CDK_OUT = PREFIX + "cdkOut";
  static final String TERRAFORM_PLANS = PREFIX + "terraformPlans";
  static final String TERRAFORM_STATES = PREFIX + "terraformStates";
  static final String EXPORT_DIRECTORY = PREFIX + "exportDirectory";
  static final String EXPORT_OVERWRITE = PREFIX + "export.overwrite";
  static final String SHOW_CDK_INTERNALS = PREFIX + "showCdkInternals";
  static final String RUNBOOKS = PREFIX + "runbooks";
  static final String RUNBOOK_DIRECTORY = PREFIX + "runbookDirectory";
  static final String SNAPSHOT_SKIP = PREFIX + "snapshot.skip";
  static final String SNAPSHOT_DIRECTORY = PREFIX + "snapshotDirectory";
  static final String STACKS = PREFIX + "stacks";
  static final String PROFILE = PREFIX + "profile";
  static final String REGION = PREFIX + "region";
  static final String ROLE_ARN = PREFIX + "roleArn";
  static final String DETECT_DRIFT = PREFIX + "detectDrift";
  static final String ENDPOINT = PREFIX + "endpoint";
  static final String ANNOTATIONS_FILE = PREFIX + "annotationsFile";
  static final String ANNOTATION_TAG_KEYS = PREFIX + "annotationTagKeys";
  static final String CHANGELOG = PREFIX + "changelog";
  static final String SITE_RUNBOOKS = PREFIX + "siteRunbooks";
  static final String REPORT_SKIP = PREFIX + "report.skip";
  static final String ANTORA_NAME = PREFIX + "antoraName";
  static final String ANTORA_TITLE = PREFIX + "antoraTitle";
  static final String ANTORA_VERSION = PREFIX + "antoraVersion";
  static final String DIAGRAM_LEVEL = PREFIX + "diagramLevel";
  static final String ENVIRONMENT = PREFIX + "environment";
  static final String LIMITS = PREFIX + "limits";
  static final String INJECT_FILES = PREFIX + "injectFiles";
  static final String INJECT_SKIP = PREFIX + "inject.skip";

  private PropertyNames() {}
}
