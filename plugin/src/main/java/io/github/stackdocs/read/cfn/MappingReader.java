package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node.MapNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads a YAML or JSON file that is not a template (e.g. {@code stackdocs.yaml}) with the template parser:
 * the same limits, duplicate-key check, locations on every node and key, and syntax errors as findings at
 * {@code file:line:column}. A blank file is an empty mapping.
 */
public final class MappingReader {
  private MappingReader() {}

  /** The top-level mapping (empty when unreadable) and the problems, as findings not tied to a stack. */
  public record Result(Optional<MapNode> root, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  public static Result read(String displayPath, byte[] bytes, String what) {
    Problems problems = new Problems(displayPath, "");
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      return new Result(Optional.of(new MapNode(java.util.Map.of(), java.util.Map.of(), problems.fileLocation())),
          List.of());
    }
    ParsedTemplate parsed = TemplateParser.parse(displayPath, bytes, problems);
    List<Finding> findings = problems.findings().stream()
        .map(f -> f.code().equals("not-a-mapping")
            ? new Finding(f.severity(), f.code(), "the top level of " + what + " must be a mapping", f.location(),
                f.stack())
            : f)
        .toList();
    return new Result(parsed.root(), findings);
  }
}
