package io.github.stackdocs.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One property of a resource type or of a nested property type.
 *
 * @param name the property name as templates write it ({@code FunctionName})
 * @param type readable type text: {@code String}, {@code Integer}, {@code Number}, {@code Boolean},
 *     {@code Json}, {@code Tag}, {@code Timestamp}, {@code List<String>}, {@code Map<String, String>}, a nested
 *     type name ({@code Code}, see {@link ResourceTypeInfo#propertyType(String)}), or alternatives joined by
 *     {@code " | "}
 * @param required whether CloudFormation requires it
 * @param summary the first sentence of its documentation, plain text, at most ~200 characters; may be empty
 * @param replacement whether changing it replaces the resource
 * @param deprecated whether the specification marks it deprecated
 * @param allowedValues the values the specification enumerates for it (for a list: for each of its strings), in
 *     the specification's order; empty when any value goes
 */
public record PropertyInfo(String name, String type, boolean required, String summary, Replacement replacement,
    boolean deprecated, List<String> allowedValues) {

  public PropertyInfo {
    Objects.requireNonNull(name, "name");
    type = type == null ? "" : type;
    summary = summary == null ? "" : summary;
    replacement = replacement == null ? Replacement.NO : replacement;
    allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
  }

  /** A property with no enumerated values. */
  public PropertyInfo(
      String name, String type, boolean required, String summary, Replacement replacement, boolean deprecated) {
    this(name, type, required, summary, replacement, deprecated, List.of());
  }
}
