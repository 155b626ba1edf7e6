package io.github.stackdocs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code Fn::ForEach::<name>} loops of the {@code AWS::LanguageExtensions} transform, as written, by the section
 * they stand in (key: {@code Fn::ForEach::<name>}, value: the loop's argument list). Binding expands them into
 * resources, outputs and conditions with the logical ids CloudFormation generates.
 */
public record Loops(Map<String, Node> resources, Map<String, Node> outputs, Map<String, Node> conditions) {
  public static final Loops NONE = new Loops(Map.of(), Map.of(), Map.of());

  public Loops {
    resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
  }

  public boolean isEmpty() {
    return resources.isEmpty() && outputs.isEmpty() && conditions.isEmpty();
  }
}
