package io.github.stackdocs.maven;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.DocsResult;
import io.github.stackdocs.pipeline.InvalidInputException;
import io.github.stackdocs.pipeline.StaleDocsException;
import io.github.stackdocs.render.Format;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * What every goal does with its parameters ({@link DocsParameters}): skip handling, running the docs pipeline on the
 * request, logging findings and the summary, and mapping failures. {@link #execute()} is final; a goal says whether it
 * writes or checks and which property skips it, and {@code diff} replaces the work itself ({@link #run}).
 */
abstract class AbstractStackdocsMojo extends DocsParameters {
  /** True when the goal's own skip property is set. */
  protected abstract boolean skipGoal();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip() || skipGoal()) {
      getLog().info("stackdocs: skipped");
      return;
    }
    MavenLog log = new MavenLog(getLog());
    try {
      run(request(), log);
    } catch (InvalidInputException e) {
      logFindings(e.findings());
      throw failure(e);
    } catch (StaleDocsException e) {
      logFindings(e.result().findings());
      throw failure(e);
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  /** The goal's work, given the validated request; {@code generate} and {@code check} run the docs pipeline. */
  void run(DocsRequest request, MavenLog log) {
    runDocs(request, log);
  }

  /** Runs the docs pipeline and logs its findings and summary. */
  final DocsResult runDocs(DocsRequest request, MavenLog log) {
    try (DocsGenerator generator = new DocsGenerator(log)) {
      DocsResult result = generator.run(request);
      logFindings(result.findings());
      boolean site = mode() == WriteMode.WRITE && request.formats().contains(Format.HTML)
          && result.upToDateInputs().isEmpty();
      getLog().info("stackdocs: " + result.summary()
          + (site ? "; site: " + request.outputDirectory().resolve("index.html") : ""));
      result.runbookSummary().ifPresent(line -> getLog().info("stackdocs: " + line));
      return result;
    }
  }

  void logFindings(List<Finding> findings) {
    FindingLog.log(getLog(), findings);
  }

  private static MojoExecutionException failure(RuntimeException e) throws MojoFailureException {
    Exception mapped = Failures.map(e);
    if (mapped instanceof MojoFailureException f) {
      throw f;
    }
    return (MojoExecutionException) mapped;
  }
}
