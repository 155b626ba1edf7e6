package io.github.stackdocs.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the catalog knows about one resource type.
 *
 * @param name {@code AWS::Lambda::Function}
 * @param service the namespace's service segment, {@code Lambda}
 * @param description plain text, paragraphs separated by a blank line, shortened at a sentence end
 * @param docsUrl the type's page in the AWS CloudFormation (or AWS SAM) reference
 * @param properties top-level properties by name, sorted
 * @param attributes {@code GetAtt} attributes by name, sorted
 * @param propertyTypes nested property types by name, sorted
 * @param primaryIdentifier the properties that identify a resource of this type; may be empty
 * @param tagsProperty the property that takes tags ({@code Tags}) when the type is taggable, else empty
 * @param transform the transform that expands this type ({@code AWS::Serverless-2016-10-31}), else empty
 */
public record ResourceTypeInfo(
    String name,
    String service,
    String description,
    String docsUrl,
    Map<String, PropertyInfo> properties,
    Map<String, AttributeInfo> attributes,
    Map<String, PropertyTypeInfo> propertyTypes,
    List<String> primaryIdentifier,
    Optional<String> tagsProperty,
    Optional<String> transform) {

  public ResourceTypeInfo {
    Objects.requireNonNull(name, "name");
    service = service == null ? "" : service;
    description = description == null ? "" : description;
    docsUrl = docsUrl == null ? "" : docsUrl;
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    propertyTypes = Collections.unmodifiableMap(new LinkedHashMap<>(propertyTypes));
    primaryIdentifier = List.copyOf(primaryIdentifier);
    tagsProperty = tagsProperty == null ? Optional.empty() : tagsProperty;
    transform = transform == null ? Optional.empty() : transform;
  }

  public Optional<PropertyInfo> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  public Optional<AttributeInfo> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  public Optional<PropertyTypeInfo> propertyType(String name) {
    return Optional.ofNullable(propertyTypes.get(name));
  }

  /** The names of the required top-level properties, sorted. */
  public List<String> requiredProperties() {
    return properties.values().stream().filter(PropertyInfo::required).map(PropertyInfo::name).toList();
  }

  public boolean taggable() {
    return tagsProperty.isPresent();
  }

  /** An AWS SAM type, expanded by the SAM transform. */
  public boolean sam() {
    return name.startsWith(ResourceCatalog.SAM_PREFIX);
  }
}
