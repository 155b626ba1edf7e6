package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CDK origin of a nested stack of a cloud assembly: its construct path (from the parent's
 * {@code AWS::CloudFormation::Stack} resource, {@code App/Parent/Child.NestedStack/Child.NestedStackResource} →
 * {@code App/Parent/Child}), its resources' construct paths (their {@code aws:cdk:path} metadata in the nested
 * template, else the {@code aws:cdk:logicalId} entries that the parent artifact's metadata, inline or in its
 * {@code *.metadata.json}, gives under the nested stack's path) and construct classes (the assembly's
 * {@code tree.json}). Reads each assembly's manifest, metadata and tree once; their problems were reported when the
 * assembly was read, so none are reported here.
 */
public final class NestedCdkOrigins {
  private static final int MAX_STAGES = 20;
  private final Map<Path, Assembly> assemblies = new HashMap<>();

  /** One assembly folder: its stack artifacts, their metadata as read so far, and its construct tree. */
  private record Assembly(Map<String, JsonNode> artifacts, Map<String, LogicalIdPaths> metadata,
      ConstructTree tree) {}

  /**
   * The construct path of the nested stack that resource {@code r} of CDK stack {@code parent} creates, when its
   * {@code aws:cdk:path} metadata or the parent's construct paths (from the manifest) tell it.
   */
  public static Optional<String> constructPath(Stack parent, Resource r) {
    if (parent.cdk().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> path = CloudAssemblyReader.cdkPath(r);
    if (path.isEmpty()) {
      path = parent.cdk().map(o -> o.constructPaths().get(r.logicalId()));
    }
    return path.flatMap(LogicalIdPaths::nestedStackPath);
  }

  /**
   * The origin of {@code child}, nested stack {@code name} at construct path {@code constructPath} of a stack with
   * origin {@code parent} whose template lies in {@code assemblyDir}. Its artifact is the parent's: the stack
   * artifact that deploys it.
   */
  public CdkOrigin of(CdkOrigin parent, String name, String constructPath, Stack child, Path assemblyDir) {
    Assembly assembly = assemblies.computeIfAbsent(assemblyDir, NestedCdkOrigins::assembly);
    LogicalIdPaths metadata = assembly.metadata().computeIfAbsent(parent.artifactId(), id -> {
      JsonNode artifact = assembly.artifacts().get(id);
      return artifact == null ? new LogicalIdPaths()
          : ArtifactMetadata.read(assemblyDir, "manifest.json", artifact, name, Path::toString, new ArrayList<>());
    });
    Map<String, String> fromManifest = metadata.of(constructPath);
    Map<String, String> paths = new LinkedHashMap<>();
    for (Resource r : child.resources()) {
      Optional<String> path = CloudAssemblyReader.cdkPath(r);
      if (path.isEmpty()) {
        path = Optional.ofNullable(fromManifest.get(r.logicalId()));
      }
      path.ifPresent(p -> paths.put(r.logicalId(), p));
    }
    return new CdkOrigin(parent.assembly(), parent.artifactId(), constructPath, parent.environment(), List.of(),
        paths, assembly.tree().typesAbove(paths.values()));
  }

  /** The assembly in {@code dir}; its tree is the one of the assembly holding it when it has none (a stage). */
  private static Assembly assembly(Path dir) {
    Map<String, JsonNode> artifacts = artifacts(dir);
    ConstructTree tree = ConstructTree.empty();
    Path at = dir;
    Map<String, JsonNode> atArtifacts = artifacts;
    for (int i = 0; i < MAX_STAGES && at != null && tree.isEmpty(); i++) {
      tree = tree(at, atArtifacts);
      Path up = at.getParent();
      Map<String, JsonNode> upArtifacts = up == null ? Map.of() : artifacts(up);
      Path child = at;
      boolean stage = upArtifacts.values().stream().anyMatch(a -> a.path("type").asText("")
          .equals(CloudAssemblyReader.NESTED_ASSEMBLY) && CloudAssemblyReader.inside(up, a.path("properties")
          .path("directoryName").asText("")).filter(child::equals).isPresent());
      at = stage ? up : null;
      atArtifacts = upArtifacts;
    }
    return new Assembly(artifacts, new HashMap<>(), tree);
  }

  /** The artifacts of the manifest in {@code dir}; none when it cannot be read. */
  private static Map<String, JsonNode> artifacts(Path dir) {
    JsonFile.Parsed parsed = JsonFile.read(dir.resolve("manifest.json"), "manifest.json");
    Map<String, JsonNode> result = new LinkedHashMap<>();
    if (parsed.ok() && parsed.root().path("artifacts").isObject()) {
      parsed.root().path("artifacts").fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue()));
    }
    return result;
  }

  /** The tree its manifest's {@code cdk:tree} artifact names; empty when none or unreadable. */
  private static ConstructTree tree(Path dir, Map<String, JsonNode> artifacts) {
    for (JsonNode a : artifacts.values()) {
      if (a.path("type").asText("").equals(CloudAssemblyReader.TREE)) {
        Optional<JsonFile.Parsed> parsed = CloudAssemblyReader.inside(dir, a.path("properties").path("file")
            .asText("")).map(f -> JsonFile.read(f, f.toString()));
        return parsed.filter(JsonFile.Parsed::ok).map(p -> ConstructTree.of(p.root())).orElse(ConstructTree.empty());
      }
    }
    return ConstructTree.empty();
  }
}
