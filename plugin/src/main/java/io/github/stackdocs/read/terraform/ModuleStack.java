package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.model.NestedStacks;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SecretValues;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.JsonFields;
import io.github.stackdocs.read.JsonPositions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The contents of one module's stack: its resources (one per configuration resource, its {@code count}/{@code
 * for_each} instances listed in the {@code Terraform} metadata, the first instance's values as properties), one
 * {@code AWS::CloudFormation::Stack} resource per module call (named by the call's address, the child module's
 * stack nested in it), its variables as parameters (a sensitive one like a NoEcho parameter), its outputs, and the
 * references its configuration lists ({@code references} of every expression, {@code depends_on}; for state without
 * configuration, the resources' {@code depends_on}).
 */
final class ModuleStack {
  /** Instances listed in a resource's metadata at most; the rest are counted. */
  static final int LISTED_INSTANCES = 100;
  private static final Set<String> NOT_RESOURCES = Set.of("data", "local", "each", "count", "path", "terraform",
      "self", "var", "module");

  private final TypeMapping table;
  private final ResourceCatalog catalog;
  private final JsonPositions positions;
  private final Values values;
  private final String file;
  private final Map<String, Integer> unmapped;

  final List<Resource> resources = new ArrayList<>();
  final List<Reference> references = new ArrayList<>();
  final List<Parameter> parameters = new ArrayList<>();
  final List<Output> outputs = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> calls = new HashSet<>();

  ModuleStack(TypeMapping table, ResourceCatalog catalog, JsonPositions positions, String file,
      Map<String, Integer> unmapped, Set<String> secrets) {
    this.table = table;
    this.catalog = catalog;
    this.positions = positions;
    this.values = new Values(positions, secrets);
    this.file = file;
    this.unmapped = unmapped;
  }

  /** A resource's Terraform type and the CloudFormation type it maps to. */
  private record Typed(String tfType, ResourceTypeInfo info) {}

  void build(ModuleTree.Module m, List<ModuleTree.Module> children, JsonNode rootOutputs, String outputsPointer,
      Map<String, JsonNode> outputMarks) {
    m.groups.values().forEach(this::resource);
    children.forEach(this::call);
    variables(m);
    configReferences(m);
    if (m.config.isMissingNode()) {
      stateDependencies(m);
    }
    outputs(m, rootOutputs, outputsPointer, outputMarks);
  }

  private void resource(ModuleTree.Group g) {
    Optional<ResourceTypeInfo> info = table.cfnType(g.type).flatMap(catalog::type);
    if (info.isEmpty()) {
      unmapped.merge(g.type, 1, Integer::sum);
    }
    ModuleTree.Instance first = g.instances.get(0);
    Node.MapNode properties = values.properties(table, g.type, info, first.values(), first.marks(), first.pointer());
    SourceLocation at = positions.at(first.pointer().substring(0, first.pointer().length() - "/values".length()));
    Map<String, Node> tf = new LinkedHashMap<>();
    tf.put("Address", Node.string(g.address, at));
    tf.put("Type", Node.string(g.type, at));
    if (!g.provider.isEmpty()) {
      tf.put("Provider", Node.string(g.provider, at));
    }
    if (g.instances.size() > 1 || !first.address().equals(g.address)) {
      List<Node> listed = new ArrayList<>();
      g.instances.stream().limit(LISTED_INSTANCES).forEach(i -> listed.add(Node.string(i.address(), at)));
      tf.put("Instances", new Node.ListNode(listed, at));
      if (g.instances.size() > LISTED_INSTANCES) {
        tf.put("MoreInstances", new Node.ScalarNode((long) (g.instances.size() - LISTED_INSTANCES), at));
      }
    }
    Node metadata = new Node.MapNode(Map.of("Terraform", new Node.MapNode(tf, Map.of(), at)), Map.of(), at);
    resources.add(new Resource(g.address, info.map(ResourceTypeInfo::name).orElse(g.type), properties, List.of(), "",
        "", "", Optional.of(metadata), Optional.empty(), Optional.empty(), at));
    ids.add(g.address);
  }

  private void call(ModuleTree.Module child) {
    String pointer = child.callPointer.isEmpty() ? child.valuesPointer : child.callPointer;
    SourceLocation at = positions.at(pointer);
    String source = child.call.path("source").asText("");
    Map<String, Node> props = new LinkedHashMap<>();
    props.put("TemplateURL", Node.string(source.isEmpty() ? child.path : source, at));
    resources.add(new Resource(child.path, NestedStacks.STACK, new Node.MapNode(props, Map.of(), at), List.of(), "",
        "", "", Optional.empty(), Optional.empty(), Optional.empty(), at));
    ids.add(child.path);
    calls.add(child.path);
    references.add(new Reference(Reference.Kind.NESTED_STACK, child.path, source.isEmpty() ? child.path : source, "",
        "", "Properties.TemplateURL", at));
    expressions(child.path, "Properties.Parameters", child.parent(), child.call.path("expressions"),
        child.callPointer + "/expressions", null);
    dependsOn(child.path, child.parent(), child.call, child.callPointer);
  }

  private void variables(ModuleTree.Module m) {
    Iterator<Map.Entry<String, JsonNode>> it = m.config.path("variables").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> v = it.next();
      JsonNode d = v.getValue();
      boolean sensitive = d.path("sensitive").asBoolean(false) || SecretValues.isSecretName(v.getKey());
      JsonNode def = d.path("default");
      Optional<String> defaultValue = d.has("default") ? Optional.of(def.isValueNode() ? def.asText()
          : def.toString()) : Optional.empty();
      parameters.add(new Parameter(v.getKey(), "String", d.path("description").asText(""), defaultValue, List.of(),
          "", "", "", "", "", "", sensitive, "", "", positions.at(JsonFields.pointer(m.configPointer + "/variables",
          v.getKey()))));
    }
  }

  private void configReferences(ModuleTree.Module m) {
    int i = 0;
    for (JsonNode r : m.config.path("resources")) {
      String at = m.configPointer + "/resources/" + i++;
      if (!"managed".equals(r.path("mode").asText("managed"))) {
        continue;
      }
      String address = Addresses.join(m.path, r.path("type").asText("") + "." + r.path("name").asText(""));
      if (!ids.contains(address)) {
        continue; // not planned (count = 0) or not in this state
      }
      Optional<ResourceTypeInfo> info = resources.stream().filter(x -> x.logicalId().equals(address)).findFirst()
          .flatMap(x -> catalog.type(x.type()));
      expressions(address, "Properties", m.path, r.path("expressions"), at + "/expressions",
          info.map(t -> new Typed(r.path("type").asText(""), t)).orElse(null));
      for (String meta : List.of("count_expression", "for_each_expression")) {
        if (r.has(meta)) {
          expression(address, meta, m.path, r.get(meta), at + "/" + meta);
        }
      }
      dependsOn(address, m.path, r, at);
    }
  }

  /**
   * The references of an expressions block: each attribute (a property, or for a call an input) holds {@code
   * references}, or nested blocks (lists of expression objects).
   */
  private void expressions(String source, String path, String module, JsonNode block, String pointer,
      Typed typed) {
    Iterator<Map.Entry<String, JsonNode>> it = block.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = e.getKey();
      if (typed != null) {
        name = PropertyNames.topLevel(table, typed.tfType(), typed.info(), name).map(p -> p.name()).orElse(name);
      }
      String at = JsonFields.pointer(pointer, e.getKey());
      JsonNode v = e.getValue();
      if (v.isArray()) {
        for (int i = 0; i < v.size(); i++) {
          expressions(source, path + "." + name + "." + i, module, v.get(i), at + "/" + i, null);
        }
      } else if (v.has("references")) {
        expression(source, path + "." + name, module, v, at);
      } else if (v.isObject() && !v.has("constant_value")) {
        expressions(source, path + "." + name, module, v, at, null);
      }
    }
  }

  /** The references of one expression ({@code {"references": [...]}}), one per target. */
  private void expression(String source, String path, String module, JsonNode expression, String pointer) {
    Set<String> seen = new HashSet<>();
    int i = 0;
    for (JsonNode ref : expression.path("references")) {
      SourceLocation at = positions.at(pointer + "/references/" + i++);
      Optional<Reference> r = resolve(source, path, module, ref.asText(""), at);
      if (r.isPresent() && seen.add(r.get().target())) {
        references.add(r.get());
      }
    }
  }

  /** A traversal of the configuration ({@code aws_vpc.main.id}, {@code var.x}, {@code module.db.endpoint}). */
  private Optional<Reference> resolve(String source, String path, String module, String traversal,
      SourceLocation at) {
    List<String> parts = Addresses.parts(traversal);
    if (parts.size() < 2) {
      return Optional.empty();
    }
    String head = parts.get(0);
    String second = Addresses.withoutKeys(parts.get(1));
    if (head.equals("var")) {
      boolean known = parameters.stream().anyMatch(p -> p.name().equals(second));
      return known ? Optional.of(new Reference(Reference.Kind.REF, source, second, "", "", path, at))
          : Optional.empty();
    }
    if (head.equals("module")) {
      String call = Addresses.join(module, "module." + second);
      if (!calls.contains(call) || call.equals(source)) {
        return Optional.empty();
      }
      return Optional.of(parts.size() > 2
          ? new Reference(Reference.Kind.GET_ATT, source, call, "Outputs." + Addresses.withoutKeys(parts.get(2)), "",
              path, at)
          : new Reference(Reference.Kind.REF, source, call, "", "", path, at));
    }
    if (NOT_RESOURCES.contains(head)) {
      return Optional.empty();
    }
    String target = Addresses.join(module, head + "." + second);
    if (!ids.contains(target) || target.equals(source)) {
      return Optional.empty();
    }
    return Optional.of(parts.size() > 2
        ? new Reference(Reference.Kind.GET_ATT, source, target, Addresses.withoutKeys(parts.get(2)), "", path, at)
        : new Reference(Reference.Kind.REF, source, target, "", "", path, at));
  }

  private void dependsOn(String source, String module, JsonNode config, String pointer) {
    int i = 0;
    for (JsonNode d : config.path("depends_on")) {
      SourceLocation at = positions.at(pointer + "/depends_on/" + i++);
      resolve(source, "DependsOn", module, d.asText(""), at).ifPresent(r -> references.add(
          new Reference(Reference.Kind.DEPENDS_ON, r.source(), r.target(), "", "", "DependsOn", at)));
    }
  }

  /** State written without configuration: the resources' {@code depends_on} (full addresses). */
  private void stateDependencies(ModuleTree.Module m) {
    for (ModuleTree.Group g : m.groups.values()) {
      Set<String> seen = new HashSet<>();
      for (ModuleTree.Instance inst : g.instances) {
        String at = inst.pointer().substring(0, inst.pointer().length() - "/values".length());
        int i = 0;
        for (JsonNode d : inst.dependsOn()) {
          String target = Addresses.withoutKeys(d.asText(""));
          SourceLocation l = positions.at(at + "/depends_on/" + i++);
          if (ids.contains(target) && !target.equals(g.address) && seen.add(target)) {
            references.add(new Reference(Reference.Kind.DEPENDS_ON, g.address, target, "", "", "DependsOn", l));
          }
        }
      }
    }
  }

  private void outputs(ModuleTree.Module m, JsonNode rootOutputs, String outputsPointer,
      Map<String, JsonNode> outputMarks) {
    Map<String, JsonNode> config = new LinkedHashMap<>();
    m.config.path("outputs").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue()));
    Set<String> names = new java.util.LinkedHashSet<>(config.keySet());
    if (m.path.isEmpty()) {
      rootOutputs.fieldNames().forEachRemaining(names::add);
    }
    for (String name : names) {
      JsonNode c = config.getOrDefault(name, com.fasterxml.jackson.databind.node.MissingNode.getInstance());
      JsonNode v = m.path.isEmpty() ? rootOutputs.path(name) : com.fasterxml.jackson.databind.node.MissingNode
          .getInstance();
      String cp = JsonFields.pointer(m.configPointer + "/outputs", name);
      String vp = JsonFields.pointer(outputsPointer, name);
      SourceLocation at = positions.at(v.isMissingNode() ? cp : vp);
      boolean sensitive = c.path("sensitive").asBoolean(false) || v.path("sensitive").asBoolean(false)
          || Marks.sensitive(outputMarks.get(name));
      Node value;
      if (sensitive) {
        value = Node.string(SecretValues.MASK, at);
      } else if (v.has("value") && !v.get("value").isNull()) {
        value = values.plain(v.get("value"), v.path("sensitive_values"), vp + "/value");
      } else {
        value = Node.string("(known after apply)", at);
      }
      outputs.add(new Output(name, c.path("description").asText(""), value, Optional.empty(), Optional.empty(), "",
          at));
      if (c.has("expression")) {
        expression("Outputs." + name, "Value", m.path, c.get("expression"), cp + "/expression");
      }
    }
  }
}
