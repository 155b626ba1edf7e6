package io.github.stackdocs.render.view;

import java.util.List;

/** The resources of one AWS service in a stack, by logical id. */
public record ServiceView(String name, String anchor, List<ResourceView> resources) {
  public ServiceView {
    resources = List.copyOf(resources);
  }
}
