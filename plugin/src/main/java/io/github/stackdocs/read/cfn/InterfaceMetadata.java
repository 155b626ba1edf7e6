package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.ParameterGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code AWS::CloudFormation::Interface} metadata: parameter groups and labels, as the console shows them.
 * CloudFormation deploys a template whatever the shape of this metadata and the console tolerates much of it, so
 * shape problems are WARN findings; a label written as a plain string instead of {@code {default: text}} is used
 * as the label ({@code label-not-mapping}).
 */
record InterfaceMetadata(List<ParameterGroup> groups, Map<String, String> labels) {

  static final String KEY = "AWS::CloudFormation::Interface";

  static InterfaceMetadata none() {
    return new InterfaceMetadata(List.of(), Map.of());
  }

  /** The group label of a parameter, or empty. */
  String groupOf(String parameter) {
    for (ParameterGroup g : groups) {
      if (g.parameters().contains(parameter)) {
        return g.label();
      }
    }
    return "";
  }

  static InterfaceMetadata read(Optional<MapNode> metadata, Problems problems) {
    if (metadata.isEmpty() || !metadata.get().has(KEY)) {
      return none();
    }
    Fields fields = Fields.lenient(problems);
    Optional<MapNode> iface = fields.mapping(metadata.get(), KEY, "Metadata." + KEY);
    if (iface.isEmpty()) {
      return none();
    }
    return new InterfaceMetadata(groups(iface.get(), problems), labels(iface.get(), fields, problems));
  }

  private static List<ParameterGroup> groups(MapNode iface, Problems problems) {
    List<ParameterGroup> out = new ArrayList<>();
    Node node = iface.get("ParameterGroups");
    if (node == null) {
      return out;
    }
    if (!(node instanceof ListNode list)) {
      problems.warn("wrong-type", "ParameterGroups must be a list of groups, found " + NodeKinds.describe(node),
          node.location());
      return out;
    }
    Fields fields = Fields.lenient(problems);
    for (Node item : list.items()) {
      if (!(item instanceof MapNode group)) {
        problems.warn("wrong-type", "a parameter group must be a mapping with Label and Parameters, found "
            + NodeKinds.describe(item), item.location());
        continue;
      }
      String label = label(group.get("Label"), "ParameterGroups Label", fields, problems).orElse("");
      out.add(new ParameterGroup(label, fields.textOrList(group, "Parameters", "ParameterGroups Parameters")));
    }
    return out;
  }

  private static Map<String, String> labels(MapNode iface, Fields fields, Problems problems) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.mapping(iface, "ParameterLabels", "ParameterLabels").ifPresent(labels -> {
      for (Map.Entry<String, Node> e : labels.entries().entrySet()) {
        label(e.getValue(), "ParameterLabels." + e.getKey(), fields, problems)
            .ifPresent(text -> out.put(e.getKey(), text));
      }
    });
    return out;
  }

  /** A label: {@code {default: text}}; a plain string is taken as the text with a WARN; absent or null: empty. */
  private static Optional<String> label(Node node, String what, Fields fields, Problems problems) {
    if (node instanceof MapNode m) {
      return fields.text(m, "default", what + ".default");
    }
    if (node instanceof ScalarNode s && !s.isNull()) {
      problems.warn("label-not-mapping", what + " must be a mapping with the text under 'default' ({default: "
          + "text}), found a string; the string is used as the label", s.location());
      return Optional.of(s.text());
    }
    if (node != null && !(node instanceof ScalarNode)) {
      problems.warn("wrong-type", what + " must be a mapping with the text under 'default', found "
          + NodeKinds.describe(node), node.location());
    }
    return Optional.empty();
  }
}
