package io.github.stackdocs.analyze.graph;

import io.github.stackdocs.model.Reference;
import java.util.Comparator;
import java.util.Set;

/**
 * A dependency between two resources: {@code from} uses {@code to}. One edge per pair; {@code kinds}
 * holds every way the pair is connected (Ref, GetAtt, DependsOn, ImportValue ...).
 */
public record Edge(NodeId from, NodeId to, Set<Reference.Kind> kinds) implements Comparable<Edge> {
  private static final Comparator<Edge> ORDER = Comparator.comparing(Edge::from).thenComparing(Edge::to);

  public Edge {
    kinds = Set.copyOf(kinds);
  }

  public boolean crossStack() {
    return !from.stack().equals(to.stack());
  }

  @Override
  public int compareTo(Edge o) {
    return ORDER.compare(this, o);
  }
}
