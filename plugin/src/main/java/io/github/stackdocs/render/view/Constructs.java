package io.github.stackdocs.render.view;

import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Resource;
import java.util.Arrays;
import java.util.Comparator;

/** How resources of a CDK stack are grouped: by the construct that defines them. */
final class Constructs {
  /** The group of resources whose construct path is not known. */
  static final String UNKNOWN = "(no construct path)";

  /** Orders paths so that a construct comes right before its children ({@code A}, {@code A/B}, {@code A-x}). */
  static final Comparator<String> TREE_ORDER = (a, b) -> Arrays.compare(a.split("/"), b.split("/"));

  private Constructs() {}

  /**
   * The construct a resource belongs to, relative to the stack: the parent of its own (L1) construct,
   * {@code OrdersService/Handler/Resource} → {@code OrdersService/Handler}; a resource defined directly
   * under the stack is its own group; {@link #UNKNOWN} without a path.
   */
  static String group(CdkOrigin origin, Resource r) {
    String rel = origin.relativePath(r.logicalId());
    if (rel.isEmpty()) {
      return UNKNOWN;
    }
    int slash = rel.lastIndexOf('/');
    return slash < 0 ? rel : rel.substring(0, slash);
  }

  static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
