package io.github.stackdocs.analyze.graph;

import io.github.stackdocs.model.SourceLocation;
import java.util.Comparator;

/**
 * An {@code Fn::ImportValue} resolved (or not) to the output that exports it.
 *
 * @param importingStack the stack with the ImportValue
 * @param source the logical id (or {@code Outputs.X}) that imports
 * @param exportName the export name imported
 * @param exportingStack the stack exporting it, empty when no stack in the project exports it
 * @param outputName the exporting output's name, empty when unresolved
 */
public record CrossStackLink(
    String importingStack,
    String source,
    String exportName,
    String exportingStack,
    String outputName,
    SourceLocation location)
    implements Comparable<CrossStackLink> {
  private static final Comparator<CrossStackLink> ORDER =
      Comparator.comparing(CrossStackLink::importingStack)
          .thenComparing(CrossStackLink::source)
          .thenComparing(CrossStackLink::exportName)
          .thenComparing(CrossStackLink::location);

  public boolean resolved() {
    return !exportingStack.isEmpty();
  }

  @Override
  public int compareTo(CrossStackLink o) {
    return ORDER.compare(this, o);
  }
}
