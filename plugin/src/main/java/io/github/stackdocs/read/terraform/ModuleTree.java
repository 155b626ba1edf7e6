package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.JsonFields;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules of one plan or state, by configuration path ({@code ""} for the root module, {@code module.a.module.b}
 * for a child, instance keys left out): the resource instances of {@code planned_values} (plan) or {@code values}
 * (state) grouped under their configuration address, and each module's {@code configuration} block with its calls.
 * Bad shapes are located findings through {@link JsonFields}; modules nested deeper than the limit are left out with
 * one finding.
 */
final class ModuleTree {
  /** One resource instance as the values write it. */
  record Instance(String address, JsonNode values, JsonNode marks, String pointer, JsonNode dependsOn) {}

  /** The instances of one configuration resource. */
  static final class Group {
    final String address;
    final String type;
    final String provider;
    final List<Instance> instances = new ArrayList<>();

    Group(String address, String type, String provider) {
      this.address = address;
      this.type = type;
      this.provider = provider;
    }
  }

  /** One module: its resources, its configuration, the call that makes it (empty for the root). */
  static final class Module {
    final String path;
    final Map<String, Group> groups = new LinkedHashMap<>();
    JsonNode config = MissingNode.getInstance();
    String configPointer = "";
    JsonNode call = MissingNode.getInstance();
    String callPointer = "";
    String valuesPointer = "";

    Module(String path) {
      this.path = path;
    }

    String parent() {
      List<String> parts = Addresses.parts(path);
      return parts.size() <= 2 ? "" : String.join(".", parts.subList(0, parts.size() - 2));
    }

    String callName() {
      List<String> parts = Addresses.parts(path);
      return parts.isEmpty() ? "" : parts.get(parts.size() - 1);
    }
  }

  final Map<String, Module> modules = new LinkedHashMap<>();
  int dataSources;
  boolean tooDeep;
  private final JsonFields fields;
  private final InputLimits limits;
  private final Map<String, JsonNode> changeMarks;

  /** @param changeMarks {@code after_sensitive} of each resource change, by address */
  ModuleTree(JsonFields fields, InputLimits limits, Map<String, JsonNode> changeMarks) {
    this.fields = fields;
    this.limits = limits;
    this.changeMarks = changeMarks;
    modules.put("", new Module(""));
  }

  Module module(String path) {
    return modules.computeIfAbsent(path, Module::new);
  }

  /** Reads the values' modules ({@code root_module} with its {@code child_modules}) at {@code pointer}. */
  void values(JsonNode module, String pointer, int depth) {
    if (!module.isObject()) {
      return;
    }
    if (depth > limits.nestingDepth()) {
      tooDeep = true;
      return;
    }
    String moduleAddress = fields.string(module, pointer, "address");
    if (!moduleAddress.isEmpty()) {
      Module m = module(Addresses.withoutKeys(moduleAddress));
      if (m.valuesPointer.isEmpty()) {
        m.valuesPointer = pointer;
      }
    }
    int i = 0;
    for (JsonNode r : fields.array(module, pointer, "resources")) {
      String at = pointer + "/resources/" + i++;
      if (!r.isObject()) {
        fields.wrong(at, "a resource is " + JsonFields.kind(r), "an object with address, type and values");
        continue;
      }
      String address = fields.string(r, at, "address");
      String type = fields.string(r, at, "type");
      if (address.isEmpty() || type.isEmpty()) {
        fields.error(at, "a resource without address or type at JSON path " + at + "; expected both");
        continue;
      }
      if (!moduleAddress.isEmpty() && !address.startsWith(moduleAddress + ".")) {
        address = moduleAddress + "." + address; // Terraform 0.12 left the module out of child modules' addresses
      }
      if ("data".equals(fields.string(r, at, "mode"))) {
        dataSources++;
        continue;
      }
      String config = Addresses.withoutKeys(address);
      Module m = module(Addresses.modulePath(config));
      Group g = m.groups.computeIfAbsent(config, a -> new Group(a, type, fields.string(r, at, "provider_name")));
      JsonNode marks = Marks.union(r.path("sensitive_values"), changeMarks.getOrDefault(address,
          MissingNode.getInstance()));
      g.instances.add(new Instance(address, fields.object(r, at, "values"), marks, at + "/values",
          r.path("depends_on")));
    }
    int j = 0;
    for (JsonNode child : fields.array(module, pointer, "child_modules")) {
      values(child, pointer + "/child_modules/" + j++, depth + 1);
    }
  }

  /** Reads a module's {@code configuration} block at {@code pointer} and its module calls, recursively. */
  void configuration(String path, JsonNode config, String pointer, int depth) {
    if (!config.isObject()) {
      return;
    }
    if (depth > limits.nestingDepth()) {
      tooDeep = true;
      return;
    }
    Module m = module(path);
    m.config = config;
    m.configPointer = pointer;
    JsonNode calls = fields.object(config, pointer, "module_calls");
    Iterator<Map.Entry<String, JsonNode>> it = calls.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> call = it.next();
      String at = JsonFields.pointer(pointer + "/module_calls", call.getKey());
      String child = Addresses.join(path, "module." + call.getKey());
      Module c = module(child);
      c.call = call.getValue();
      c.callPointer = at;
      configuration(child, call.getValue().path("module"), at + "/module", depth + 1);
    }
  }
}
