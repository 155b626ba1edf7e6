package io.github.stackdocs.catalog;

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
 */
public record PropertyInfo(
    String name, String type, boolean required, String summary, Replacement replacement, boolean deprecated) {

  public PropertyInfo {
    Objects.requireNonNull(name, "name");
    type = type == null ? "" : type;
    summary = summary == null ? "" : summary;
    replacement = replacement == null ? Replacement.NO : replacement;
  }
}
