package io.github.stackdocs.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A nested property type of a resource type ({@code AWS::Lambda::Function.Code}).
 *
 * @param name the type name, unique within its resource type
 * @param summary the first sentence of its documentation; may be empty
 * @param properties by name, sorted
 */
public record PropertyTypeInfo(String name, String summary, Map<String, PropertyInfo> properties) {
  public PropertyTypeInfo {
    Objects.requireNonNull(name, "name");
    summary = summary == null ? "" : summary;
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public Optional<PropertyInfo> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }
}
