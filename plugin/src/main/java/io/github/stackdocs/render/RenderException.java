package io.github.stackdocs.render;

/**
 * Rendering failed: a template is missing, does not parse, or fails while running. The message names
 * the template and line; {@link #templateName()} lets the caller tell a user's override from a built-in.
 */
public class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String templateName;

  public RenderException(String templateName, String message, Throwable cause) {
    super(message, cause);
    this.templateName = templateName == null ? "" : templateName;
  }

  /** The template's relative name, e.g. {@code md/parameters.ftl}; empty when unknown. */
  public String templateName() {
    return templateName;
  }
}
