package io.github.stackdocs.pipeline;

import io.github.stackdocs.bind.EnvironmentInput;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import java.util.Map;
import java.util.Set;

/** The parameter values an environment supplies: its parameter files, and samconfig files beside the templates. */
final class ParameterSources {
  private ParameterSources() {}

  /** The built-in environment: each parameter's Default. */
  static EnvironmentInput defaults(DocsRequest request, Project project, Set<Finding> findings) {
    return EnvironmentInput.defaults();
  }

  /** A declared environment's values. */
  static EnvironmentInput of(DocsRequest request, EnvironmentSpec spec, Environment environment, Project project,
      Set<Finding> findings) {
    return new EnvironmentInput(environment, Map.of(), spec.stackNames());
  }
}
