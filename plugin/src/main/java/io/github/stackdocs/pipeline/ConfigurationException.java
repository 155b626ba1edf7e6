package io.github.stackdocs.pipeline;

/** A configuration value is wrong; the message names the parameter and what was expected. */
public final class ConfigurationException extends StackdocsException implements StackdocsException.UserProblem {
  private final String parameter;

  public ConfigurationException(String parameter, String message) {
    super("invalid configuration '" + parameter + "': " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
