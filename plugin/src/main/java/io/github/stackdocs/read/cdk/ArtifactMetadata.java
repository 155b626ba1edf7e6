package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The metadata of one stack artifact of a cloud assembly: its inline {@code metadata} (old schemas) and its
 * {@code additionalMetadataFile} ({@code *.metadata.json}, new ones). Gives the construct paths of the
 * {@code aws:cdk:logicalId} entries, and reports CDK's own errors and warnings as findings.
 */
final class ArtifactMetadata {
  private ArtifactMetadata() {}

  /**
   * @param dir the assembly folder
   * @param manifest the manifest's display name
   * @param stack the stack's name, for the findings
   * @param display a file's display name
   * @param findings receives an unreadable metadata file (WARN) and CDK's errors and warnings
   */
  static LogicalIdPaths read(Path dir, String manifest, JsonNode artifact, String stack,
      Function<Path, String> display, List<Finding> findings) {
    LogicalIdPaths paths = new LogicalIdPaths();
    List<JsonNode> sources = new ArrayList<>();
    List<String> sourceFiles = new ArrayList<>();
    if (artifact.path("metadata").isObject()) {
      sources.add(artifact.path("metadata"));
      sourceFiles.add(manifest);
    }
    String extra = artifact.path("additionalMetadataFile").asText("");
    if (!extra.isEmpty()) {
      Optional<Path> file = CloudAssemblyReader.inside(dir, extra);
      JsonFile.Parsed parsed = file.map(f -> JsonFile.read(f, display.apply(f))).orElse(null);
      if (parsed == null || !parsed.ok()) {
        findings.add(Finding.warn("cdk-metadata", (parsed == null ? manifest + ": metadata file '" + extra
                + "' is outside the assembly" : parsed.failure().message())
                + "; construct paths come from the template only",
            parsed == null ? SourceLocation.of(manifest) : parsed.failure().location(), stack));
      } else if (parsed.root().isObject()) {
        sources.add(parsed.root());
        sourceFiles.add(display.apply(file.get()));
      }
    }
    for (int i = 0; i < sources.size(); i++) {
      String file = sourceFiles.get(i);
      sources.get(i).fields().forEachRemaining(e -> {
        String path = e.getKey().startsWith("/") ? e.getKey().substring(1) : e.getKey();
        if (!e.getValue().isArray()) {
          return;
        }
        for (JsonNode entry : e.getValue()) {
          String type = entry.path("type").asText("");
          JsonNode data = entry.path("data");
          switch (type) {
            case "aws:cdk:logicalId" -> {
              if (data.isTextual()) {
                paths.add(path, data.asText());
              }
            }
            case "aws:cdk:error" -> findings.add(Finding.error("cdk-synth-error", "CDK reported an error at "
                + path + ": " + text(data), SourceLocation.of(file), stack));
            case "aws:cdk:warning" -> findings.add(Finding.warn("cdk-synth-warning", "CDK reported a warning at "
                + path + ": " + text(data), SourceLocation.of(file), stack));
            default -> { }
          }
        }
      });
    }
    return paths;
  }

  private static String text(JsonNode data) {
    String s = data.isTextual() ? data.asText() : data.toString();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
