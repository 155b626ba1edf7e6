package io.github.stackdocs.bind;

import io.github.stackdocs.model.Environment;
import java.util.Map;

/**
 * What an environment supplies to binding.
 *
 * @param parameters stack name → parameter name → value
 * @param stackNames documented stack name → the name it is deployed under, where they differ
 */
public record EnvironmentInput(Environment environment, Map<String, Map<String, ParameterInput>> parameters,
    Map<String, String> stackNames) {
  public EnvironmentInput {
    parameters = Map.copyOf(parameters);
    stackNames = Map.copyOf(stackNames);
  }

  /** The built-in environment: nothing supplied, each parameter's {@code Default} applies. */
  public static EnvironmentInput defaults() {
    return new EnvironmentInput(Environment.DEFAULTS, Map.of(), Map.of());
  }
}
