package io.github.stackdocs.read.params;

import io.github.stackdocs.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A file's text with its line starts, to turn offsets into {@code file:line:column} and back. Immutable. */
final class RawText {
  private final String file;
  private final String text;
  private final int[] lineStarts;

  RawText(String file, byte[] bytes) {
    this.file = file;
    String t = new String(bytes, StandardCharsets.UTF_8);
    this.text = t.startsWith("\uFEFF") ? t.substring(1) : t;
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int lines() {
    return lineStarts.length;
  }

  /** Line {@code n} (1-based) without its line break. */
  String line(int n) {
    int start = lineStarts[n - 1];
    int end = n < lineStarts.length ? lineStarts[n] - 1 : text.length();
    return text.substring(start, Math.max(start, end)).replace("\r", "");
  }

  SourceLocation at(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new SourceLocation(file, lo + 1, offset - lineStarts[lo] + 1);
  }

  SourceLocation at(int line, int column) {
    return new SourceLocation(file, line, column);
  }

  /** The offset of a location with a position; 0 without one. */
  int offset(SourceLocation location) {
    if (!location.hasPosition() || location.line() > lineStarts.length) {
      return 0;
    }
    return Math.min(text.length(), lineStarts[location.line() - 1] + Math.max(location.column() - 1, 0));
  }

  String file() {
    return file;
  }
}
