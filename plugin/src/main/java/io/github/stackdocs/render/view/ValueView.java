package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A value as a page shows it whole, below the properties table: one {@link #kind} of
 * <ul>
 *   <li>{@code text}: a short value, in short form ({@link #text});
 *   <li>{@code lines}: a text of several lines ({@link #lines}), after the short form of what makes it ({@link
 *       #text}: {@code !Sub}, {@code !Base64 !Sub}), or empty;
 *   <li>{@code map}: a mapping, one {@link Entry} per key in source order, each value a {@code ValueView};
 *   <li>{@code list}: a list ({@link #items});
 *   <li>{@code table}: a structured rendering ({@link #table}): an IAM policy's statements, security-group rules,
 *       ECS containers.
 * </ul>
 * Nothing is elided: a value too deep to nest further ({@link ValueViews#MAX_DEPTH}) is {@code text}, whole.
 * Format-neutral: each document format (and the HTML pages) lays it out its own way.
 */
public record ValueView(String kind, String text, List<String> lines, List<Entry> entries, List<ValueView> items,
    TableView table) {
  public ValueView {
    lines = List.copyOf(lines);
    entries = List.copyOf(entries);
    items = List.copyOf(items);
  }

  /** One key of a mapping and its value. */
  public record Entry(String key, ValueView value) {}

  /**
   * A table: {@code caption} (empty when none) above it, a header of {@code columns}, and rows whose cells are
   * lines of short-form text (a cell with no line is empty).
   */
  public record TableView(String caption, List<String> columns, List<List<List<String>>> rows) {
    public TableView {
      columns = List.copyOf(columns);
      rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
    }
  }

  static ValueView text(String text) {
    return new ValueView("text", text, List.of(), List.of(), List.of(), null);
  }

  static ValueView lines(String label, List<String> lines) {
    return new ValueView("lines", label, lines, List.of(), List.of(), null);
  }

  static ValueView map(List<Entry> entries) {
    return new ValueView("map", "", List.of(), entries, List.of(), null);
  }

  static ValueView list(List<ValueView> items) {
    return new ValueView("list", "", List.of(), List.of(), items, null);
  }

  static ValueView table(TableView table) {
    return new ValueView("table", "", List.of(), List.of(), List.of(), table);
  }

  /** How many lines it takes on a page, about: a large value is collapsed where the format can. */
  int height() {
    return switch (kind) {
      case "text" -> 1;
      case "lines" -> lines.size() + 1;
      case "map" -> entries.stream().mapToInt(e -> e.value().kind().equals("text") ? 1 : 1 + e.value().height())
          .sum();
      case "list" -> items.stream().mapToInt(i -> i.kind().equals("text") ? 1 : 1 + i.height()).sum();
      default -> 2 + table.rows().stream().mapToInt(r -> r.stream().mapToInt(List::size).max().orElse(1)).sum();
    };
  }
}
