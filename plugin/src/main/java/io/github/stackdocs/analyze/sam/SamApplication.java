package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SAM transform will do to one template.
 *
 * @param resources the SAM resources by logical id, in source order
 * @param shared resources the transform adds for several SAM resources at once (the implicit APIs, the
 *     CodeDeploy application, a shared usage plan), each attributed to one SAM type
 * @param findings problems that keep a part of the prediction from being made (invalid SAM)
 */
public record SamApplication(Map<String, SamResource> resources, Map<String, List<ImplicitResource>> shared,
    List<Finding> findings) {

  public Optional<SamResource> resource(String logicalId) {
    return Optional.ofNullable(resources.get(logicalId));
  }

  /** Every predicted resource with the SAM type it is attributed to. */
  public Map<ImplicitResource, String> allByType() {
    Map<ImplicitResource, String> all = new java.util.LinkedHashMap<>();
    resources.values().forEach(r -> r.implicit().forEach(i -> all.put(i, r.type())));
    shared.forEach((type, list) -> list.forEach(i -> all.put(i, type)));
    return all;
  }
}
