package io.github.stackdocs.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Locale;

/**
 * The limits every input parser applies (templates, cloud assembly files, snapshot files), and the words for
 * breaking them: Jackson's own messages name its Java API ({@code StreamReadConstraints.getMaxNestingDepth()}),
 * which tells a user nothing.
 */
public final class JsonLimits {
  /** Deepest nesting of mappings and lists accepted. */
  public static final int MAX_DEPTH = 256;

  /** Longest single string accepted. */
  public static final int MAX_STRING_LENGTH = 10 * 1024 * 1024;

  /** The constraints for Jackson parsers. */
  public static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_DEPTH)
      .maxStringLength(MAX_STRING_LENGTH)
      .maxDocumentLength(InputFiles.MAX_BYTES)
      .build();

  /** A JSON factory with {@link #CONSTRAINTS}, for readers that walk tokens. */
  public static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private JsonLimits() {}

  /** Whether {@code e} (or its cause) is a broken limit rather than a syntax error. */
  public static boolean isLimit(Throwable e) {
    return e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException;
  }

  /** A broken limit in words: "nesting deeper than 256 levels" and the like. */
  public static String limitMessage(Throwable e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting")) {
      return "nesting deeper than " + MAX_DEPTH + " levels";
    }
    if (message.contains("string")) {
      return "a string value is longer than the limit of " + MAX_STRING_LENGTH + " characters";
    }
    return "the document exceeds a size limit of the reader";
  }

  /** What went wrong, one line, no Java: a broken limit in words, else the parser's own first line. */
  public static String describe(JsonProcessingException e) {
    if (isLimit(e)) {
      return limitMessage(e);
    }
    String m = e.getOriginalMessage() == null ? "invalid JSON" : e.getOriginalMessage().strip();
    // the finding has the location: Jackson's own ("start marker at [Source: REDACTED (...); line: 2...]") is noise
    return m.lines().findFirst().orElse("invalid JSON").replaceFirst("\\s*\\(start marker at \\[Source:.*$", "");
  }

  /** Where it went wrong: the exception's location, else (stream limits carry none) the parser's. */
  public static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    JsonLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && parser != null) {
      at = parser.currentLocation();
    }
    return at;
  }
}
