package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A resource as shown.
 *
 * @param properties every top-level property, in source order
 * @param rule for a security-group ingress or egress resource, its rule as a table; null otherwise
 * @param dependsOn what it uses (graph dependencies), linked
 * @param usedBy what uses it directly (graph dependents), linked
 * @param blastRadius how many resources depend on it transitively
 * @param typeDescription the first sentence of the type's description from the catalog, or empty
 * @param docsUrl the type's AWS reference page, or empty
 * @param typeNote what kind of type the catalog cannot describe (custom, third-party ...), or empty
 * @param attributes the type's GetAtt attribute names from the catalog, sorted
 * @param constructPath the CDK construct path, relative to the stack, or empty
 * @param deployed the deployed state, or {@code null} when the stack has no snapshot
 * @param sam for SAM resources, their events and what the SAM transform creates; null otherwise
 * @param annotation what people say about the resource itself (owner, tier, on-call ...); null when nothing
 */
public record ResourceView(
    String logicalId,
    String anchor,
    String type,
    String service,
    String location,
    List<PropertyView> properties,
    ValueView.TableView rule,
    String condition,
    String deletionPolicy,
    String updateReplacePolicy,
    List<Link> dependsOn,
    List<Link> usedBy,
    int blastRadius,
    String typeDescription,
    String docsUrl,
    String typeNote,
    List<String> attributes,
    String constructPath,
    DeployedResourceView deployed,
    SamView sam,
    AnnotationView annotation) {
  public ResourceView {
    properties = List.copyOf(properties);
    dependsOn = List.copyOf(dependsOn);
    usedBy = List.copyOf(usedBy);
    attributes = List.copyOf(attributes);
  }
}
