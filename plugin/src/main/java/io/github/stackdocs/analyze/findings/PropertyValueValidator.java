package io.github.stackdocs.analyze.findings;

import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.PropertyTypeInfo;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.catalog.TypeShape;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SecretValues;
import io.github.stackdocs.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the value of one top-level property against its type in the catalog, all the way down: property names
 * of nested types (with a did-you-mean), their required properties, and scalars where a number, a boolean, a list
 * or a mapping is due. It judges only what the template writes literally: any value computed by an intrinsic
 * function ({@code Ref}, {@code Fn::*}, a list made by {@code Fn::If}, {@code AWS::NoValue}) is taken as right;
 * so are {@code Json} values, alternatives ({@code String | List<String>}) and names the data is ambiguous about.
 * Scalars are read as CloudFormation reads them: a number or boolean written as a string ({@code "8080"},
 * {@code "true"}) is a number or boolean, and any scalar is a string. A dynamic reference ({@code {{resolve:...}}})
 * is resolved at deployment: not judged. A value is never quoted when its property's name says it is a secret.
 */
final class PropertyValueValidator {

  /** A value of the wrong kind: a list for a string, {@code "abc"} for an integer. */
  static final String INVALID_PROPERTY_VALUE = "invalid-property-value";
  static final String VALUE_NOT_ALLOWED = "value-not-allowed";
  /** Enumerations up to this size are listed in full in a finding. */
  private static final int LISTED_VALUES = 12;

  private static final int SUGGESTIONS = 3;
  private static final List<String> TAG_PROPERTIES = List.of("Key", "Value");
  private static final TypeShape STRING = new TypeShape.Primitive("String");

  /**
   * Properties that {@code aws cloudformation package} and {@code sam package}/{@code sam deploy} upload: in the
   * template before packaging they are a local path or an S3 URI, a string where CloudFormation wants a mapping.
   */
  private static final Map<String, List<String>> PACKAGEABLE = Map.of(
      "AWS::Lambda::Function", List.of("Code"),
      "AWS::Lambda::LayerVersion", List.of("Content"),
      "AWS::ApiGateway::RestApi", List.of("BodyS3Location"),
      "AWS::ApiGatewayV2::Api", List.of("BodyS3Location"),
      "AWS::StepFunctions::StateMachine", List.of("DefinitionS3Location"),
      "AWS::ElasticBeanstalk::ApplicationVersion", List.of("SourceBundle"),
      "AWS::AppSync::GraphQLSchema", List.of("DefinitionS3Location"),
      "AWS::CloudFormation::Stack", List.of("TemplateURL"));

  private final ResourceCatalog catalog;
  private final Severity severity;

  PropertyValueValidator(ResourceCatalog catalog, Severity severity) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.severity = Objects.requireNonNull(severity, "severity");
  }

  /** Findings about {@code value}, the value of {@code property} of {@code resource}, go to {@code out}. */
  void check(String stack, Resource resource, ResourceTypeInfo info, PropertyInfo property, Node value,
      List<Finding> out) {
    if (value instanceof Node.ScalarNode s && s.isString()
        && PACKAGEABLE.getOrDefault(info.name(), List.of()).contains(property.name())) {
      return; // a local artifact that packaging replaces
    }
    new Walk(stack, resource, info, out).value(value, TypeShape.parse(property.type()), property.name(),
        property.allowedValues());
  }

  /** One property's check: what every finding of it names. */
  private final class Walk {
    private final String stack;
    private final Resource resource;
    private final ResourceTypeInfo info;
    private final List<Finding> out;

    Walk(String stack, Resource resource, ResourceTypeInfo info, List<Finding> out) {
      this.stack = stack;
      this.resource = resource;
      this.info = info;
      this.out = out;
    }

    void value(Node node, TypeShape type, String path) {
      value(node, type, path, List.of());
    }

    /** {@code allowed}: the values the specification enumerates for a string (of a list: for each string). */
    void value(Node node, TypeShape type, String path, List<String> allowed) {
      if (computed(node) || node instanceof Node.ScalarNode s && s.isNull()) {
        return; // an intrinsic function's result, or nothing (the reader's business)
      }
      if (type instanceof TypeShape.Primitive p) {
        primitive(node, p.name(), path, allowed);
      } else if (type instanceof TypeShape.Named n) {
        named(node, n.name(), path);
      } else if (type instanceof TypeShape.ListOf l) {
        if (node instanceof Node.ListNode list) {
          for (int i = 0; i < list.size(); i++) {
            value(list.get(i), l.element(), path + "[" + i + "]", allowed);
          }
        } else {
          mismatch(node, path, "a list");
        }
      } else if (type instanceof TypeShape.MapOf m) {
        if (node instanceof Node.MapNode map) {
          for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            if (!e.getKey().startsWith("Fn::")) {
              value(e.getValue(), m.element(), path + "." + e.getKey());
            }
          }
        } else {
          mismatch(node, path, "a mapping");
        }
      }
      // Union (any of several) and Unknown (text not understood): not judged
    }

    private void primitive(Node node, String name, String path, List<String> allowed) {
      switch (name) {
        case "Json" -> { } // free-form (and the name of some nested types: ambiguous either way)
        case "Tag" -> {
          Optional<PropertyTypeInfo> nested = info.propertyType("Tag");
          if (nested.isPresent()) {
            named(node, "Tag", path);
          } else if (node instanceof Node.MapNode map) {
            struct(map, "Tag", TAG_PROPERTIES, TAG_PROPERTIES, null, path);
          } else {
            mismatch(node, path, "a mapping with Key and Value");
          }
        }
        case "Timestamp" -> {
          if (info.propertyType("Timestamp").isEmpty() && !(node instanceof Node.ScalarNode)) {
            mismatch(node, path, "a timestamp");
          }
        }
        default -> {
          if (!(node instanceof Node.ScalarNode s)) {
            mismatch(node, path, article(name));
          } else if (!scalarFits(s, name)) {
            mismatch(node, path, article(name));
          } else if (name.equals("String") && !allowed.isEmpty() && !allowed.contains(s.text())) {
            notAllowed(s, path, allowed);
          }
        }
      }
    }

    private void named(Node node, String typeName, String path) {
      Optional<PropertyTypeInfo> nested = info.propertyType(typeName);
      if (nested.isEmpty()) {
        return; // a name the data does not define: nothing to check against
      }
      if (!(node instanceof Node.MapNode map)) {
        mismatch(node, path, "a mapping (" + typeName + ")");
        return;
      }
      PropertyTypeInfo type = nested.get();
      if (type.properties().isEmpty()) {
        return; // an open object in the schema
      }
      List<String> required = type.properties().values().stream()
          .filter(PropertyInfo::required).map(PropertyInfo::name).toList();
      struct(map, typeName, List.copyOf(type.properties().keySet()), required, type, path);
    }

    /** A mapping of a known shape: its names, its required ones, and (with {@code type}) the values. */
    private void struct(Node.MapNode map, String typeName, List<String> names, List<String> required,
        PropertyTypeInfo type, String path) {
      boolean computedEntries = false;
      for (Map.Entry<String, Node> e : map.entries().entrySet()) {
        String key = e.getKey();
        if (key.startsWith("Fn::")) {
          computedEntries = true; // Fn::Transform (AWS::Include) or a language extension writes these
          continue;
        }
        if (!names.contains(key)) {
          List<String> similar = catalog.similarNames(names, key, SUGGESTIONS);
          out.add(new Finding(severity, CatalogValidator.UNKNOWN_PROPERTY, subject() + "'" + path + "' ("
              + typeName + ") has no property '" + key + "'" + CatalogValidator.didYouMean(similar),
              map.keyLocation(key), stack));
        } else if (type != null) {
          PropertyInfo nested = type.properties().get(key);
          value(e.getValue(), TypeShape.parse(nested.type()), path + "." + key, nested.allowedValues());
        } else {
          value(e.getValue(), STRING, path + "." + key);
        }
      }
      if (computedEntries) {
        return;
      }
      List<String> missing = required.stream().filter(p -> !map.has(p)).toList();
      if (!missing.isEmpty()) {
        out.add(new Finding(severity, CatalogValidator.MISSING_REQUIRED_PROPERTY, subject() + "'" + path + "' ("
            + typeName + ") lacks the required propert" + (missing.size() == 1 ? "y " : "ies ")
            + CatalogValidator.quoted(missing), map.location(), stack));
      }
    }

    /**
     * A literal string the specification does not enumerate: named with the values it allows (all of them up to
     * {@link #LISTED_VALUES}, else their count) and the closest ones; a secret-named value is never printed.
     */
    private void notAllowed(Node.ScalarNode node, String path, List<String> allowed) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      boolean secret = SecretValues.isSecretName(last) || SecretValues.isSecretName(path);
      String expected = allowed.size() <= LISTED_VALUES ? "one of " + String.join(", ", allowed)
          : "one of the " + allowed.size() + " values the specification allows";
      List<String> close = secret ? List.of() : catalog.similarNames(allowed, node.text(), SUGGESTIONS);
      out.add(new Finding(severity, VALUE_NOT_ALLOWED, subject() + "'" + path + "' should be " + expected
          + ", found " + (secret ? "another value" : describe(node)) + CatalogValidator.didYouMean(close),
          node.location(), stack));
    }

    private void mismatch(Node node, String path, String expected) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      String found = SecretValues.isSecretName(last) || SecretValues.isSecretName(path) ? "another value"
          : describe(node);
      out.add(new Finding(severity, INVALID_PROPERTY_VALUE, subject() + "'" + path + "' should be " + expected
          + ", found " + found, node.location(), stack));
    }

    private String subject() {
      return "resource '" + resource.logicalId() + "' (" + info.name() + "): ";
    }
  }

  /** Whether CloudFormation reads the scalar as this primitive type. */
  static boolean scalarFits(Node.ScalarNode s, String primitive) {
    Object v = s.value();
    return switch (primitive) {
      case "Integer" -> v instanceof Number n ? integral(n.toString()) : v instanceof String t && integral(t);
      case "Number" -> v instanceof Number || v instanceof String t && number(t) != null;
      case "Boolean" -> v instanceof Boolean || v instanceof String t && bool(t);
      default -> true; // String: any scalar is written as its text
    };
  }

  private static boolean integral(String text) {
    BigDecimal d = number(text);
    return d != null && d.stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal number(String text) {
    String t = text.trim();
    if (t.isEmpty() || !t.equals(text) || !t.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      return null;
    }
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true", "false" -> true;
      default -> false;
    };
  }

  /** {@code {"Ref": ...}}, {@code {"Fn::If": ...}} and the other functions: a value the template computes. */
  static boolean computed(Node node) {
    return node instanceof Node.MapNode m
        ? m.singleKey().filter(k -> k.equals("Ref") || k.startsWith("Fn::")).isPresent()
        : node instanceof Node.ScalarNode s && s.value() instanceof String t && t.contains("{{resolve:");
  }

  private static String article(String primitive) {
    return switch (primitive) {
      case "Integer" -> "an integer";
      case "Number" -> "a number";
      case "Boolean" -> "a boolean (true or false)";
      default -> "a " + primitive.toLowerCase(Locale.ROOT);
    };
  }

  private static String describe(Node node) {
    if (node instanceof Node.MapNode) {
      return "a mapping";
    }
    if (node instanceof Node.ListNode) {
      return "a list";
    }
    Object v = ((Node.ScalarNode) node).value();
    return v instanceof String t ? "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'" : String.valueOf(v);
  }
}
