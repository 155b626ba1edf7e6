package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.PropertyTypeInfo;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SecretValues;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.JsonFields;
import io.github.stackdocs.read.JsonPositions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terraform values ({@code planned_values}, state {@code values}) → model nodes with their line and column: a value
 * Terraform marks sensitive ({@code sensitive_values}, {@code after_sensitive}; {@code true} at the value or at a
 * value enclosing it) or whose name says it holds a secret ({@link SecretValues#isSecretName}) becomes
 * {@link SecretValues#MASK} before it enters the model, like a NoEcho parameter. Attribute names map to the
 * CloudFormation properties of the mapped type ({@link PropertyNames}), nested blocks too: a Terraform block (a list
 * of one object) becomes the property's object, a tag map the {@code Key}/{@code Value} list CloudFormation writes.
 * Null values and empty lists and maps (Terraform writes every attribute of the schema) are left out.
 */
final class Values {
  private final JsonPositions positions;
  private final java.util.Set<String> secrets;

  /**
   * {@code secrets}: every value of the document that is masked ({@link #collect}), so that a copy of one inside
   * another value (a connection string in a tag, in files older than Terraform's sensitivity marks) is masked too.
   */
  Values(JsonPositions positions, java.util.Set<String> secrets) {
    this.positions = positions;
    this.secrets = secrets;
  }

  /** Adds to {@code out} the strings of {@code v} that are masked: marked sensitive or under a secret name. */
  static void collect(JsonNode v, JsonNode marks, String name, java.util.Set<String> out) {
    collect(v, marks, name, out, 0);
  }

  private static void collect(JsonNode v, JsonNode marks, String name, java.util.Set<String> out, int depth) {
    if (v == null || v.isNull() || depth > 512) {
      return;
    }
    if (marks.isBoolean() && marks.asBoolean() || SecretValues.isSecretName(name)) {
      all(v, out, depth);
    } else if (v.isObject()) {
      v.fields().forEachRemaining(f -> collect(f.getValue(), marks.path(f.getKey()), f.getKey(), out, depth + 1));
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        collect(v.get(i), marks.path(i), "", out, depth + 1);
      }
    }
  }

  private static void all(JsonNode v, java.util.Set<String> out, int depth) {
    if (v.isValueNode() && !v.isNull() && !v.isBoolean() && !v.asText().isBlank()) {
      out.add(v.asText());
    } else if (v.isContainerNode() && depth <= 512) {
      v.elements().forEachRemaining(e -> all(e, out, depth + 1));
    }
  }

  /** A resource instance's values as properties of {@code type} (raw names when unmapped). */
  Node.MapNode properties(TypeMapping table, String tfType, Optional<ResourceTypeInfo> type, JsonNode values,
      JsonNode marks, String pointer) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = values.isObject() ? values.fields() : List.<Map.Entry<String,
        JsonNode>>of().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (absent(f.getValue())) {
        continue;
      }
      Optional<PropertyInfo> property = type.flatMap(t -> PropertyNames.topLevel(table, tfType, t, f.getKey()));
      String name = property.map(PropertyInfo::name).orElse(f.getKey());
      if (entries.containsKey(name)) {
        name = f.getKey(); // two attributes for one property: the second keeps its own name
      }
      String at = JsonFields.pointer(pointer, f.getKey());
      entries.put(name, value(type, property.map(PropertyInfo::type).orElse(""), f.getKey(), f.getValue(),
          child(marks, f.getKey()), at));
      keys.put(name, positions.at(at));
    }
    return new Node.MapNode(entries, keys, positions.at(pointer));
  }

  /** An output's or any other value, masked where marked, names as written. */
  Node plain(JsonNode value, JsonNode marks, String pointer) {
    return value(Optional.empty(), "", "", value, marks, pointer);
  }

  private Node value(Optional<ResourceTypeInfo> type, String cfnType, String name, JsonNode v, JsonNode marks,
      String pointer) {
    SourceLocation at = positions.at(pointer);
    if (marks.isBoolean() && marks.asBoolean() || !v.isNull() && SecretValues.isSecretName(name)) {
      return Node.string(SecretValues.MASK, at);
    }
    if (cfnType.equals("List<Tag>") && v.isObject()) {
      return tags(v, marks, pointer);
    }
    Optional<PropertyTypeInfo> nested = type.flatMap(t -> t.propertyType(cfnType));
    if (nested.isPresent() && v.isArray() && v.size() == 1 && v.get(0).isObject()) {
      return object(type, nested, v.get(0), child(marks, 0), pointer + "/0");
    }
    if (nested.isPresent() && v.isObject()) {
      return object(type, nested, v, marks, pointer);
    }
    if (v.isObject()) {
      return object(type, Optional.empty(), v, marks, pointer);
    }
    if (v.isArray()) {
      String item = cfnType.startsWith("List<") && cfnType.endsWith(">") ? cfnType.substring(5, cfnType.length() - 1)
          : "";
      List<Node> items = new ArrayList<>();
      for (int i = 0; i < v.size(); i++) {
        String itemAt = pointer + "/" + i;
        if (type.isPresent() && SecurityGroupRules.isRule(type.get().name(), item) && v.get(i).isObject()
            && !Marks.anySensitive(child(marks, i))) {
          items.addAll(SecurityGroupRules.rules(v.get(i), item.equals("Ingress"),
              key -> positions.at(key.isEmpty() ? itemAt : JsonFields.pointer(itemAt, key))));
          continue;
        }
        items.add(value(type, item, "", v.get(i), child(marks, i), itemAt));
      }
      return new Node.ListNode(items, at);
    }
    if (v.isTextual() && !secrets.isEmpty() && SecretValues.reveals(v.asText(), secrets)) {
      return Node.string(SecretValues.MASK, at);
    }
    return new Node.ScalarNode(scalar(v), at);
  }

  private Node.MapNode object(Optional<ResourceTypeInfo> type, Optional<PropertyTypeInfo> nested, JsonNode v,
      JsonNode marks, String pointer) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (absent(f.getValue())) {
        continue;
      }
      Optional<PropertyInfo> property = nested.flatMap(n -> PropertyNames.matching(n.properties(), f.getKey()));
      String name = property.map(PropertyInfo::name).filter(n -> !entries.containsKey(n)).orElse(f.getKey());
      String at = JsonFields.pointer(pointer, f.getKey());
      entries.put(name, value(type, property.map(PropertyInfo::type).orElse(""), f.getKey(), f.getValue(),
          child(marks, f.getKey()), at));
      keys.put(name, positions.at(at));
    }
    return new Node.MapNode(entries, keys, positions.at(pointer));
  }

  /** A Terraform tag map as CloudFormation's list of {@code Key}/{@code Value}. */
  private Node tags(JsonNode v, JsonNode marks, String pointer) {
    List<Node> items = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      String at = JsonFields.pointer(pointer, f.getKey());
      SourceLocation l = positions.at(at);
      Map<String, Node> tag = new LinkedHashMap<>();
      tag.put("Key", Node.string(f.getKey(), l));
      tag.put("Value", value(Optional.empty(), "", f.getKey(), f.getValue(), child(marks, f.getKey()), at));
      items.add(new Node.MapNode(tag, Map.of(), l));
    }
    return new Node.ListNode(items, positions.at(pointer));
  }

  private static boolean absent(JsonNode v) {
    return v == null || v.isNull() || v.isContainerNode() && v.isEmpty();
  }

  private static JsonNode child(JsonNode marks, String key) {
    return marks.path(key);
  }

  private static JsonNode child(JsonNode marks, int index) {
    return marks.path(index);
  }

  private static Object scalar(JsonNode v) {
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToLong() ? (Object) v.asLong() : v.bigIntegerValue();
    }
    if (v.isNumber()) {
      return v.decimalValue();
    }
    return null;
  }
}
