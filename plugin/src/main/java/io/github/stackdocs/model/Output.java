package io.github.stackdocs.model;

import java.util.Optional;

/**
 * A stack output.
 *
 * @param value the {@code Value} as written
 * @param exportName the {@code Export.Name} as written, if exported
 * @param resolvedExportName the export name when it can be computed statically (literal, or a {@code Sub}
 *     over the stack name and parameter defaults), else empty
 * @param writtenValue the {@code Value} as the template writes it, when binding resolved it ({@code value} then holds
 *     the bound value); empty when {@code value} is as written
 */
public record Output(
    String name,
    String description,
    Node value,
    Optional<Node> exportName,
    Optional<String> resolvedExportName,
    String condition,
    SourceLocation location,
    Optional<Node> writtenValue) {

  public Output {
    writtenValue = writtenValue == null ? Optional.empty() : writtenValue;
    description = description == null ? "" : description;
    condition = condition == null ? "" : condition;
  }

  /** An output as written (not bound to an environment). */
  public Output(String name, String description, Node value, Optional<Node> exportName,
      Optional<String> resolvedExportName, String condition, SourceLocation location) {
    this(name, description, value, exportName, resolvedExportName, condition, location, Optional.empty());
  }

  /** A copy bound to an environment: its value and export name as the environment makes them. */
  public Output bound(Node boundValue, Optional<String> boundExportName) {
    return new Output(name, description, boundValue, exportName, boundExportName, condition, location,
        Optional.of(writtenValue.orElse(value)));
  }

  public boolean exported() {
    return exportName.isPresent();
  }
}
