package io.github.stackdocs.render.diagram;

/** The diagram of one stack at each level, built once ({@link StackDiagramBuilder}). */
public record StackDiagrams(String stack, Diagram all, Diagram defaults, Diagram summary) {
  public Diagram level(DiagramLevel level) {
    return switch (level) {
      case ALL -> all;
      case DEFAULT -> defaults;
      case SUMMARY -> summary;
    };
  }
}
