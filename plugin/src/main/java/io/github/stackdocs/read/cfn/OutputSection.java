package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.SourceLocation;
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
      entry(name, e.getValue(), section.keyLocation(name), values).ifPresent(out::add);
    }
    return out;
  }

  /** One entry of the section: its name (at {@code at}) and what is written for it. */
  Optional<Output> entry(String name, Node value, SourceLocation at, StaticValues values) {
    LogicalIds.check(name, "output", at, problems);
    if (!(value instanceof MapNode o)) {
      problems.error("wrong-type", "output '" + name + "' must be a mapping with a Value, found "
          + NodeKinds.describe(value), value.location());
      return Optional.empty();
    }
    return Optional.of(output(name, o, at, values));
  }

  private Output output(String name, MapNode o, SourceLocation at, StaticValues values) {
    String what = "output '" + name + "'";
    Node value = o.get("Value");
    if (value == null || value instanceof ScalarNode s && s.isNull()) {
      problems.error("missing-value", what + " has no Value", at);
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
        at);
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
