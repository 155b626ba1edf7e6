package io.github.stackdocs.model;

import java.util.List;
import java.util.Optional;

/**
 * A resource of a stack, with every attribute CloudFormation knows.
 *
 * @param properties the {@code Properties} mapping (empty mapping when absent)
 * @param dependsOn explicit {@code DependsOn} logical ids, in source order
 * @param condition the {@code Condition} name, or empty
 * @param written the {@code Properties} as the template writes them, when binding to an environment resolved some
 *     of them ({@code properties} then holds the bound values); empty when {@code properties} is as written
 * @param connectors SAM's {@code Connectors} attribute as written (empty when absent)
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
    SourceLocation location,
    Optional<Node.MapNode> written,
    Optional<Node.MapNode> connectors) {

  public Resource {
    written = written == null ? Optional.empty() : written;
    connectors = connectors == null ? Optional.empty() : connectors;
    dependsOn = List.copyOf(dependsOn);
    condition = condition == null ? "" : condition;
    deletionPolicy = deletionPolicy == null ? "" : deletionPolicy;
    updateReplacePolicy = updateReplacePolicy == null ? "" : updateReplacePolicy;
  }

  /** A resource as written (not bound to an environment). */
  public Resource(String logicalId, String type, Node.MapNode properties, List<String> dependsOn, String condition,
      String deletionPolicy, String updateReplacePolicy, Optional<Node> metadata, Optional<Node> creationPolicy,
      Optional<Node> updatePolicy, SourceLocation location) {
    this(logicalId, type, properties, dependsOn, condition, deletionPolicy, updateReplacePolicy, metadata,
        creationPolicy, updatePolicy, location, Optional.empty(), Optional.empty());
  }

  /** A copy with SAM's {@code Connectors} attribute. */
  public Resource withConnectors(Optional<Node.MapNode> samConnectors) {
    return new Resource(logicalId, type, properties, dependsOn, condition, deletionPolicy, updateReplacePolicy,
        metadata, creationPolicy, updatePolicy, location, written, samConnectors);
  }

  /** A copy with other properties (e.g. SAM {@code Globals} merged in), everything else kept. */
  public Resource withProperties(Node.MapNode newProperties) {
    return new Resource(logicalId, type, newProperties, dependsOn, condition, deletionPolicy, updateReplacePolicy,
        metadata, creationPolicy, updatePolicy, location, written, connectors);
  }

  /** A copy with bound property values; {@code asWritten} keeps what the template says. */
  public Resource bound(Node.MapNode boundProperties, Node.MapNode asWritten) {
    return new Resource(logicalId, type, boundProperties, dependsOn, condition, deletionPolicy, updateReplacePolicy,
        metadata, creationPolicy, updatePolicy, location, Optional.of(asWritten), connectors);
  }

  /** The properties as the template writes them. */
  public Node.MapNode writtenProperties() {
    return written.orElse(properties);
  }

  /** The AWS service part of the type: {@code AWS::Lambda::Function} → {@code Lambda}; {@code Custom} for custom resources. */
  public String service() {
    return ResourceTypes.service(type);
  }
}
