package io.github.stackdocs.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stackdocs.model.SourceLocation;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON file starts, by JSON pointer ({@code /Stacks/0/CreationTime}), so a finding about a
 * field of a parsed tree names its line and column. At most {@link #MAX_VALUES} values are recorded; a value past
 * them is placed at its nearest recorded ancestor (in the end the file itself).
 */
public final class JsonPositions {
  /** Values recorded per file: a template body of many thousand values needs no position for each. */
  static final int MAX_VALUES = 100_000;

  private final String file;
  private final byte[] bytes;
  private Map<String, SourceLocation> starts;

  private JsonPositions(String file, byte[] bytes) {
    this.file = file;
    this.bytes = bytes;
  }

  /**
   * The positions of {@code bytes}, read as {@code file}, found when first asked for (most files need none); up to a
   * syntax error, if any.
   */
  public static JsonPositions of(String file, byte[] bytes) {
    return new JsonPositions(file, bytes);
  }

  private static Map<String, SourceLocation> scan(String file, byte[] bytes) {
    Map<String, SourceLocation> starts = new HashMap<>();
    try (JsonParser p = JsonLimits.JSON.createParser(bytes)) {
      JsonToken t;
      while ((t = p.nextToken()) != null && starts.size() < MAX_VALUES) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = p.getParsingContext().pathAsPointer().toString();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          pointer = p.getParsingContext().getParent() == null ? ""
              : p.getParsingContext().getParent().pathAsPointer().toString();
        }
        starts.putIfAbsent(pointer, at(file, p.currentTokenLocation()));
      }
    } catch (IOException | RuntimeException e) {
      // the reader reports the syntax error; the positions read so far stay
    }
    return starts;
  }

  /** Where the value at {@code pointer} starts, else its nearest known ancestor, else the file. */
  public synchronized SourceLocation at(String pointer) {
    if (starts == null) {
      starts = scan(file, bytes);
    }
    String p = pointer;
    while (true) {
      SourceLocation l = starts.get(p);
      if (l != null) {
        return l;
      }
      int slash = p.lastIndexOf('/');
      if (slash < 0) {
        return SourceLocation.of(file);
      }
      p = p.substring(0, slash);
    }
  }

  private static SourceLocation at(String file, JsonLocation l) {
    return l == null || l.getLineNr() <= 0 ? SourceLocation.of(file)
        : new SourceLocation(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
  }
}
