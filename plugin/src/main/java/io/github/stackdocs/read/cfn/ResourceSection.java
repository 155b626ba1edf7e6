package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code Resources} section → {@link Resource}s. */
final class ResourceSection {
  /**
   * Resource attributes CloudFormation knows, the legacy {@code Version} it still accepts, and SAM's {@code
   * Connectors} and {@code IgnoreGlobals}.
   */
  private static final Set<String> ATTRIBUTES =
      Set.of("Type", "Properties", "DependsOn", "Condition", "DeletionPolicy", "UpdateReplacePolicy",
          "Metadata", "CreationPolicy", "UpdatePolicy", "Version", "Connectors", "IgnoreGlobals");

  private final Problems problems;
  private final Fields fields;

  ResourceSection(Problems problems) {
    this.problems = problems;
    this.fields = new Fields(problems);
  }

  /** The section itself may have any shape; a wrong one is reported and gives no resources. */
  List<Resource> read(Node section) {
    List<Resource> out = new ArrayList<>();
    if (!(section instanceof MapNode resources)) {
      problems.error("resources-not-mapping", "Resources must be a mapping of logical id to resource, found "
          + NodeKinds.describe(section), section.location());
      return out;
    }
    if (resources.size() == 0) {
      problems.warn("no-resources", "the Resources section is empty; CloudFormation needs at least one resource",
          resources.location());
    }
    for (Map.Entry<String, Node> e : resources.entries().entrySet()) {
      String id = e.getKey();
      if (LogicalIds.isIntrinsic(id)) {
        continue;
      }
      entry(id, e.getValue(), resources.keyLocation(id)).ifPresent(out::add);
    }
    return out;
  }

  /** One entry of the section: its logical id (at {@code at}) and what is written for it. */
  Optional<Resource> entry(String id, Node value, SourceLocation at) {
    LogicalIds.check(id, "resource", at, problems);
    if (!(value instanceof MapNode r)) {
      problems.error("resource-not-mapping", "resource '" + id + "' must be a mapping with a Type, found "
          + NodeKinds.describe(value), value.location());
      return Optional.empty();
    }
    return resource(id, r, at);
  }

  private Optional<Resource> resource(String id, MapNode r, SourceLocation at) {
    String what = "resource '" + id + "'";
    String type = fields.text(r, "Type", what + " Type").orElse("");
    if (type.isEmpty() && !(r.get("Type") instanceof MapNode || r.get("Type") instanceof Node.ListNode)) {
      problems.error("missing-type", what + " has no Type; expected e.g. AWS::S3::Bucket", at);
    }
    for (String key : r.entries().keySet()) {
      if (!ATTRIBUTES.contains(key)) {
        problems.warn("unknown-attribute", what + " has an unknown attribute '" + key + "'; expected one of "
            + "Type, Properties, DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, Metadata, "
            + "CreationPolicy, UpdatePolicy", r.keyLocation(key));
      }
    }
    MapNode properties = properties(r, what);
    return Optional.of(new Resource(
        id,
        type,
        properties,
        fields.textOrList(r, "DependsOn", what + " DependsOn"),
        fields.text(r, "Condition", what + " Condition").orElse(""),
        policy(r, "DeletionPolicy", what),
        policy(r, "UpdateReplacePolicy", what),
        Optional.ofNullable(r.get("Metadata")),
        Optional.ofNullable(r.get("CreationPolicy")),
        Optional.ofNullable(r.get("UpdatePolicy")),
        at).withConnectors(r.get("Connectors") instanceof MapNode c ? Optional.of(c) : Optional.empty()));
  }

  private MapNode properties(MapNode r, String what) {
    Node node = r.get("Properties");
    if (node instanceof MapNode m) {
      return m;
    }
    if (node != null && !(node instanceof ScalarNode s && s.isNull())) {
      problems.error("properties-not-mapping", what + " Properties must be a mapping of property names to "
          + "values, found " + NodeKinds.describe(node), node.location());
    }
    return new MapNode(Map.of(), Map.of(), node != null ? node.location() : r.location());
  }

  /** A policy is a word (Delete, Retain, Snapshot...); an intrinsic (language extensions) is kept as its text. */
  private String policy(MapNode r, String key, String what) {
    Node node = r.get(key);
    if (node instanceof MapNode m) {
      return NodeText.compact(m);
    }
    return fields.text(r, key, what + " " + key).orElse("");
  }
}
