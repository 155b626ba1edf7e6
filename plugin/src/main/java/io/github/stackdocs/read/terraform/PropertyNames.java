package io.github.stackdocs.read.terraform;

import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform attribute names → CloudFormation property names of the mapped type, where that is straightforward: the
 * table's override for the attribute, else the property spelled the same without case and underscores
 * ({@code memory_size} → {@code MemorySize}), else for {@code name} the type's own name property
 * ({@code AWS::DynamoDB::Table} → {@code TableName}). An attribute that matches nothing keeps its Terraform name.
 */
final class PropertyNames {
  private PropertyNames() {}

  /** The CloudFormation property for top-level attribute {@code attribute} of {@code tfType}, if one matches. */
  static Optional<PropertyInfo> topLevel(TypeMapping table, String tfType, ResourceTypeInfo type, String attribute) {
    Optional<String> override = table.property(tfType, attribute);
    if (override.isPresent()) {
      return type.property(override.get());
    }
    Optional<PropertyInfo> same = matching(type.properties(), attribute);
    if (same.isPresent() || !attribute.equals("name")) {
      return same;
    }
    String own = type.name().substring(type.name().lastIndexOf(':') + 1) + "Name";
    return type.property(own);
  }

  /** The property of {@code properties} spelled like {@code attribute} without case and underscores. */
  static Optional<PropertyInfo> matching(Map<String, PropertyInfo> properties, String attribute) {
    String key = normal(attribute);
    for (PropertyInfo p : properties.values()) {
      if (normal(p.name()).equals(key)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  static String normal(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
