package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A resource as shown.
 *
 * @param moreProperties how many top-level properties are not among {@code properties}
 * @param dependsOn what it uses (graph dependencies), linked
 * @param usedBy what uses it directly (graph dependents), linked
 * @param blastRadius how many resources depend on it transitively
 */
public record ResourceView(
    String logicalId,
    String anchor,
    String type,
    String service,
    String location,
    List<PropertyView> properties,
    int moreProperties,
    String condition,
    String deletionPolicy,
    String updateReplacePolicy,
    List<Link> dependsOn,
    List<Link> usedBy,
    int blastRadius) {
  public ResourceView {
    properties = List.copyOf(properties);
    dependsOn = List.copyOf(dependsOn);
    usedBy = List.copyOf(usedBy);
  }
}
