package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code Parameters} section → {@link Parameter}s. A NoEcho default is never read into the model. */
final class ParameterSection {
  private static final Set<String> KNOWN =
      Set.of("Type", "Description", "Default", "AllowedValues", "AllowedPattern", "ConstraintDescription",
          "MinLength", "MaxLength", "MinValue", "MaxValue", "NoEcho");

  private final Problems problems;
  private final Fields fields;

  ParameterSection(Problems problems) {
    this.problems = problems;
    this.fields = new Fields(problems);
  }

  List<Parameter> read(MapNode section, InterfaceMetadata iface) {
    List<Parameter> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : section.entries().entrySet()) {
      String name = e.getKey();
      LogicalIds.check(name, "parameter", section.keyLocation(name), problems);
      if (!(e.getValue() instanceof MapNode p)) {
        problems.error("wrong-type", "parameter '" + name + "' must be a mapping with a Type, found "
            + NodeKinds.describe(e.getValue()), e.getValue().location());
        continue;
      }
      out.add(parameter(name, p, section, iface));
    }
    return out;
  }

  private Parameter parameter(String name, MapNode p, MapNode section, InterfaceMetadata iface) {
    String what = "parameter '" + name + "'";
    String type = fields.text(p, "Type", what + " Type").orElse("");
    if (type.isEmpty()) {
      problems.error("missing-type", what + " has no Type; expected e.g. String, Number or AWS::EC2::VPC::Id",
          section.keyLocation(name));
    }
    for (String key : p.entries().keySet()) {
      if (!KNOWN.contains(key)) {
        problems.warn("unknown-attribute", what + " has an unknown attribute '" + key + "'", p.keyLocation(key));
      }
    }
    boolean noEcho = noEcho(p, what);
    Optional<String> defaultValue = noEcho ? Optional.empty() : defaultText(p.get("Default"));
    return new Parameter(
        name,
        type,
        fields.text(p, "Description", what + " Description").orElse(""),
        defaultValue,
        allowedValues(p, what),
        fields.text(p, "AllowedPattern", what + " AllowedPattern").orElse(""),
        fields.text(p, "ConstraintDescription", what + " ConstraintDescription").orElse(""),
        fields.text(p, "MinLength", what + " MinLength").orElse(""),
        fields.text(p, "MaxLength", what + " MaxLength").orElse(""),
        fields.text(p, "MinValue", what + " MinValue").orElse(""),
        fields.text(p, "MaxValue", what + " MaxValue").orElse(""),
        noEcho,
        iface.labels().getOrDefault(name, ""),
        iface.groupOf(name),
        section.keyLocation(name));
  }

  /** A default as CloudFormation sees it: scalars as text, a list (CommaDelimitedList) joined with commas. */
  private Optional<String> defaultText(Node node) {
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode s) {
      return Optional.of(s.text());
    }
    if (node instanceof ListNode list && list.items().stream().allMatch(i -> i instanceof ScalarNode)) {
      List<String> parts = new ArrayList<>();
      list.items().forEach(i -> parts.add(((ScalarNode) i).text()));
      return Optional.of(String.join(",", parts));
    }
    problems.error("wrong-type", "a parameter Default must be a string, found " + NodeKinds.describe(node),
        node.location());
    return Optional.empty();
  }

  private boolean noEcho(MapNode p, String what) {
    Node node = p.get("NoEcho");
    if (node == null) {
      return false;
    }
    if (node instanceof ScalarNode s && s.value() instanceof Boolean b) {
      return b;
    }
    if (node instanceof ScalarNode s && s.isString()) {
      String t = s.text().toLowerCase(Locale.ROOT);
      if (t.equals("true") || t.equals("false")) {
        return t.equals("true");
      }
    }
    problems.error("wrong-type", what + " NoEcho must be true or false, found " + NodeKinds.describe(node),
        node.location());
    return true; // when in doubt, hide the default
  }

  private List<String> allowedValues(MapNode p, String what) {
    Node node = p.get("AllowedValues");
    if (node instanceof ScalarNode s && !s.isNull()) {
      problems.error("wrong-type", what + " AllowedValues must be a list, found " + NodeKinds.describe(node),
          node.location());
      return List.of();
    }
    return fields.textOrList(p, "AllowedValues", what + " AllowedValues");
  }
}
