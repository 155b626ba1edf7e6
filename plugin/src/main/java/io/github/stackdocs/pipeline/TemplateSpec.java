package io.github.stackdocs.pipeline;

/**
 * A template named explicitly in the configuration.
 *
 * @param file the path, absolute or relative to the base directory
 * @param stackName the stack name, or empty for the file's base name
 */
public record TemplateSpec(String file, String stackName) {
  public TemplateSpec {
    if (file == null || file.isBlank()) {
      throw new ConfigurationException("templates", "a <template> entry has no <file>");
    }
    stackName = stackName == null ? "" : stackName.trim();
  }
}
