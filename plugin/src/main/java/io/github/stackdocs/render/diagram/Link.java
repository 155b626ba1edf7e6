package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import java.util.Comparator;

/** A relation between two resources as the picture reads it: {@code from} (subject) {@code relation} {@code to}. */
record Link(NodeId from, NodeId to, Relation relation) implements Comparable<Link> {
  private static final Comparator<Link> ORDER =
      Comparator.comparing(Link::from).thenComparing(Link::to).thenComparing(Link::relation);

  @Override
  public int compareTo(Link o) {
    return ORDER.compare(this, o);
  }
}
