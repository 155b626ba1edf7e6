package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A group of resources of a stack, by logical id: one AWS service, or for CDK stacks one construct.
 *
 * @param name the service, or the construct path relative to the stack
 * @param constructType the construct's class from tree.json, or empty
 */
public record ServiceView(String name, String anchor, List<ResourceView> resources, String constructType) {
  public ServiceView {
    resources = List.copyOf(resources);
    constructType = constructType == null ? "" : constructType;
  }

  public ServiceView(String name, String anchor, List<ResourceView> resources) {
    this(name, anchor, resources, "");
  }
}
