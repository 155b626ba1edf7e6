package io.github.stackdocs.pipeline;

import java.util.List;

/** A {@link Log} that adds every line, of every level, to a list the test can swap (none: dropped). */
final class RecordingLog implements Log {
  private volatile List<String> sink;

  RecordingLog(List<String> sink) {
    this.sink = sink;
  }

  /** Where lines go from now on; null drops them. */
  void sink(List<String> lines) {
    this.sink = lines;
  }

  private void add(String level, String message) {
    List<String> s = sink;
    if (s != null) {
      s.add(level + " " + message);
    }
  }

  @Override
  public void debug(String message) {
    add("DEBUG", message);
  }

  @Override
  public void info(String message) {
    add("INFO", message);
  }

  @Override
  public void warn(String message) {
    add("WARN", message);
  }

  @Override
  public void error(String message) {
    add("ERROR", message);
  }
}
