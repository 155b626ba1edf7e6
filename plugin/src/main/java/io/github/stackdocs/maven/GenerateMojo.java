package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.StampFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the documentation of the project's CloudFormation templates: AsciiDoc, Markdown, HTML and
 * model.json, into {@code outputDirectory}. Unchanged files are left untouched, and when no input, setting or
 * stackdocs version changed since the last run and the docs are still as written, nothing is read or rendered:
 * a stamp of content hashes under {@code target/stackdocs-stamp/} says so ({@code force} ignores it).
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true, requiresProject = true)
public class GenerateMojo extends AbstractStackdocsMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.GENERATE_SKIP, defaultValue = "false")
  private boolean generateSkip;

  /**
   * Read and render everything even when the stamp says nothing changed since the last run.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FORCE, defaultValue = "false")
  private boolean force;

  /** The build folder; the stamp goes under it, outside the docs. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return generateSkip;
  }

  @Override
  DocsRequest.Builder goalSettings(DocsRequest.Builder builder) {
    return builder.force(force).stampFile(Optional.of(stampFile()));
  }

  /** {@code target/stackdocs-stamp/<output folder>.stamp}: see {@link StampFiles}. */
  private Path stampFile() {
    return StampFiles.of(baseDirectory().toPath(), buildDirectory.toPath(), outputDirectory().toPath());
  }
}
