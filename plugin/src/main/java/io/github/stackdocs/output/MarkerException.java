package io.github.stackdocs.output;

/**
 * A human-edited file whose region markers cannot be trusted (unclosed, duplicated, nested, stray or
 * misspelled). Nothing is written when this is thrown: the file stays exactly as it is.
 */
public final class MarkerException extends RuntimeException {
  private final String file;
  private final int line;

  public MarkerException(String file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file as given to the parser. */
  public String file() {
    return file;
  }

  /** 1-based line of the offending marker. */
  public int line() {
    return line;
  }
}
