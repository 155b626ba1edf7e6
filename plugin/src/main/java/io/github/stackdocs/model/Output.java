package io.github.stackdocs.model;

import java.util.Optional;

/**
 * A stack output.
 *
 * @param value the {@code Value} as written
 * @param exportName the {@code Export.Name} as written, if exported
 * @param resolvedExportName the export name when it can be computed statically (literal, or a {@code Sub}
 *     over the stack name and parameter defaults), else empty
 */
public record Output(
    String name,
    String description,
    Node value,
    Optional<Node> exportName,
    Optional<String> resolvedExportName,
    String condition,
    SourceLocation location) {

  public Output {
    description = description == null ? "" : description;
    condition = condition == null ? "" : condition;
  }

  public boolean exported() {
    return exportName.isPresent();
  }
}
