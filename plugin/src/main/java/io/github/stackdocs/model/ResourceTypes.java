package io.github.stackdocs.model;

/** Small facts derived from a resource type name alone. */
public final class ResourceTypes {
  private ResourceTypes() {}

  /** {@code AWS::Lambda::Function} → {@code Lambda}; {@code Custom::Foo} → {@code Custom}; other → first segment. */
  public static String service(String type) {
    if (type == null || type.isEmpty()) {
      return "Unknown";
    }
    int first = type.indexOf("::");
    String head = first < 0 ? type : type.substring(0, first);
    if (head.equals("Custom") || type.equals("AWS::CloudFormation::CustomResource")) {
      return "Custom";
    }
    int second = first < 0 ? -1 : type.indexOf("::", first + 2);
    return second < 0 ? head : type.substring(first + 2, second); // three or more parts: the second
  }
}
