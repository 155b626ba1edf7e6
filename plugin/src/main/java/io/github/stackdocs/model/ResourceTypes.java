package io.github.stackdocs.model;

/** Small facts derived from a resource type name alone. */
public final class ResourceTypes {
  private ResourceTypes() {}

  /** {@code AWS::Lambda::Function} → {@code Lambda}; {@code Custom::Foo} → {@code Custom}; other → first segment. */
  public static String service(String type) {
    if (type == null || type.isEmpty()) {
      return "Unknown";
    }
    String[] parts = type.split("::", -1);
    if (parts[0].equals("Custom") || type.equals("AWS::CloudFormation::CustomResource")) {
      return "Custom";
    }
    return parts.length >= 3 ? parts[1] : parts[0];
  }
}
