package io.github.stackdocs.maven;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.pipeline.InvalidInputException;
import io.github.stackdocs.pipeline.StackdocsException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Maps core failures onto Maven's two kinds: {@link MojoFailureException} for the user's problem (bad
 * templates, bad configuration, stale docs) and {@link MojoExecutionException} for ours (I/O, bugs).
 */
final class Failures {
  private Failures() {}

  static Exception map(RuntimeException e) {
    if (e instanceof InvalidInputException invalid) {
      long errors = invalid.result().count(Severity.ERROR);
      long warnings = invalid.result().count(Severity.WARN);
      return new MojoFailureException("stackdocs: " + errors + (errors == 1 ? " error" : " errors") + ", "
          + warnings + (warnings == 1 ? " warning" : " warnings") + " (listed above): "
          + e.getMessage());
    }
    if (e instanceof StackdocsException && e instanceof StackdocsException.UserProblem) {
      return new MojoFailureException("stackdocs: " + e.getMessage());
    }
    if (e instanceof StackdocsException) {
      return new MojoExecutionException("stackdocs: " + e.getMessage(), e);
    }
    return new MojoExecutionException("stackdocs failed unexpectedly (" + e.getClass().getSimpleName() + ": "
        + e.getMessage() + "); please report it with the build log", e);
  }
}
