package io.github.stackdocs.render.view;

/**
 * One property of a resource: name, value, and the catalog's one-line summary (with a replacement warning when
 * changing it replaces the resource), empty when the catalog has none. {@code written} is the expression the
 * template writes when binding to the page's environment gave another value, else empty.
 *
 * <p>A value short enough for the table is {@code value} in short form and {@code detail} is null. Otherwise
 * {@code value} says what follows ({@code 3 statements}, {@code 12 keys}) and {@code detail} is the whole value,
 * shown below the table; {@code collapsed} when it is large enough to fold where the format can ({@code <details>}).
 * {@code globals} says where SAM {@code Globals} come in ({@code from Globals}, {@code merged with Globals}), else
 * empty.
 */
public record PropertyView(String name, String value, String summary, String written, ValueView detail,
    boolean collapsed, String globals) {
  /** Above this many lines (about) a detail is collapsed. */
  static final int COLLAPSE_LINES = 20;

  /** A property whose value is as the template writes it. */
  public PropertyView(String name, String value, String summary) {
    this(name, value, summary, "");
  }

  /** A property shown in the table. */
  public PropertyView(String name, String value, String summary, String written) {
    this(name, value, summary, written, null, false, "");
  }

  /** A property shown in the table, or below it when {@code detail} is not null. */
  static PropertyView of(String name, String value, String summary, String written, ValueView detail) {
    return new PropertyView(name, value, summary, written, detail,
        detail != null && detail.height() > COLLAPSE_LINES, "");
  }

  /** A copy marked as given by SAM {@code Globals} (see {@code SamGlobals}). */
  public PropertyView withGlobals(String from) {
    return new PropertyView(name, value, summary, written, detail, collapsed, from);
  }
}
