package io.github.stackdocs.maven;

import io.github.stackdocs.pipeline.StackdocsException;
import io.github.stackdocs.pipeline.TemplateExport;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the built-in FreeMarker templates ({@code adoc/*.ftl}, {@code md/*.ftl}) to a folder, so you can
 * change a partial and point {@code templateDirectory} at the folder. Files you already changed there are
 * kept unless {@code overwrite} is set.
 *
 * @since 0.1.0
 */
@Mojo(name = "export-templates", threadSafe = true, requiresProject = false)
public class ExportTemplatesMojo extends AbstractMojo {

  /**
   * Skips every stackdocs goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  /**
   * Where the templates go.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.EXPORT_DIRECTORY, defaultValue = "${basedir}/src/stackdocs/templates")
  private File exportDirectory;

  /**
   * Replace templates in {@code exportDirectory} that differ from the built-in ones (your changes are lost).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.EXPORT_OVERWRITE, defaultValue = "false")
  private boolean overwrite;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("stackdocs: skipped");
      return;
    }
    try {
      getLog().info("stackdocs: " + new TemplateExport().export(exportDirectory.toPath(), overwrite).summary());
    } catch (StackdocsException e) {
      throw new MojoExecutionException("stackdocs: " + e.getMessage(), e);
    }
  }
}
