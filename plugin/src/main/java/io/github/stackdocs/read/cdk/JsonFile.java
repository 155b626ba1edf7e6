package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.JsonLimits;
import io.github.stackdocs.read.JsonPositions;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one JSON file of an assembly (or a Terraform plan or state); a problem becomes a {@link Failure} with the
 * file, line and column.
 */
public final class JsonFile {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.JSON.copy())
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /** Why a file could not be read: {@code missing}, {@code syntax} or {@code io}. */
  public record Failure(String kind, String message, SourceLocation location) {}

  /** Either the parsed tree (with where its values are) or the failure. */
  public record Parsed(JsonNode root, Failure failure, JsonPositions positions) {
    Parsed(JsonNode root, Failure failure) {
      this(root, failure, null);
    }

    public boolean ok() {
      return failure == null;
    }
  }

  private JsonFile() {}

  /** Reads and parses {@code file}, named {@code display} in failures. */
  public static Parsed read(Path file, String display) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(file);
    } catch (NoSuchFileException e) {
      return new Parsed(null, new Failure("missing", display + " does not exist", SourceLocation.of(display)));
    } catch (IOException | RuntimeException e) {
      return new Parsed(null, new Failure("io", "cannot read " + display + ": " + e.getMessage(),
          SourceLocation.of(display)));
    }
    return parse(bytes, display);
  }

  /** Parses {@code bytes} (already read within {@link InputFiles#MAX_BYTES}), named {@code display} in failures. */
  public static Parsed parse(byte[] bytes, String display) {
    JsonParser parser = null;
    try (JsonParser p = MAPPER.createParser(bytes)) {
      parser = p;
      JsonNode root = MAPPER.readTree(p);
      if (root == null || root.isMissingNode()) {
        return new Parsed(null, new Failure("syntax", display + " is empty", SourceLocation.of(display)));
      }
      return new Parsed(root, null, JsonPositions.of(display, bytes));
    } catch (JsonProcessingException e) {
      JsonLocation at = JsonLimits.location(e, parser);
      SourceLocation where = at == null ? SourceLocation.of(display)
          : new SourceLocation(display, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
      return new Parsed(null, new Failure("syntax", display + " is not valid JSON: " + JsonLimits.describe(e), where));
    } catch (IOException | RuntimeException e) {
      return new Parsed(null, new Failure("io", "cannot read " + display + ": " + e.getMessage(),
          SourceLocation.of(display)));
    }
  }
}
