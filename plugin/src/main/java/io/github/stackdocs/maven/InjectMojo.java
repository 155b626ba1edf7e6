package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fills the marked regions of the {@code injectFiles} (a README) with the stack table, parameters, outputs,
 * resources or diagram, and writes nothing else: no documents, no runbooks. Text outside the markers stays byte for
 * byte; {@code check} verifies the regions, and {@code generate} fills them too.
 *
 * @since 0.2.0
 */
@Mojo(name = "inject", threadSafe = true, requiresProject = true)
public class InjectMojo extends AbstractStackdocsMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.INJECT_SKIP, defaultValue = "false")
  private boolean injectSkip;

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return injectSkip;
  }

  @Override
  void run(DocsRequest request, MavenLog log) {
    try (DocsGenerator generator = new DocsGenerator(log)) {
      getLog().info("stackdocs: " + generator.injectOnly(request));
    }
  }
}
