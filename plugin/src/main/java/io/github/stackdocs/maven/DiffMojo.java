package io.github.stackdocs.maven;

import io.github.stackdocs.analyze.diff.DiffOptions;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.ChangeLogGenerator;
import io.github.stackdocs.pipeline.DiffRequest;
import io.github.stackdocs.pipeline.DiffResult;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOnRisk;
import io.github.stackdocs.pipeline.RiskThresholdException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the change log of the current templates against a baseline — a git ref of the project's own repository
 * or a folder of earlier templates — as {@code changes.md} (a pull-request comment: risks first, per-stack
 * tables, under GitHub's size limit) and {@code changes.json} into {@code diffOutputDirectory}. Each resource change
 * says whether it updates in place, may replace, will replace, destroys or orphans; data loss, security and
 * deploy-failure risks are listed first, and {@code failOnRisk} can fail the build on them.
 *
 * @since 0.1.0
 */
@Mojo(name = "diff", threadSafe = true, requiresProject = true)
public class DiffMojo extends AbstractStackdocsMojo {

  /**
   * What to compare with: {@code git:<ref>} (a branch such as {@code git:origin/main}, a tag, a commit or
   * {@code git:HEAD~1}, or {@code git:merge-base(origin/main)} for where the branch left it; read from the
   * repository containing the project, without a checkout), a folder of
   * earlier templates with the project's layout (relative to the project folder; its {@code cdk.out} is read
   * when the project has a cloud assembly), an earlier cloud assembly (a folder with {@code manifest.json}), or
   * {@code model:<file>}, a {@code model.json} an earlier {@code generate} wrote (e.g. {@code model:docs/model.json}).
   * The current side is what {@code generate} documents: templates and the cloud assembly.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.BASELINE, defaultValue = "git:origin/main")
  private String baseline;

  /**
   * Where {@code changes.md} and {@code changes.json} are written. Its own folder under {@code target/} by default,
   * so a diff never leaves untracked files among committed docs ({@code outputDirectory}).
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.DIFF_OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/stackdocs-diff")
  private java.io.File diffOutputDirectory;

  /**
   * Which changes fail the build (after the files are written): {@code NONE}; {@code DATA_LOSS} (data loss
   * and deploy failures); {@code SECURITY} (also IAM broadening and opened ingress); {@code REPLACEMENT} (also
   * any resource that will or may be replaced).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FAIL_ON_RISK, defaultValue = "NONE")
  private String failOnRisk;

  /**
   * Where stackdocs' own docs of this project are published — a URL ({@code https://example.com/infra-docs}) or a
   * path relative to {@code changes.md}. When set, each resource in {@code changes.md} links to its section,
   * {@code <docsUrl>/stacks/<page>.html#<anchor>}. Removed resources have no page and no link.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DOCS_URL)
  private String docsUrl;

  /**
   * An AsciiDoc change log to append this run's entry to (baseline → current, counts, risks, a line per stack),
   * relative to the project folder; created with a title when missing. Earlier entries are never rewritten, and a
   * run with the same baseline and the same changes as an existing entry adds nothing. None by default.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.APPEND_CHANGELOG)
  private java.io.File appendChangelog;

  /**
   * Lists asset-hash changes (Lambda code, container images, CDK asset parameters) instead of suppressing them as
   * CDK noise.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.SHOW_ASSET_CHANGES, defaultValue = "false")
  private boolean showAssetChanges;

  /**
   * Change paths to leave out of the change log, counted as suppressed: {@code Tags}, {@code Properties.Description},
   * {@code Metadata}. A change matches when its path is the pattern or lies under it; a pattern is also tried under
   * {@code Properties.}.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.DIFF_EXCLUDES)
  private java.util.List<String> diffExcludes;

  /**
   * Which changes that follow from a replaced resource are listed: {@code ALL} (every resource whose reference to
   * it gets a new value, in place or by replacement) or {@code AS_CDK_DIFF} (only the replacements {@code cdk diff}
   * lists).
   *
   * @since 0.3.0
   */
  @Parameter(property = PropertyNames.DIFF_CASCADES, defaultValue = "ALL")
  private String diffCascades;

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.DIFF_SKIP, defaultValue = "false")
  private boolean diffSkip;

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return diffSkip;
  }

  @Override
  void run(DocsRequest docs, MavenLog log) {
    DocsRequest inputs = docs.toBuilder().outputDirectory(diffOutputDirectory.toPath()).build();
    DiffRequest request = new DiffRequest(inputs, DiffRequest.parseBaseline(baseline, inputs.baseDirectory()),
        FailOnRisk.parse(failOnRisk), java.util.Optional.ofNullable(docsUrl),
        java.util.Optional.ofNullable(appendChangelog).map(java.io.File::toPath),
        new DiffOptions(showAssetChanges, diffExcludes == null ? java.util.List.of() : diffExcludes,
            DiffRequest.parseCascades(diffCascades)));
    try {
      DiffResult result = new ChangeLogGenerator(log).run(request);
      logRisks(result);
      getLog().info("stackdocs: " + result.summary());
    } catch (RiskThresholdException e) {
      logRisks(e.result());
      throw e;
    }
  }

  private void logRisks(DiffResult result) {
    logFindings(result.findings());
    result.changes().risks().forEach(r -> getLog().warn(r.kind().label() + " " + r.stack() + "/" + r.logicalId()
        + ": " + r.reason()));
  }
}
