package io.github.stackdocs.analyze.observability;

import java.util.List;

/**
 * Observability coverage of one stack: a row per resource of a kind that needs it.
 */
public record Coverage(String stack, List<Row> rows) {
  public Coverage {
    rows = List.copyOf(rows);
  }

  /** What a check found for a resource. */
  public enum Status { OK, MISSING, DEPENDS, NOT_APPLICABLE }

  public record Row(String logicalId, String type, Status alarm, Status logRetention, Status deadLetter, Status backup) {}
}
