package io.github.stackdocs.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A stack's resources in template order, immutable, with an index by logical id so that {@link Stack#resource}
 * is a map lookup rather than a scan (analysis and views look resources up by id once per reference; scanning made
 * them quadratic in the stack's size). Equal to any list with the same resources in the same order.
 */
final class ResourceList extends AbstractList<Resource> implements RandomAccess {
  private final Resource[] resources;
  private final Map<String, Resource> byId;

  private ResourceList(List<Resource> resources) {
    this.resources = resources.toArray(Resource[]::new);
    this.byId = new HashMap<>(this.resources.length * 2);
    for (Resource r : this.resources) {
      byId.putIfAbsent(Objects.requireNonNull(r, "resource").logicalId(), r); // the first of an id, as a scan finds
    }
  }

  static ResourceList of(List<Resource> resources) {
    return resources instanceof ResourceList indexed ? indexed : new ResourceList(resources);
  }

  /** The first resource with this logical id, or null. */
  Resource byId(String logicalId) {
    return byId.get(logicalId);
  }

  @Override
  public Resource get(int index) {
    return resources[index];
  }

  @Override
  public int size() {
    return resources.length;
  }
}
