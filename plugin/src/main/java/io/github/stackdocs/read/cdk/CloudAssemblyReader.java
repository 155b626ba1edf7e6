package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CdkEmptyStacks;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CDK cloud assembly ({@code cdk.out}): {@code manifest.json} of any schema version, every
 * {@code aws:cloudformation:stack} artifact with its template (read by {@link CfnTemplateReader}),
 * environment, display name, stack name and dependencies, nested assemblies ({@code cdk:cloud-assembly},
 * the stages) recursively, construct paths from the resources' {@code aws:cdk:path} metadata or the
 * manifest's {@code aws:cdk:logicalId} entries (inline {@code metadata} in old schemas,
 * {@code additionalMetadataFile} in new ones) and construct classes from {@code tree.json}.
 *
 * <p>Never throws for a bad input: a malformed manifest or a missing template is an ERROR finding naming the
 * file, a value of the wrong type in an assembly file an {@code assembly-shape} finding at its line
 * ({@link AssemblyShape}), a newer schema version than known a WARN (and the assembly is read as far as it makes sense).
 * Stateless apart from the template reader it is given; thread-safe when that is.
 */
public final class CloudAssemblyReader {
  /** The newest manifest schema major version this reader was written against. */
  public static final int KNOWN_SCHEMA_MAJOR = 55;

  static final String STACK = "aws:cloudformation:stack";
  static final String NESTED_ASSEMBLY = "cdk:cloud-assembly";
  static final String TREE = "cdk:tree";
  private static final Set<String> OTHER_KNOWN_TYPES =
      Set.of("cdk:asset-manifest", "cdk:feature-flag-report", "none");
  private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");
  private static final Pattern ENVIRONMENT = Pattern.compile("aws://([^/]+)/([^/]+)");
  private static final int MAX_DEPTH = 20;

  private final CfnTemplateReader templates;

  public CloudAssemblyReader(CfnTemplateReader templates) {
    this.templates = templates;
  }

  /**
   * @param baseDir the project folder; file names in findings and docs are relative to it
   * @param assemblyDir the assembly folder (the one holding {@code manifest.json})
   */
  public AssemblyResult read(Path baseDir, Path assemblyDir) {
    Path base = baseDir.toAbsolutePath().normalize();
    Run run = new Run(base);
    Path dir = base.resolve(assemblyDir).normalize();
    try {
      run.assembly(dir, ConstructTree.empty(), 0);
    } catch (RuntimeException | StackOverflowError e) {
      run.findings.add(Finding.error("internal", "internal error while reading the cloud assembly "
          + run.display(dir) + " (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); please report it",
          SourceLocation.of(run.display(dir)), ""));
    }
    return new AssemblyResult(run.stacks, run.findings);
  }

  /** The state of one {@link #read}. */
  private final class Run {
    private final Path base;
    private final List<Stack> stacks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<Path> visited = new HashSet<>();

    Run(Path base) {
      this.base = base;
    }

    void assembly(Path dir, ConstructTree parentTree, int depth) {
      Path manifestFile = dir.resolve("manifest.json");
      String manifest = display(manifestFile);
      if (!visited.add(dir) || depth > MAX_DEPTH) {
        error("cdk-assembly-cycle", "nested assembly " + display(dir) + " is reached twice; ignored", manifest, "");
        return;
      }
      if (!Files.isDirectory(dir)) {
        error("cdk-assembly-missing", "cloud assembly folder " + display(dir)
            + " does not exist; run 'cdk synth' or configure cdkOut", display(dir), "");
        return;
      }
      if (!InputFiles.staysInside(manifestFile, dir)) {
        error("cdk-manifest", manifest + " is a symbolic link to a file outside the assembly folder; not read",
            manifest, "");
        return;
      }
      JsonFile.Parsed parsed = JsonFile.read(manifestFile, manifest);
      if (!parsed.ok()) {
        JsonFile.Failure f = parsed.failure();
        String hint = f.kind().equals("missing")
            ? "; " + display(dir) + " is not a cloud assembly (run 'cdk synth' to create one)" : "";
        findings.add(Finding.error("cdk-manifest", f.message() + hint, f.location(), ""));
        return;
      }
      JsonNode root = parsed.root();
      if (!root.isObject()) {
        error("cdk-manifest", manifest + " is not a cloud assembly manifest: expected a JSON object", manifest, "");
        return;
      }
      if (!version(root, manifest)) {
        return;
      }
      new AssemblyShape(findings, this::display, rel -> inside(dir, rel))
          .manifest((com.fasterxml.jackson.databind.node.ObjectNode) root, parsed.positions());
      JsonNode missing = root.path("missing");
      if (missing.isArray() && !missing.isEmpty()) {
        findings.add(Finding.warn("cdk-missing-context", manifest + " lists " + missing.size()
            + " missing context value(s) (e.g. '" + missing.get(0).path("key").asText("") + "'): the assembly was"
            + " synthesized with dummy values; run 'cdk synth' with AWS credentials to resolve them",
            SourceLocation.of(manifest), ""));
      }
      JsonNode artifactsNode = root.path("artifacts");
      if (artifactsNode.isMissingNode() || artifactsNode.isNull()) {
        return;
      }
      if (!artifactsNode.isObject()) {
        error("cdk-manifest", manifest + ": 'artifacts' must be an object of artifact id → artifact", manifest, "");
        return;
      }
      Map<String, JsonNode> artifacts = new LinkedHashMap<>();
      artifactsNode.fields().forEachRemaining(e -> artifacts.put(e.getKey(), e.getValue()));
      ConstructTree tree = tree(dir, manifest, artifacts, parentTree);

      Map<String, String> stackNames = new HashMap<>();
      for (Map.Entry<String, JsonNode> a : artifacts.entrySet()) {
        if (a.getValue().path("type").asText("").equals(STACK)) {
          stackNames.put(a.getKey(), a.getValue().path("properties").path("stackName").asText(a.getKey()));
        }
      }
      List<Path> nested = new ArrayList<>();
      for (Map.Entry<String, JsonNode> a : artifacts.entrySet()) {
        String id = a.getKey();
        JsonNode artifact = a.getValue();
        String type = artifact.path("type").asText("");
        switch (type) {
          case STACK -> stack(dir, manifest, id, artifact, artifacts, stackNames, tree);
          case NESTED_ASSEMBLY -> {
            String sub = artifact.path("properties").path("directoryName").asText("");
            Optional<Path> subDir = inside(dir, sub);
            if (subDir.isEmpty()) {
              error("cdk-manifest", manifest + ": nested assembly '" + id
                  + "' needs properties.directoryName naming a folder inside " + display(dir), manifest, "");
            } else {
              nested.add(subDir.get());
            }
          }
          case TREE -> { } // read above
          default -> {
            if (!OTHER_KNOWN_TYPES.contains(type)) {
              findings.add(Finding.warn("cdk-artifact-type", manifest + ": artifact '" + id + "' has "
                  + (type.isEmpty() ? "no type" : "the unknown type '" + type + "'") + "; ignored",
                  SourceLocation.of(manifest), ""));
            }
          }
        }
      }
      for (Path sub : nested) {
        assembly(sub, tree, depth + 1);
      }
    }

    /** Checks the schema version; false when the manifest cannot be read further. */
    private boolean version(JsonNode root, String manifest) {
      JsonNode v = root.path("version");
      if (!v.isTextual()) {
        error("cdk-manifest", manifest + " has no 'version'; it is not a cloud assembly manifest", manifest, "");
        return false;
      }
      Matcher m = VERSION.matcher(v.asText());
      if (!m.matches()) {
        error("cdk-manifest", manifest + ": version '" + v.asText()
            + "' is not a schema version (expected e.g. '" + KNOWN_SCHEMA_MAJOR + ".0.0')", manifest, "");
        return false;
      }
      int major;
      try {
        major = Integer.parseInt(m.group(1));
      } catch (NumberFormatException e) {
        major = Integer.MAX_VALUE;
      }
      if (major > KNOWN_SCHEMA_MAJOR) {
        findings.add(Finding.warn("cdk-schema-version", manifest + " uses cloud assembly schema " + v.asText()
            + ", newer than the newest known (" + KNOWN_SCHEMA_MAJOR + ".x); reading it as far as possible,"
            + " a newer stackdocs may read it better", SourceLocation.of(manifest), ""));
      }
      return true;
    }

    private ConstructTree tree(Path dir, String manifest, Map<String, JsonNode> artifacts, ConstructTree parentTree) {
      List<String> files = new ArrayList<>();
      for (Map.Entry<String, JsonNode> a : artifacts.entrySet()) {
        if (a.getValue().path("type").asText("").equals(TREE)) {
          String file = a.getValue().path("properties").path("file").asText("");
          if (file.isEmpty()) {
            error("cdk-manifest", manifest + ": tree artifact '" + a.getKey() + "' has no properties.file",
                manifest, "");
          } else {
            files.add(file);
          }
        }
      }
      if (files.size() > 1) {
        error("cdk-manifest", manifest + " declares " + files.size() + " tree artifacts; an assembly has at most one",
            manifest, "");
      }
      if (files.size() != 1) {
        return parentTree;
      }
      Optional<Path> file = inside(dir, files.get(0));
      if (file.isEmpty()) {
        error("cdk-manifest", manifest + ": tree file '" + files.get(0) + "' is outside the assembly", manifest, "");
        return parentTree;
      }
      JsonFile.Parsed parsed = JsonFile.read(file.get(), display(file.get()));
      if (!parsed.ok()) {
        findings.add(Finding.warn("cdk-tree", parsed.failure().message()
            + "; construct classes are not shown", parsed.failure().location(), ""));
        return parentTree;
      }
      new AssemblyShape(findings, this::display, rel -> inside(dir, rel)).tree(parsed);
      return ConstructTree.of(parsed.root());
    }

    private void stack(Path dir, String manifest, String id, JsonNode artifact, Map<String, JsonNode> artifacts,
        Map<String, String> stackNames, ConstructTree tree) {
      String name = stackNames.get(id);
      JsonNode props = artifact.path("properties");
      String environment = artifact.path("environment").asText("");
      boolean ok = true;
      if (environment.isEmpty()) {
        error("cdk-manifest", manifest + ": stack artifact '" + id
            + "' has no environment (expected aws://account/region)", manifest, name);
        ok = false;
      } else if (!ENVIRONMENT.matcher(environment).matches()) {
        error("cdk-manifest", manifest + ": stack artifact '" + id + "' has the environment '" + environment
            + "'; expected aws://account/region", manifest, name);
        ok = false;
      }
      String templateFile = props.path("templateFile").asText("");
      if (templateFile.isEmpty()) {
        error("cdk-manifest", manifest + ": stack artifact '" + id + "' has no properties.templateFile", manifest,
            name);
        return;
      }
      Optional<Path> template = inside(dir, templateFile);
      if (template.isEmpty()) {
        error("cdk-manifest", manifest + ": template file '" + templateFile + "' of stack artifact '" + id
            + "' is outside the assembly folder", manifest, name);
        return;
      }
      List<String> dependencies = dependencies(manifest, id, artifacts, stackNames);
      if (!Files.isRegularFile(template.get())) {
        error("cdk-template-missing", "template file " + display(template.get()) + " of stack '" + name
            + "' (named in " + manifest + ") does not exist; run 'cdk synth' again", manifest, name);
        return;
      }
      Map<String, String> pathsById = ArtifactMetadata.read(dir, manifest, artifact, name, this::display, findings)
          .of("");
      ReadResult read = templates.read(new TemplateSource(template.get(), display(template.get()), name));
      read.findings().forEach(f -> findings.add(CdkEmptyStacks.relax(f, name)));
      if (read.stack().isEmpty() || !ok) {
        return;
      }
      Stack stack = read.stack().get();
      Map<String, String> constructPaths = new LinkedHashMap<>();
      for (Resource r : stack.resources()) {
        String path = cdkPath(r).orElse(pathsById.getOrDefault(r.logicalId(), ""));
        if (!path.isEmpty()) {
          constructPaths.put(r.logicalId(), path);
        }
      }
      Map<String, String> constructTypes = tree.typesAbove(constructPaths.values());
      stacks.add(stack.withCdk(new CdkOrigin(display(dir), id, artifact.path("displayName").asText(id),
          environment, dependencies, constructPaths, constructTypes)));
    }

    /** Stack names this artifact depends on, through non-stack artifacts (asset manifests) too. */
    private List<String> dependencies(String manifest, String id, Map<String, JsonNode> artifacts,
        Map<String, String> stackNames) {
      Set<String> result = new TreeSet<>();
      Set<String> seen = new HashSet<>(Set.of(id));
      Deque<String> todo = new ArrayDeque<>();
      artifacts.get(id).path("dependencies").forEach(d -> todo.add(d.asText("")));
      while (!todo.isEmpty()) {
        String dep = todo.poll();
        if (!seen.add(dep)) {
          continue;
        }
        JsonNode target = artifacts.get(dep);
        if (target == null) {
          error("cdk-manifest", manifest + ": artifact '" + id + "' depends on '" + dep
              + "', which is not an artifact of this assembly", manifest, stackNames.getOrDefault(id, ""));
        } else if (stackNames.containsKey(dep)) {
          result.add(stackNames.get(dep));
        } else {
          target.path("dependencies").forEach(d -> todo.add(d.asText("")));
        }
      }
      return List.copyOf(result);
    }

    void error(String code, String message, String file, String stack) {
      findings.add(Finding.error(code, message, SourceLocation.of(file), stack));
    }

    String display(Path file) {
      Path abs = file.toAbsolutePath().normalize();
      String s;
      try {
        s = base.relativize(abs).toString();
      } catch (IllegalArgumentException e) {
        s = abs.toString();
      }
      s = s.replace(abs.getFileSystem().getSeparator(), "/");
      return s.isEmpty() ? "." : s;
    }
  }

  /** A path named by the manifest, resolved inside {@code dir}; empty when blank or escaping it. */
  static Optional<Path> inside(Path dir, String relative) {
    if (relative.isBlank()) {
      return Optional.empty();
    }
    Path p = dir.resolve(relative).normalize();
    return p.startsWith(dir) && InputFiles.staysInside(p, dir) ? Optional.of(p) : Optional.empty();
  }

  /** The resource's {@code aws:cdk:path} metadata, when it has one. */
  static Optional<String> cdkPath(Resource r) {
    return r.metadata()
        .filter(m -> m instanceof Node.MapNode)
        .map(m -> ((Node.MapNode) m).get("aws:cdk:path"))
        .filter(n -> n instanceof Node.ScalarNode s && !s.isNull())
        .map(n -> ((Node.ScalarNode) n).text())
        .filter(s -> !s.isBlank());
  }
}
