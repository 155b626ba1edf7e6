package io.github.stackdocs.analyze.findings;

import io.github.stackdocs.catalog.AttributeInfo;
import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.catalog.TypeKind;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks resources against the resource-type catalog: unknown {@code AWS::} types (with a did-you-mean),
 * unknown and missing required top-level properties, the values of known properties all the way down
 * ({@link PropertyValueValidator}), and {@code GetAtt}/{@code ${X.Attr}} of attributes a type does not have. Custom, SAM, third-party/private registry types and modules are never flagged as
 * unknown; where a template computes something with an intrinsic function, the check stays quiet rather than
 * guess.
 */
public final class CatalogValidator {

  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String UNKNOWN_PROPERTY = "unknown-property";
  public static final String MISSING_REQUIRED_PROPERTY = "missing-required-property";
  /** Not {@code unknown-attribute}: the reader already uses that code for unknown resource-level keys. */
  public static final String UNKNOWN_GETATT_ATTRIBUTE = "unknown-getatt-attribute";

  private static final int SUGGESTIONS = 3;

  private final ResourceCatalog catalog;
  private final Severity severity;
  private final PropertyValueValidator values;

  public CatalogValidator(ResourceCatalog catalog, Severity severity) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.values = new PropertyValueValidator(catalog, severity);
  }

  public List<Finding> validate(Stack stack) {
    List<Finding> findings = new ArrayList<>();
    for (Resource resource : stack.resources()) {
      resource(stack, resource, findings);
    }
    attributes(stack, findings);
    return findings;
  }

  private void resource(Stack stack, Resource resource, List<Finding> findings) {
    String type = resource.type();
    if (type.isEmpty()) {
      return; // the reader reports a missing Type
    }
    TypeKind kind = catalog.kind(type);
    if (kind == TypeKind.UNKNOWN_AWS) {
      List<String> similar = catalog.similarTypes(type, SUGGESTIONS);
      findings.add(new Finding(severity, UNKNOWN_TYPE, "resource '" + resource.logicalId() + "' has type '" + type
          + "', which is not a known AWS resource type" + didYouMean(similar), resource.location(), stack.name()));
      return;
    }
    if (kind != TypeKind.AWS) {
      return;
    }
    ResourceTypeInfo info = catalog.type(type).orElseThrow();
    Node.MapNode properties = resource.properties();
    if (producedByIntrinsic(properties)) {
      return;
    }
    boolean computedEntries = false;
    for (Map.Entry<String, Node> e : properties.entries().entrySet()) {
      String name = e.getKey();
      if (name.startsWith("Fn::")) {
        computedEntries = true;
        continue;
      }
      Optional<PropertyInfo> property = info.property(name);
      if (property.isPresent()) {
        values.check(stack.name(), resource, info, property.get(), e.getValue(), findings);
      } else if (info.attribute(name).isEmpty()) {
        // A read-only value (an attribute in the data) may be written too: CloudFormation validates
        // against the full schema, which lists read-only properties (SAM writes AppSync ApiKeyId).
        List<String> similar = catalog.similarProperties(info, name, SUGGESTIONS);
        findings.add(new Finding(severity, UNKNOWN_PROPERTY, "resource '" + resource.logicalId() + "' ("
            + type + ") has no property '" + name + "'" + didYouMean(similar),
            properties.keyLocation(name), stack.name()));
      }
    }
    if (computedEntries) {
      return;
    }
    List<String> missing = info.requiredProperties().stream().filter(p -> !properties.has(p)).toList();
    if (!missing.isEmpty()) {
      findings.add(new Finding(severity, MISSING_REQUIRED_PROPERTY, "resource '" + resource.logicalId() + "' ("
          + type + ") lacks the required propert" + (missing.size() == 1 ? "y " : "ies ") + quoted(missing),
          properties.size() > 0 ? properties.location() : resource.location(), stack.name()));
    }
  }

  private void attributes(Stack stack, List<Finding> findings) {
    Map<String, Resource> resources = stack.resourcesById();
    for (Reference ref : stack.references()) {
      if (ref.kind() != Reference.Kind.GET_ATT && ref.kind() != Reference.Kind.SUB) {
        continue;
      }
      String attribute = ref.attribute();
      Resource target = resources.get(ref.target());
      if (attribute.isEmpty() || target == null || catalog.kind(target.type()) != TypeKind.AWS) {
        continue; // no attribute (Ref-like Sub), a dynamic one, undefined target, or a type we cannot judge
      }
      ResourceTypeInfo info = catalog.type(target.type()).orElseThrow();
      if (!hasAttribute(info, attribute)) {
        List<String> similar = similarAttributes(info, attribute);
        findings.add(new Finding(severity, UNKNOWN_GETATT_ATTRIBUTE, "'" + ref.target() + "." + attribute
            + "': " + info.name() + " has no attribute '" + attribute + "'"
            + (similar.isEmpty() ? "; it has " + (info.attributes().isEmpty() ? "no attributes"
                : quoted(List.copyOf(info.attributes().keySet())))
                : didYouMean(similar)),
            ref.location(), stack.name()));
      }
    }
  }

  /**
   * Whether {@code GetAtt} may name this attribute: a listed name, {@code Outputs.<name>} of a nested stack,
   * or a dotted path under a listed attribute whose value is structured ({@code Endpoint.Address} style).
   */
  static boolean hasAttribute(ResourceTypeInfo info, String attribute) {
    if (info.attribute(attribute).isPresent()) {
      return true;
    }
    if (info.name().equals("AWS::CloudFormation::Stack") && attribute.startsWith("Outputs.")) {
      return true;
    }
    if (info.property(attribute).isPresent()) {
      // The data lists only read-only values as attributes, yet CloudFormation also returns some settable
      // properties (EC2::Subnet VpcId); which ones is not recorded (cdklabs/awscdk-service-spec#1139).
      return true;
    }
    for (int dot = attribute.lastIndexOf('.'); dot > 0; dot = attribute.lastIndexOf('.', dot - 1)) {
      Optional<AttributeInfo> parent = info.attribute(attribute.substring(0, dot));
      if (parent.isPresent() && !isScalar(parent.get().type())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScalar(String type) {
    return switch (type) {
      case "String", "Integer", "Number", "Boolean", "Timestamp" -> true;
      default -> false;
    };
  }

  private List<String> similarAttributes(ResourceTypeInfo info, String attribute) {
    String u = attribute.toLowerCase(java.util.Locale.ROOT);
    return info.attributes().keySet().stream()
        .filter(a -> a.equalsIgnoreCase(attribute)
            || a.toLowerCase(java.util.Locale.ROOT).startsWith(u) && a.length() - u.length() <= 3
            || u.startsWith(a.toLowerCase(java.util.Locale.ROOT)) && u.length() - a.length() <= 3)
        .limit(SUGGESTIONS)
        .toList();
  }

  /** {@code Properties: {"Fn::If": [...]}} and the like: the whole mapping is computed. */
  private static boolean producedByIntrinsic(Node.MapNode properties) {
    return properties.singleKey().filter(k -> k.equals("Ref") || k.startsWith("Fn::")).isPresent();
  }

  static String didYouMean(List<String> similar) {
    if (similar.isEmpty()) {
      return "";
    }
    List<String> parts = similar.stream().map(s -> s + "?").toList();
    return "; did you mean " + String.join(" or ", parts);
  }

  static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
