package io.github.stackdocs.analyze.graph;

import java.util.Comparator;

/** A resource in the project: its stack and logical id. */
public record NodeId(String stack, String logicalId) implements Comparable<NodeId> {
  private static final Comparator<NodeId> ORDER =
      Comparator.comparing(NodeId::stack).thenComparing(NodeId::logicalId);

  @Override
  public int compareTo(NodeId o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return stack + "." + logicalId;
  }
}
