package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code Outputs} section → {@link Output}s, with export names computed where they are static. */
final class OutputSection {
  private static final Set<String> KNOWN = Set.of("Value", "Description", "Export", "Condition");

  private final Problems problems;
  private final Fields fields;

  OutputSection(Problems problems) {
    this.problems = problems;
    this.fields = new Fields(problems);
  }

  List<Output> read(MapNode section, StaticValues values) {
    List<Output> out = new ArrayList<>();
    for (Map.Entry<String, Node> e : section.entries().entrySet()) {
      String name = e.getKey();
      if (LogicalIds.isIntrinsic(name)) {
        continue;
      }
      LogicalIds.check(name, "output", section.keyLocation(name), problems);
      if (!(e.getValue() instanceof MapNode o)) {
        problems.error("wrong-type", "output '" + name + "' must be a mapping with a Value, found "
            + NodeKinds.describe(e.getValue()), e.getValue().location());
        continue;
      }
      out.add(output(name, o, section, values));
    }
    return out;
  }

  private Output output(String name, MapNode o, MapNode section, StaticValues values) {
    String what = "output '" + name + "'";
    Node value = o.get("Value");
    if (value == null || value instanceof ScalarNode s && s.isNull()) {
      problems.error("missing-value", what + " has no Value", section.keyLocation(name));
      value = new ScalarNode(null, o.location());
    }
    for (String key : o.entries().keySet()) {
      if (!KNOWN.contains(key)) {
        problems.warn("unknown-attribute", what + " has an unknown attribute '" + key
            + "'; expected Value, Description, Export or Condition", o.keyLocation(key));
      }
    }
    Optional<Node> exportName = exportName(o, what);
    return new Output(
        name,
        fields.text(o, "Description", what + " Description").orElse(""),
        value,
        exportName,
        exportName.flatMap(values::resolve),
        fields.text(o, "Condition", what + " Condition").orElse(""),
        section.keyLocation(name));
  }

  private Optional<Node> exportName(MapNode o, String what) {
    Optional<MapNode> export = fields.mapping(o, "Export", what + " Export");
    if (export.isEmpty()) {
      return Optional.empty();
    }
    Node name = export.get().get("Name");
    boolean blank = name == null || (name instanceof Node.ScalarNode s && s.text().isBlank());
    if (blank) {
      problems.error("missing-value", what + " Export has no Name; expected the name other stacks import",
          name == null ? o.keyLocation("Export") : name.location());
      return Optional.empty();
    }
    return Optional.of(name);
  }
}
