package io.github.stackdocs.render.view;

import java.util.List;

/**
 * An output as shown; {@code exportName} is the resolved name or the short form, empty when not exported.
 *
 * @param importedBy the resources (or outputs) of other stacks that import this output's export
 */
public record OutputView(
    String name,
    String anchor,
    String description,
    String value,
    String exportName,
    String condition,
    List<Link> importedBy) {
  public OutputView {
    importedBy = List.copyOf(importedBy);
  }
}
