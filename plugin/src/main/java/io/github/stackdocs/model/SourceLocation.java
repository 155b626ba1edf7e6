package io.github.stackdocs.model;

/**
 * Where something came from: a file (as the user would name it, usually relative to the project base
 * directory), a 1-based line and a 1-based column. Line and column are 0 when unknown.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  public SourceLocation {
    file = file == null ? "" : file;
  }

  public static SourceLocation of(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public boolean hasPosition() {
    return line > 0;
  }

  /** {@code file:line:column}, {@code file} alone when the position is unknown. */
  @Override
  public String toString() {
    return hasPosition() ? file + ":" + line + ":" + column : file;
  }

  @Override
  public int compareTo(SourceLocation o) {
    int c = file.compareTo(o.file);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }
}
