package io.github.stackdocs.render.diagram;

import java.util.Comparator;

/**
 * An arrow from the subject to the object of {@code label} ({@code invokes}, {@code reads/writes} ...; empty for a
 * plain reference).
 */
public record DiagramEdge(String from, String to, String label, Style style) implements Comparable<DiagramEdge> {
  private static final Comparator<DiagramEdge> ORDER = Comparator.comparing(DiagramEdge::from)
      .thenComparing(DiagramEdge::to).thenComparing(DiagramEdge::label).thenComparing(DiagramEdge::style);

  /** How the line is drawn. */
  public enum Style {
    SOLID,
    /** Only an ordering dependency (DependsOn, CDK deployment order). */
    DOTTED,
    /** Containment (a parent stack nests a stack). */
    THICK
  }

  @Override
  public int compareTo(DiagramEdge o) {
    return ORDER.compare(this, o);
  }
}
