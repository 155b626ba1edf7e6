package io.github.stackdocs.read.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.JsonFields;
import io.github.stackdocs.read.JsonPositions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The shape of a cloud assembly's JSON files, as the cloud assembly schema writes them: {@code manifest.json}, the
 * {@code tree.json} it names, each asset manifest ({@code *.assets.json}) and each stack's
 * {@code additionalMetadataFile} ({@code *.metadata.json}). A value of the wrong type is an {@code assembly-shape}
 * finding with the file, JSON path, line and column and what was expected ({@link JsonFields}): an ERROR in the
 * manifest, a WARN in the other files (the docs only lose construct classes or paths there), at most
 * {@link #MAX_PER_FILE} per file.
 *
 * <p>The reader then reads the manifest and tree as checked: a value of the wrong type is removed (read as absent,
 * never as its text), and an artifact whose wrong value leaves it unreadable (not an object; a type, properties,
 * environment, templateFile, directoryName or file of the wrong type) becomes an ignored artifact that keeps only its
 * dependencies, so one fault is one finding and the other artifacts are read. Missing values are the reader's to
 * report. Syntax errors are the reader's too, except in asset manifests, which only this class reads.
 */
final class AssemblyShape {
  static final String CODE = "assembly-shape";
  /** Findings per file: a file of the wrong shape throughout needs no thousand of them. */
  static final int MAX_PER_FILE = 50;
  private static final int MAX_DEPTH = 200;
  private static final Set<String> FILE_ARTIFACTS = Set.of(CloudAssemblyReader.TREE, "cdk:asset-manifest");

  private final List<Finding> findings;
  private final Function<Path, String> display;
  private final Function<String, Optional<Path>> inside;

  /**
   * @param inside a file name the manifest gives, resolved inside the assembly folder (empty when it leads out)
   */
  AssemblyShape(List<Finding> findings, Function<Path, String> display, Function<String, Optional<Path>> inside) {
    this.findings = findings;
    this.display = display;
    this.inside = inside;
  }

  /** Checks a manifest (an object with a version) and the asset manifests and metadata files it names. */
  void manifest(ObjectNode root, JsonPositions positions) {
    List<Finding> found = new ArrayList<>();
    JsonFields f = new JsonFields(CODE, positions, "", found);
    remove(f, root, "", "missing", JsonNode::isArray, "an array of the context values the synthesis lacked");
    remove(f, root, "", "artifacts", JsonNode::isObject, "an object of artifact id → artifact");
    List<Path> metadataFiles = new ArrayList<>();
    List<Path> assetFiles = new ArrayList<>();
    JsonNode artifacts = root.path("artifacts");
    for (String id : names(artifacts)) {
      artifact(f, (ObjectNode) artifacts, id, metadataFiles, assetFiles);
    }
    add(found, positions);
    for (Path file : metadataFiles) {
      JsonFile.Parsed parsed = JsonFile.read(file, display.apply(file));
      if (parsed.ok()) { // one that does not parse is the reader's to report (cdk-metadata)
        metadataFile(parsed);
      }
    }
    for (Path file : assetFiles) {
      JsonFile.Parsed parsed = JsonFile.read(file, display.apply(file));
      if (parsed.ok()) {
        assets(parsed);
      } else if (!parsed.failure().kind().equals("missing")) { // the docs do not need it: no asset manifest is fine
        findings.add(Finding.warn(CODE, parsed.failure().message() + "; expected an asset manifest",
            parsed.failure().location(), ""));
      }
    }
  }

  /** Checks {@code tree.json}, removing what is of the wrong type. */
  void tree(JsonFile.Parsed parsed) {
    List<Finding> found = new ArrayList<>();
    JsonFields f = new JsonFields(CODE, Severity.WARN, parsed.positions(), "", found);
    if (!parsed.root().isObject()) {
      f.wrong("", "tree.json is " + JsonFields.kind(parsed.root()), "an object with version and tree");
    } else {
      ObjectNode root = (ObjectNode) parsed.root();
      f.string(root, "", "version");
      if (!wrong(f, root, "", "tree", JsonNode::isObject, "an object: the app's construct") && root.has("tree")) {
        node(f, (ObjectNode) root.get("tree"), "/tree", 0);
      }
    }
    add(found, parsed.positions());
  }

  private void node(JsonFields f, ObjectNode node, String at, int depth) {
    f.string(node, at, "id");
    remove(f, node, at, "path", JsonNode::isTextual, "a string");
    remove(f, node, at, "attributes", JsonNode::isObject, "an object");
    if (!remove(f, node, at, "constructInfo", JsonNode::isObject, "an object with fqn and version")) {
      JsonNode info = node.path("constructInfo");
      if (info.isObject()) {
        remove(f, (ObjectNode) info, at + "/constructInfo", "fqn", JsonNode::isTextual, "a string");
        f.string(info, at + "/constructInfo", "version");
      }
    }
    if (remove(f, node, at, "children", JsonNode::isObject, "an object of child id → construct")
        || !node.has("children") || depth >= MAX_DEPTH) {
      return;
    }
    ObjectNode children = (ObjectNode) node.get("children");
    for (String id : names(children)) {
      String child = JsonFields.pointer(at + "/children", id);
      JsonNode c = children.get(id);
      if (!c.isObject()) {
        f.wrong(child, "construct '" + id + "' is " + JsonFields.kind(c), "an object with id, path and children");
        children.remove(id);
      } else {
        node(f, (ObjectNode) c, child, depth + 1);
      }
    }
  }

  private void artifact(JsonFields f, ObjectNode artifacts, String id, List<Path> metadataFiles,
      List<Path> assetFiles) {
    String at = JsonFields.pointer("/artifacts", id);
    JsonNode a = artifacts.get(id);
    String unread = " (artifact '" + id + "' is not read)";
    if (!a.isObject()) {
      f.wrong(at, "artifact '" + id + "' is " + JsonFields.kind(a), "an object with a type" + unread);
      artifacts.set(id, ignored(artifacts, null));
      return;
    }
    ObjectNode artifact = (ObjectNode) a;
    remove(f, artifact, at, "displayName", JsonNode::isTextual, "a string");
    remove(f, artifact, at, "additionalMetadataFile", JsonNode::isTextual, "a file name");
    dependencies(f, artifact, at);
    metadata(f, artifact, at + "/metadata", artifact.path("metadata"), false);
    String type = artifact.path("type").isTextual() ? artifact.get("type").asText() : "";
    boolean stack = type.equals(CloudAssemblyReader.STACK);
    boolean nested = type.equals(CloudAssemblyReader.NESTED_ASSEMBLY);
    boolean unreadable = wrong(f, artifact, at, "type", JsonNode::isTextual, "a string such as "
        + CloudAssemblyReader.STACK + unread);
    unreadable |= stack && wrong(f, artifact, at, "environment", JsonNode::isTextual,
        "a string such as aws://123456789012/us-east-1" + unread);
    boolean needsProperties = stack || nested || FILE_ARTIFACTS.contains(type);
    if (needsProperties) {
      unreadable |= wrong(f, artifact, at, "properties", JsonNode::isObject, "an object" + unread);
    } else {
      remove(f, artifact, at, "properties", JsonNode::isObject, "an object");
    }
    JsonNode props = artifact.path("properties");
    if (props.isObject()) {
      String p = at + "/properties";
      String required = stack ? "templateFile" : nested ? "directoryName" : FILE_ARTIFACTS.contains(type) ? "file" : "";
      if (!required.isEmpty()) {
        unreadable |= wrong(f, (ObjectNode) props, p, required, JsonNode::isTextual, "a file name" + unread);
      }
      if (stack) {
        remove(f, (ObjectNode) props, p, "stackName", JsonNode::isTextual, "a string");
      }
      if (!unreadable && type.equals("cdk:asset-manifest") && props.path("file").isTextual()) {
        inside.apply(props.get("file").asText()).ifPresent(assetFiles::add);
      }
    }
    if (unreadable) {
      artifacts.set(id, ignored(artifacts, artifact));
    } else if (stack && artifact.path("additionalMetadataFile").isTextual()) {
      inside.apply(artifact.get("additionalMetadataFile").asText()).ifPresent(metadataFiles::add);
    }
  }

  /** An artifact the reader ignores, keeping the dependencies others are followed through. */
  private static ObjectNode ignored(ObjectNode artifacts, ObjectNode artifact) {
    ObjectNode stub = artifacts.objectNode().put("type", "none");
    if (artifact != null && artifact.path("dependencies").isArray()) {
      stub.set("dependencies", artifact.get("dependencies"));
    }
    return stub;
  }

  private static void dependencies(JsonFields f, ObjectNode artifact, String at) {
    if (remove(f, artifact, at, "dependencies", JsonNode::isArray, "an array of artifact ids")
        || !artifact.has("dependencies")) {
      return;
    }
    ArrayNode deps = (ArrayNode) artifact.get("dependencies");
    for (int i = deps.size() - 1; i >= 0; i--) {
      if (!deps.get(i).isTextual()) {
        f.wrong(at + "/dependencies/" + i, "a dependency is " + JsonFields.kind(deps.get(i)), "an artifact id");
        deps.remove(i);
      }
    }
  }

  /**
   * Checks metadata (construct path → entries, each an object with a string type; a logical id's data a string),
   * removing what is of the wrong type when {@code readOnly} is false.
   */
  private static void metadata(JsonFields f, ObjectNode owner, String at, JsonNode metadata, boolean readOnly) {
    if (metadata.isMissingNode() || metadata.isNull()) {
      return;
    }
    if (!metadata.isObject()) {
      f.wrong(at, "metadata is " + JsonFields.kind(metadata), "an object of construct path → entries");
      if (owner != null && !readOnly) {
        owner.remove("metadata");
      }
      return;
    }
    ObjectNode byPath = (ObjectNode) metadata;
    for (String path : names(byPath)) {
      String p = JsonFields.pointer(at, path);
      JsonNode entries = byPath.get(path);
      if (!entries.isArray()) {
        f.wrong(p, "the metadata of '" + path + "' is " + JsonFields.kind(entries), "an array of entries");
        if (!readOnly) {
          byPath.remove(path);
        }
        continue;
      }
      for (int i = entries.size() - 1; i >= 0; i--) {
        String e = p + "/" + i;
        JsonNode entry = entries.get(i);
        boolean bad = !entry.isObject();
        if (bad) {
          f.wrong(e, "a metadata entry is " + JsonFields.kind(entry), "an object with type and data");
        } else if (!entry.path("type").isTextual()) {
          bad = true;
          f.wrong(e + "/type", "type is " + (entry.has("type") ? JsonFields.kind(entry.get("type")) : "missing"),
              "a string such as aws:cdk:logicalId");
        } else if (entry.get("type").asText().equals("aws:cdk:logicalId") && !entry.path("data").isTextual()) {
          bad = true;
          f.wrong(e + "/data", "the logical id is " + (entry.has("data") ? JsonFields.kind(entry.get("data"))
              : "missing"), "a string");
        }
        if (bad && !readOnly) {
          ((ArrayNode) entries).remove(i);
        }
      }
    }
  }

  private void metadataFile(JsonFile.Parsed parsed) {
    List<Finding> found = new ArrayList<>();
    JsonFields f = new JsonFields(CODE, Severity.WARN, parsed.positions(), "", found);
    metadata(f, null, "", parsed.root(), true);
    add(found, parsed.positions());
  }

  private void assets(JsonFile.Parsed parsed) {
    List<Finding> found = new ArrayList<>();
    JsonFields f = new JsonFields(CODE, Severity.WARN, parsed.positions(), "", found);
    JsonNode root = parsed.root();
    if (!root.isObject()) {
      f.wrong("", "the asset manifest is " + JsonFields.kind(root), "an object with version, files and dockerImages");
    } else {
      f.string(root, "", "version");
      for (String section : List.of("files", "dockerImages")) {
        JsonNode assets = f.object(root, "", section);
        for (String hash : names(assets)) {
          String at = JsonFields.pointer("/" + section, hash);
          JsonNode asset = assets.get(hash);
          if (!asset.isObject()) {
            f.wrong(at, "asset '" + hash + "' is " + JsonFields.kind(asset), "an object with source and destinations");
            continue;
          }
          f.string(asset, at, "displayName");
          JsonNode source = f.object(asset, at, "source");
          f.string(source, at + "/source", section.equals("files") ? "path" : "directory");
          f.string(source, at + "/source", "packaging");
          JsonNode destinations = f.object(asset, at, "destinations");
          for (String d : names(destinations)) {
            if (!destinations.get(d).isObject()) {
              f.wrong(JsonFields.pointer(at + "/destinations", d), "destination '" + d + "' is "
                  + JsonFields.kind(destinations.get(d)), "an object");
            }
          }
        }
      }
    }
    add(found, parsed.positions());
  }

  /** Reports a value of the wrong type; true when it was (the value stays). */
  private static boolean wrong(JsonFields f, JsonNode obj, String at, String field,
      java.util.function.Predicate<JsonNode> ok, String expected) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull() || ok.test(v)) {
      return false;
    }
    f.wrong(JsonFields.pointer(at, field), field + " is " + JsonFields.kind(v), expected);
    return true;
  }

  /** Reports and removes a value of the wrong type; true when it was. */
  private static boolean remove(JsonFields f, ObjectNode obj, String at, String field,
      java.util.function.Predicate<JsonNode> ok, String expected) {
    if (!wrong(f, obj, at, field, ok, expected)) {
      return false;
    }
    obj.remove(field);
    return true;
  }

  private static List<String> names(JsonNode obj) {
    List<String> names = new ArrayList<>();
    obj.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The findings of one file, the first {@link #MAX_PER_FILE} and a count of the rest. */
  private void add(List<Finding> found, JsonPositions positions) {
    found.stream().sorted().limit(MAX_PER_FILE).forEach(findings::add);
    if (found.size() > MAX_PER_FILE) {
      Finding last = found.get(0);
      findings.add(new Finding(last.severity(), CODE, (found.size() - MAX_PER_FILE) + " more values of the wrong"
          + " type in this file are not listed", SourceLocation.of(last.location().file()), ""));
    }
  }
}
