package io.github.stackdocs.model;

import java.util.List;
import java.util.Optional;

/**
 * A resource of a stack, with every attribute CloudFormation knows.
 *
 * @param properties the {@code Properties} mapping (empty mapping when absent)
 * @param dependsOn explicit {@code DependsOn} logical ids, in source order
 * @param condition the {@code Condition} name, or empty
 */
public record Resource(
    String logicalId,
    String type,
    Node.MapNode properties,
    List<String> dependsOn,
    String condition,
    String deletionPolicy,
    String updateReplacePolicy,
    Optional<Node> metadata,
    Optional<Node> creationPolicy,
    Optional<Node> updatePolicy,
    SourceLocation location) {

  public Resource {
    dependsOn = List.copyOf(dependsOn);
    condition = condition == null ? "" : condition;
    deletionPolicy = deletionPolicy == null ? "" : deletionPolicy;
    updateReplacePolicy = updateReplacePolicy == null ? "" : updateReplacePolicy;
  }

  /** The AWS service part of the type: {@code AWS::Lambda::Function} → {@code Lambda}; {@code Custom} for custom resources. */
  public String service() {
    return ResourceTypes.service(type);
  }
}
