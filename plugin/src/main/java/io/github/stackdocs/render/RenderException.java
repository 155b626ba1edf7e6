package io.github.stackdocs.render;

/** Rendering failed: a template is missing, does not parse, or fails while running (message names template and line). */
public class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  public RenderException(String message) {
    super(message);
  }
}
