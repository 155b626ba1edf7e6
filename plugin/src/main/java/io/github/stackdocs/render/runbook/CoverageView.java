package io.github.stackdocs.render.runbook;

import java.util.List;

/**
 * The observability coverage table of one stack, as the index shows it. Statuses are {@code ok},
 * {@code MISSING}, {@code depends} (an expression decides at deploy time) or {@code n/a}.
 *
 * @param rows one per resource of a kind that needs coverage
 */
public record CoverageView(String stack, List<Row> rows) {
  public CoverageView {
    rows = List.copyOf(rows);
  }

  /**
   * @param runbookAdoc link target of the runbook from the AsciiDoc index, empty when not linkable
   * @param runbookMd the same for the Markdown index
   * @param runbookPath the runbook's path to show when it cannot be linked, else empty
   */
  public record Row(String resource, String type, String alarm, String logRetention, String deadLetter,
      String backup, String runbookAdoc, String runbookMd, String runbookPath) {}
}
