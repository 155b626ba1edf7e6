package io.github.stackdocs.maven;

import io.github.stackdocs.output.WriteMode;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies that the documentation in {@code outputDirectory} is what {@code generate} would write now.
 * Generates in memory through the same code path, writes nothing, and fails listing stale, missing and
 * extra files with a short diff and the command that fixes it.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = true)
public class CheckMojo extends AbstractStackdocsMojo {

  /**
   * Skips this goal only.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CHECK_SKIP, defaultValue = "false")
  private boolean checkSkip;

  @Override
  protected WriteMode mode() {
    return WriteMode.CHECK;
  }

  @Override
  protected boolean skipGoal() {
    return checkSkip;
  }
}
