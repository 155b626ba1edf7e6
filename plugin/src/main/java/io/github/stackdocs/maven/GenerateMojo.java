package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the documentation of the project's CloudFormation templates: AsciiDoc, Markdown, HTML and
 * model.json, into {@code outputDirectory}. Unchanged files are left untouched.
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

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return generateSkip;
  }
}
