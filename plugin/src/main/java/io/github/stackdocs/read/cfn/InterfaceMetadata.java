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

/** The {@code AWS::CloudFormation::Interface} metadata: parameter groups and labels, as the console shows them. */
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
    Fields fields = new Fields(problems);
    Optional<MapNode> iface = fields.mapping(metadata.get(), KEY, "Metadata." + KEY);
    if (iface.isEmpty()) {
      return none();
    }
    return new InterfaceMetadata(groups(iface.get(), problems), labels(iface.get(), fields));
  }

  private static List<ParameterGroup> groups(MapNode iface, Problems problems) {
    List<ParameterGroup> out = new ArrayList<>();
    Node node = iface.get("ParameterGroups");
    if (node == null) {
      return out;
    }
    if (!(node instanceof ListNode list)) {
      problems.error("wrong-type", "ParameterGroups must be a list of groups, found " + NodeKinds.describe(node),
          node.location());
      return out;
    }
    Fields fields = new Fields(problems);
    for (Node item : list.items()) {
      if (!(item instanceof MapNode group)) {
        problems.error("wrong-type", "a parameter group must be a mapping with Label and Parameters, found "
            + NodeKinds.describe(item), item.location());
        continue;
      }
      String label = fields.mapping(group, "Label", "ParameterGroups Label")
          .flatMap(l -> fields.text(l, "default", "Label.default"))
          .orElse("");
      out.add(new ParameterGroup(label, fields.textOrList(group, "Parameters", "ParameterGroups Parameters")));
    }
    return out;
  }

  private static Map<String, String> labels(MapNode iface, Fields fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.mapping(iface, "ParameterLabels", "ParameterLabels").ifPresent(labels -> {
      for (Map.Entry<String, Node> e : labels.entries().entrySet()) {
        if (e.getValue() instanceof MapNode m) {
          fields.text(m, "default", "ParameterLabels." + e.getKey() + ".default")
              .ifPresent(text -> out.put(e.getKey(), text));
        } else if (e.getValue() instanceof ScalarNode) {
          fields.mapping(labels, e.getKey(), "ParameterLabels." + e.getKey());
        }
      }
    });
    return out;
  }
}
