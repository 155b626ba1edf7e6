package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Loops;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Reference.Kind;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed template's top-level mapping → {@link Stack}, reporting every section problem and going on. */
final class StackReader {
  static final List<String> SECTIONS =
      List.of("AWSTemplateFormatVersion", "Description", "Metadata", "Parameters", "Rules", "Mappings",
          "Conditions", "Transform", "Resources", "Outputs", "Hooks", "Globals");

  private static final Set<String> NESTED_STACK_TYPES = Set.of("AWS::CloudFormation::Stack");

  private final Problems problems;
  private final Fields fields;

  StackReader(Problems problems) {
    this.problems = problems;
    this.fields = new Fields(problems);
  }

  Stack read(MapNode root, TemplateFormat format, String stackName, String file) {
    boolean noSection = notATemplate(root);
    for (String key : root.entries().keySet()) {
      if (!SECTIONS.contains(key) && !noSection) { // one error says it all when no key is a section
        problems.warn("unknown-section", "unknown top-level section '" + key + "'; expected one of "
            + String.join(", ", SECTIONS.subList(0, 10)), root.keyLocation(key));
      }
    }
    fields.text(root, "AWSTemplateFormatVersion", "AWSTemplateFormatVersion").ifPresent(v -> {
      if (!v.equals("2010-09-09")) {
        problems.error("invalid-format-version", "AWSTemplateFormatVersion '" + v
            + "' is not valid; the only version is '2010-09-09'", root.get("AWSTemplateFormatVersion").location());
      }
    });
    String description = fields.text(root, "Description", "Description").orElse("");
    Optional<MapNode> metadata = fields.mapping(root, "Metadata", "Metadata");
    InterfaceMetadata iface = InterfaceMetadata.read(metadata, problems);
    List<Parameter> parameters = fields.mapping(root, "Parameters", "Parameters")
        .map(p -> new ParameterSection(problems).read(p, iface)).orElse(List.of());
    Optional<MapNode> mappings = fields.mapping(root, "Mappings", "Mappings");
    Optional<MapNode> rules = fields.mapping(root, "Rules", "Rules");
    Map<String, Node> conditions = new LinkedHashMap<>();
    Map<String, Node> conditionLoops = new LinkedHashMap<>();
    fields.mapping(root, "Conditions", "Conditions").ifPresent(c -> c.entries().forEach((name, expr) ->
        (LogicalIds.isLoop(name) ? conditionLoops : conditions).put(name, expr)));
    List<String> transforms = SectionShapes.transforms(root, problems);
    Optional<MapNode> rawResources = resourcesSection(root);
    List<Resource> resources = rawResources.isPresent() || root.has("Resources")
        ? new ResourceSection(problems).read(root.get("Resources")) : List.of();
    StaticValues values = new StaticValues(stackName, parameters);
    Optional<MapNode> rawOutputs = fields.mapping(root, "Outputs", "Outputs");
    List<Output> outputs = rawOutputs.map(o -> new OutputSection(problems).read(o, values)).orElse(List.of());

    grammar(root, transforms, conditions);

    ReferenceCollector refs = new ReferenceCollector(values);
    rawResources.ifPresent(raw -> resources.forEach(r -> resourceReferences(r, (MapNode) raw.get(r.logicalId()),
        refs, values)));
    rawOutputs.ifPresent(raw -> outputs.forEach(o ->
        outputReferences(o, (MapNode) raw.get(o.name()), refs)));
    conditions.forEach((name, expr) -> refs.walkCondition("Conditions." + name, "", expr));

    Loops loops = new Loops(loops(rawResources), loops(rawOutputs), conditionLoops);
    Stack stack = new Stack(stackName, file, format.id(), description, transforms, metadata, parameters,
        iface.groups(), mappings, conditions, rules, resources, outputs, refs.references(), Optional.empty(),
        fields.mapping(root, "Globals", "Globals"), Optional.empty(), Optional.empty());
    return loops.isEmpty() ? stack : stack.withLoops(loops);
  }

  /**
   * The shapes CloudFormation's grammar requires of every expression (conditions, properties, metadata, policies,
   * outputs; loops' fragments too) and of the sections' value types; conditions that refer to each other.
   */
  private void grammar(MapNode root, List<String> transforms, Map<String, Node> conditions) {
    IntrinsicGrammar grammar = new IntrinsicGrammar(problems, transforms.contains("AWS::LanguageExtensions"));
    conditions.values().forEach(grammar::check);
    if (root.get("Resources") instanceof MapNode resources) {
      SectionShapes.samEvents(resources, problems);
      resources.entries().values().forEach(r -> {
        if (r instanceof MapNode m) {
          for (String key : List.of("Properties", "Metadata", "CreationPolicy", "UpdatePolicy")) {
            if (m.has(key)) {
              grammar.check(m.get(key));
            }
          }
        }
      });
    }
    if (root.get("Outputs") instanceof MapNode outputs) {
      SectionShapes.outputValues(outputs, problems);
      outputs.entries().values().forEach(grammar::check);
    }
    ConditionCycles.check(conditions, problems);
  }

  /** The {@code Fn::ForEach::*} entries of a section, as written. */
  private static Map<String, Node> loops(Optional<MapNode> section) {
    Map<String, Node> out = new LinkedHashMap<>();
    section.ifPresent(s -> s.entries().forEach((key, value) -> {
      if (LogicalIds.isLoop(key)) {
        out.put(key, value);
      }
    }));
    return out;
  }

  private Optional<MapNode> resourcesSection(MapNode root) {
    Node node = root.get("Resources");
    if (node == null) {
      problems.error("missing-resources", "missing Resources section; a template needs at least one resource"
          + (notATemplate(root) ? ". None of its top-level keys (" + String.join(", ", root.entries().keySet()
              .stream().limit(5).toList()) + (root.entries().size() > 5 ? ", ..." : "") + ") is a CloudFormation"
              + " section: if this file is not a template (a build spec, a configuration file), leave it out of the"
              + " template folder or list it in excludes" : ""),
          root.location());
    }
    return node instanceof MapNode m ? Optional.of(m) : Optional.empty();
  }

  /** A mapping with keys, none of them a template section: most likely some other YAML or JSON file. */
  private static boolean notATemplate(MapNode root) {
    return !root.entries().isEmpty() && root.entries().keySet().stream().noneMatch(SECTIONS::contains);
  }

  static void resourceReferences(Resource r, MapNode raw, ReferenceCollector refs,
      StaticValues values) {
    String id = r.logicalId();
    resourceExpressions(r, refs);
    Node dependsOn = raw.get("DependsOn");
    if (dependsOn instanceof ScalarNode s && !s.isNull()) {
      refs.add(Kind.DEPENDS_ON, id, s.text(), "", "DependsOn", s.location());
    } else if (dependsOn instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof ScalarNode s && !s.isNull()) {
          refs.add(Kind.DEPENDS_ON, id, s.text(), "", "DependsOn", s.location());
        }
      }
    }
    if (!r.condition().isEmpty()) {
      refs.add(Kind.CONDITION, id, r.condition(), "", "Condition", raw.get("Condition").location());
    }
    if (NESTED_STACK_TYPES.contains(r.type()) && r.properties().has("TemplateURL")) {
      Node url = r.properties().get("TemplateURL");
      refs.add(Kind.NESTED_STACK, id, values.describe(url), "",
          "Properties.TemplateURL", url.location());
    }
  }

  /**
   * The references in a resource's expressions: its properties, metadata and creation and update policies (what
   * binding collects again from the branches that take effect; the attributes around them are stated, not computed).
   */
  static void resourceExpressions(Resource r, ReferenceCollector refs) {
    String id = r.logicalId();
    refs.walk(id, "Properties", r.properties());
    r.metadata().ifPresent(n -> refs.walk(id, "Metadata", n));
    r.creationPolicy().ifPresent(n -> refs.walk(id, "CreationPolicy", n));
    r.updatePolicy().ifPresent(n -> refs.walk(id, "UpdatePolicy", n));
  }

  /** The references in an output's expressions: its value and export name. */
  static void outputExpressions(Output o, ReferenceCollector refs) {
    String source = "Outputs." + o.name();
    refs.walk(source, "Value", o.value());
    o.exportName().ifPresent(name -> refs.walk(source, "Export.Name", name));
  }

  static void outputReferences(Output o, MapNode raw, ReferenceCollector refs) {
    String source = "Outputs." + o.name();
    outputExpressions(o, refs);
    if (!o.condition().isEmpty()) {
      refs.add(Kind.CONDITION, source, o.condition(), "", "Condition", raw.get("Condition").location());
    }
  }
}
