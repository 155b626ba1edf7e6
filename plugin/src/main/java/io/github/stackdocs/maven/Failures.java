package io.github.stackdocs.maven;

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
      return new MojoFailureException("stackdocs: " + invalid.summary());
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
