package io.github.stackdocs.render.view;

/**
 * One key property of a resource: name, short-form value, and the catalog's one-line summary (with a
 * replacement warning when changing it replaces the resource), empty when the catalog has none. {@code written} is
 * the expression the template writes when binding to the page's environment gave another value, else empty.
 * {@code globals} says where SAM {@code Globals} come in ({@code from Globals}, {@code merged with Globals}), else
 * empty.
 */
public record PropertyView(String name, String value, String summary, String written, String globals) {
  public PropertyView(String name, String value, String summary, String written) {
    this(name, value, summary, written, "");
  }

  /** A property whose value is as the template writes it. */
  public PropertyView(String name, String value, String summary) {
    this(name, value, summary, "");
  }

  /** A copy marked as given by SAM {@code Globals} (see {@code SamGlobals}). */
  public PropertyView withGlobals(String from) {
    return new PropertyView(name, value, summary, written, from);
  }
}
