package io.github.stackdocs.render.view;

/**
 * A name with an anchor and a short-form value: a condition, or a mapping with its top-level keys. {@code note} is a
 * condition's truth in the page's environment ({@code true in prod}), else empty.
 */
public record NamedValueView(String name, String anchor, String value, String note) {
  public NamedValueView(String name, String anchor, String value) {
    this(name, anchor, value, "");
  }
}
