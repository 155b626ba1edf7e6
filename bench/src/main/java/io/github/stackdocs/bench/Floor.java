package io.github.stackdocs.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The floor every ratio is measured against: the inputs parsed into Jackson trees and nothing else (YAML with
 * Jackson's YAML module, JSON with a plain {@link ObjectMapper}), as a tool that did only the parsing would.
 */
final class Floor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new YAMLMapper();

  private Floor() {}

  /** Parses every file; returns the top-level entries seen, so the work cannot be optimized away. */
  static long parse(List<Path> files) {
    long nodes = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      ObjectMapper mapper = name.endsWith(".yaml") || name.endsWith(".yml") ? YAML : JSON;
      try {
        nodes += mapper.readTree(file.toFile()).size();
      } catch (IOException e) {
        throw new BenchException("cannot parse " + file + ": " + e.getMessage(), e);
      }
    }
    return nodes;
  }
}
