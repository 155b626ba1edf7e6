package io.github.stackdocs.maven;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.DocsResult;
import io.github.stackdocs.pipeline.InvalidInputException;
import io.github.stackdocs.pipeline.MissingSources;
import io.github.stackdocs.pipeline.StaleDocsException;
import io.github.stackdocs.render.Format;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;

/**
 * What every goal does with its parameters ({@link DocsParameters}): skip handling, running the docs pipeline on the
 * request, logging findings and the summary, and mapping failures. {@link #execute()} is final; a goal says whether it
 * writes or checks and which property skips it, and {@code diff} replaces the work itself ({@link #run}).
 */
abstract class AbstractStackdocsMojo extends DocsParameters {
  /** The {@code -D} properties of the Maven session, compared with the configured values. */
  @org.apache.maven.plugins.annotations.Parameter(defaultValue = "${session.userProperties}", readonly = true)
  private Properties userProperties;

  /** This goal's descriptor: which parameter each property sets. */
  @org.apache.maven.plugins.annotations.Parameter(defaultValue = "${mojoExecution.mojoDescriptor}", readonly = true)
  private MojoDescriptor mojoDescriptor;

  /**
   * Lets a project without templates (no {@code sourceDirectory}, no {@code templates}, no {@code cdkOut}) pass with
   * empty docs, e.g. a module of a multi-module build that inherits the plugin. Otherwise that is a failure naming
   * the folder looked in.
   *
   * @since 0.2.0
   */
  @org.apache.maven.plugins.annotations.Parameter(property = PropertyNames.ALLOW_NO_TEMPLATES, defaultValue = "false")
  private boolean allowNoTemplates;

  /** True when the goal's own skip property is set. */
  protected abstract boolean skipGoal();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip() || skipGoal()) {
      getLog().info("stackdocs: skipped");
      return;
    }
    MavenLog log = new MavenLog(getLog());
    overriddenProperties().forEach(getLog()::warn);
    try {
      DocsRequest request = request();
      if (requiresTemplates() && !allowNoTemplates) {
        MissingSources.check(request);
      }
      run(request, log);
    } catch (InvalidInputException e) {
      logFindings(e.findings());
      throw failure(e);
    } catch (StaleDocsException e) {
      logFindings(e.result().findings());
      throw failure(e);
    } catch (io.github.stackdocs.pipeline.ReadinessGateException e) {
      logFindings(e.result().findings());
      getLog().info("stackdocs: " + e.result().summary());
      throw failure(e);
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  /** The {@code -Dstackdocs.*} properties this goal did not take because the pom configures the parameter. */
  private List<String> overriddenProperties() {
    if (userProperties == null || mojoDescriptor == null || mojoDescriptor.getParameters() == null) {
      return List.of();
    }
    Map<String, String> parameters = new java.util.HashMap<>();
    for (Parameter p : mojoDescriptor.getParameters()) {
      parameters.put(p.getName(), p.getExpression());
    }
    return PropertyOverrides.warnings(userProperties, parameters, this::configuredValue, baseDirectory());
  }

  /** The value Maven configured the field {@code name} with, or null. */
  private Object configuredValue(String name) {
    for (Class<?> c = getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(this);
      } catch (NoSuchFieldException e) {
        // declared by a superclass
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** False for goals that need no templates ({@code snapshot} with its own stack list). */
  boolean requiresTemplates() {
    return true;
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
