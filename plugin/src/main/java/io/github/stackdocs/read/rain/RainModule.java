package io.github.stackdocs.read.rain;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Type: !Rain::Module <file>} as {@code rain pkg} expands it. The module file's resources join the template,
 * each named the using resource's logical id followed by its own ({@code Storage} + {@code Bucket} →
 * {@code StorageBucket}); the module resource {@code ModuleExtension} keeps the using resource's logical id and
 * becomes the type its {@code Metadata.Extends} names. The using resource's properties that are module parameters
 * set them ({@code Ref} of a parameter becomes the value; a parameter's {@code Default} when not set); its other
 * properties, {@code Metadata}, policies and {@code DependsOn} are merged into {@code ModuleExtension} (the
 * template's win); {@code Overrides: {Name: {...}}} is merged into the module resource {@code Name}. Refs,
 * GetAtts, Subs and DependsOn between module resources follow the renaming; the module's Conditions join the
 * template renamed the same way, and a module resource's {@code Condition} naming a parameter takes the condition
 * the template sets it to.
 */
final class RainModule {
  /** The section listing modules by name (Rain, like {@code aws cloudformation package}, reads it). */
  static final String MODULES = "Modules";
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9_:]+)(\\.[A-Za-z0-9_.]+)?}");

  private final RainExpander expander;
  private final String path;
  private final int depth;

  RainModule(RainExpander expander, String path, int depth) {
    this.expander = expander;
    this.path = path;
    this.depth = depth;
  }

  /** The template with each module use replaced by the module's resources (and conditions). */
  MapNode expandAll(MapNode template) {
    boolean section = template.has(MODULES);
    if (!section && (!(template.get("Resources") instanceof MapNode resources)
        || resources.entries().values().stream().noneMatch(RainModule::isModule))) {
      return template;
    }
    MapNode resources = template.get("Resources") instanceof MapNode r ? r
        : new MapNode(Map.of(), Map.of(), template.location());
    Map<String, Node> outResources = new LinkedHashMap<>();
    Map<String, SourceLocation> outLocations = new LinkedHashMap<>();
    Map<String, Node> conditions = new LinkedHashMap<>();
    if (template.get("Conditions") instanceof MapNode c) {
      conditions.putAll(c.entries());
    }
    for (Map.Entry<String, Node> e : resources.entries().entrySet()) {
      SourceLocation keyAt = resources.keyLocation(e.getKey());
      if (!isModule(e.getValue())) {
        outResources.put(e.getKey(), e.getValue());
        outLocations.put(e.getKey(), keyAt);
        continue;
      }
      Optional<Expanded> expanded = expand(e.getKey(), (MapNode) e.getValue());
      if (expanded.isEmpty()) {
        continue; // left out with its finding: an unexpanded module is no resource CloudFormation knows
      }
      expanded.get().resources().forEach((id, r) -> {
        outResources.put(id, r);
        outLocations.put(id, keyAt);
      });
      conditions.putAll(expanded.get().conditions());
    }
    for (Map.Entry<String, MapNode> use : section(template).entrySet()) {
      SourceLocation keyAt = ((MapNode) template.get(MODULES)).keyLocation(use.getKey());
      expand(use.getKey(), use.getValue()).ifPresent(expanded -> {
        expanded.resources().forEach((id, r) -> {
          outResources.put(id, r);
          outLocations.put(id, keyAt);
        });
        conditions.putAll(expanded.conditions());
      });
    }
    Map<String, Node> entries = new LinkedHashMap<>(template.entries());
    entries.remove(MODULES); // rain pkg removes the section it expands
    entries.put("Resources", new MapNode(outResources, outLocations, resources.location()));
    if (!conditions.isEmpty()) {
      entries.put("Conditions", new MapNode(conditions, template.get("Conditions") instanceof MapNode c
          ? c.keyLocations() : Map.of(), template.get("Conditions") == null ? template.location()
          : template.get("Conditions").location()));
    }
    return new MapNode(entries, template.keyLocations(), template.location());
  }

  /**
   * The {@code Modules} section ({@code Name: {Source, Properties, Overrides}}), each entry as the resource
   * {@code Name: {Type: !Rain::Module Source, Properties, Overrides}} it stands for: its module's resources are named
   * {@code Name} followed by their own ids. An entry without a {@code Source} file is a WARN and left out.
   */
  private Map<String, MapNode> section(MapNode template) {
    Map<String, MapNode> uses = new LinkedHashMap<>();
    Node section = template.get(MODULES);
    if (section == null) {
      return uses;
    }
    if (!(section instanceof MapNode modules)) {
      expander.warn("the Modules section must be a mapping of names to {Source, Properties, Overrides}; ignored",
          template.keyLocation(MODULES));
      return uses;
    }
    modules.entries().forEach((name, value) -> {
      SourceLocation at = modules.keyLocation(name);
      if (!(value instanceof MapNode m) || m.get("Source") == null) {
        expander.warn("module " + name + " in the Modules section has no Source naming its file; not expanded, its"
            + " resources are left out", at);
        return;
      }
      Map<String, Node> use = new LinkedHashMap<>(m.entries());
      use.remove("Source");
      use.put("Type", new MapNode(Map.of(RainExpander.PREFIX + "Module", m.get("Source")), Map.of(),
          m.get("Source").location()));
      uses.put(name, new MapNode(use, m.keyLocations(), m.location()));
    });
    return uses;
  }

  static boolean isModule(Node resource) {
    return resource instanceof MapNode m && m.get("Type") instanceof MapNode t
        && t.singleKey().filter(k -> k.equals(RainExpander.PREFIX + "Module")).isPresent();
  }

  private record Expanded(Map<String, Node> resources, Map<String, Node> conditions) {}

  private Optional<Expanded> expand(String logicalId, MapNode use) {
    MapNode type = (MapNode) use.get("Type");
    SourceLocation at = type.location();
    if (depth >= RainExpander.MAX_DEPTH) {
      expander.warn("module " + logicalId + " is nested more than " + RainExpander.MAX_DEPTH + " levels deep; not"
          + " expanded, its resources are left out", at);
      return Optional.empty();
    }
    Node source = type.get(RainExpander.PREFIX + "Module");
    if (source instanceof MapNode m && m.get("Source") != null) {
      source = m.get("Source");
    }
    Optional<RainExpander.File> file = expander.file(source, at, path, "Module");
    if (file.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> parsed = expander.parser().parse(file.get().path(), file.get().bytes(), expander.findings);
    if (parsed.isEmpty() || !(parsed.get() instanceof MapNode parsedMap)
        || !(parsedMap.get("Resources") instanceof MapNode)) {
      expander.warn("module " + logicalId + ": " + file.get().path() + " is not a module (a mapping with"
          + " Resources); not expanded, its resources are left out", at);
      return Optional.empty();
    }
    MapNode module = expander.template(parsedMap, file.get().path(), depth + 1);
    MapNode moduleResources = (MapNode) module.get("Resources");
    Map<String, Node> props = use.get("Properties") instanceof MapNode p ? p.entries() : Map.of();
    Map<String, Node> params = new LinkedHashMap<>();
    if (module.get("Parameters") instanceof MapNode declared) {
      for (Map.Entry<String, Node> p : declared.entries().entrySet()) {
        Node value = props.get(p.getKey());
        if (value == null && p.getValue() instanceof MapNode d && d.get("Default") != null) {
          value = d.get("Default");
        }
        if (value == null) {
          expander.warn("module " + logicalId + " (" + file.get().path() + ") sets no value for its parameter "
              + p.getKey() + ", which has no Default; its Refs are left as written", at);
          continue;
        }
        params.put(p.getKey(), value);
      }
    }
    Renamer renamer = new Renamer(logicalId, moduleResources.entries().keySet(),
        module.get("Conditions") instanceof MapNode c ? c.entries().keySet() : java.util.Set.of(), params);
    Map<String, Node> overrides = use.get("Overrides") instanceof MapNode o ? o.entries() : Map.of();
    Map<String, Node> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : moduleResources.entries().entrySet()) {
      if (!(e.getValue() instanceof MapNode resource)) {
        continue;
      }
      boolean extension = e.getKey().equals("ModuleExtension");
      Map<String, Node> entries = new LinkedHashMap<>(resource.entries());
      if (extension) {
        extend(entries, use, params, logicalId, at);
      } else if (resource.get("Condition") instanceof ScalarNode c && params.get(c.text()) instanceof ScalarNode set) {
        entries.put("Condition", set);
      }
      if (overrides.get(e.getKey()) instanceof MapNode o) {
        o.entries().forEach((k, v) -> entries.merge(k, v, RainModule::merge));
      }
      Node renamed = renamer.node(new MapNode(entries, resource.keyLocations(), resource.location()));
      out.put(renamer.rename(e.getKey()), renamed);
    }
    Map<String, Node> conditions = new LinkedHashMap<>();
    if (module.get("Conditions") instanceof MapNode c) {
      c.entries().forEach((k, v) -> conditions.put(renamer.renameCondition(k), renamer.node(v)));
    }
    return Optional.of(new Expanded(out, conditions));
  }

  /** ModuleExtension: the extended type, the template's other properties and attributes merged in. */
  private void extend(Map<String, Node> entries, MapNode use, Map<String, Node> params, String logicalId,
      SourceLocation at) {
    Node extendsType = entries.get("Metadata") instanceof MapNode meta ? meta.get("Extends") : null;
    if (!(extendsType instanceof ScalarNode t) || t.text().isEmpty()) {
      expander.warn("module " + logicalId + ": its ModuleExtension has no Metadata.Extends naming the type it"
          + " extends", at);
    } else {
      entries.put("Type", t);
      Map<String, Node> meta = new LinkedHashMap<>(((MapNode) entries.get("Metadata")).entries());
      meta.remove("Extends");
      if (meta.isEmpty()) {
        entries.remove("Metadata");
      } else {
        entries.put("Metadata", new MapNode(meta, Map.of(), entries.get("Metadata").location()));
      }
    }
    for (String attribute : List.of("Properties", "Metadata", "CreationPolicy", "UpdatePolicy")) {
      if (use.get(attribute) instanceof MapNode given) {
        Map<String, Node> merged = entries.get(attribute) instanceof MapNode m ? new LinkedHashMap<>(m.entries())
            : new LinkedHashMap<>();
        given.entries().forEach((k, v) -> {
          if (!attribute.equals("Properties") || !params.containsKey(k)) {
            merged.put(k, new Keep(v).node());
          }
        });
        entries.put(attribute, new MapNode(merged, Map.of(), given.location()));
      }
    }
    for (String attribute : List.of("DeletionPolicy", "UpdateReplacePolicy", "Condition")) {
      if (use.get(attribute) != null) {
        entries.put(attribute, new Keep(use.get(attribute)).node());
      }
    }
    if (use.get("DependsOn") != null) {
      List<Node> depends = new ArrayList<>();
      if (entries.get("DependsOn") instanceof ListNode l) {
        depends.addAll(l.items());
      } else if (entries.get("DependsOn") != null) {
        depends.add(entries.get("DependsOn"));
      }
      if (use.get("DependsOn") instanceof ListNode l) {
        depends.addAll(l.items().stream().map(n -> (Node) new Keep(n).node()).toList());
      } else {
        depends.add(new Keep(use.get("DependsOn")).node());
      }
      entries.put("DependsOn", new ListNode(depends, use.get("DependsOn").location()));
    }
  }

  /** A value from the using template, marked so the renamer leaves its names alone. */
  private record Keep(Node value) {
    static final String KEY = "\u0000keep";

    Node node() {
      return new MapNode(Map.of(KEY, value), Map.of(), value.location());
    }
  }

  /** Deep merge of an override into a module value: mappings key by key, anything else replaced. */
  private static Node merge(Node base, Node override) {
    if (base instanceof MapNode b && override instanceof MapNode o && !isFunction(o)) {
      Map<String, Node> entries = new LinkedHashMap<>(b.entries());
      o.entries().forEach((k, v) -> entries.merge(k, v, RainModule::merge));
      return new MapNode(entries, b.keyLocations(), b.location());
    }
    return new Keep(override).node();
  }

  private static boolean isFunction(MapNode m) {
    return m.singleKey().filter(k -> k.equals("Ref") || k.startsWith("Fn::")).isPresent();
  }

  /** Renames module names and puts in parameter values; values from the template ({@link Keep}) stay as written. */
  private static final class Renamer {
    private final String prefix;
    private final java.util.Set<String> resources;
    private final java.util.Set<String> conditions;
    private final Map<String, Node> params;

    Renamer(String prefix, java.util.Set<String> resources, java.util.Set<String> conditions,
        Map<String, Node> params) {
      this.prefix = prefix;
      this.resources = resources;
      this.conditions = conditions;
      this.params = params;
    }

    String rename(String name) {
      return name.equals("ModuleExtension") ? prefix : prefix + name;
    }

    String renameCondition(String name) {
      return prefix + name;
    }

    Node node(Node node) {
      if (node instanceof ListNode l) {
        return new ListNode(l.items().stream().map(this::node).toList(), l.location());
      }
      if (node instanceof ScalarNode) {
        return node;
      }
      MapNode m = (MapNode) node;
      Optional<String> key = m.singleKey();
      if (key.isPresent() && key.get().equals(Keep.KEY)) {
        return m.get(Keep.KEY);
      }
      if (key.isPresent() && key.get().equals("Ref") && m.get("Ref") instanceof ScalarNode r) {
        if (params.containsKey(r.text())) {
          return params.get(r.text());
        }
        return resources.contains(r.text()) ? ref(m, Node.string(rename(r.text()), r.location())) : m;
      }
      if (key.isPresent() && key.get().equals("Fn::GetAtt")) {
        return getAtt(m);
      }
      if (key.isPresent() && key.get().equals("Fn::Sub")) {
        return sub(m);
      }
      if (key.isPresent() && key.get().equals("Condition") && m.get("Condition") instanceof ScalarNode c
          && conditions.contains(c.text())) {
        return ref(m, Node.string(renameCondition(c.text()), c.location()));
      }
      Map<String, Node> entries = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> entries.put(k, renamedEntry(k, v)));
      return new MapNode(entries, m.keyLocations(), m.location());
    }

    private Node renamedEntry(String key, Node value) {
      if (key.equals("DependsOn")) {
        if (value instanceof ScalarNode s) {
          return resources.contains(s.text()) ? Node.string(rename(s.text()), s.location()) : s;
        }
        if (value instanceof ListNode l) {
          return new ListNode(l.items().stream().map(i -> i instanceof ScalarNode s && resources.contains(s.text())
              ? Node.string(rename(s.text()), s.location()) : node(i)).toList(), l.location());
        }
      }
      if (key.equals("Condition") && value instanceof ScalarNode c && conditions.contains(c.text())) {
        return Node.string(renameCondition(c.text()), c.location());
      }
      if (key.equals("Fn::If") && value instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode c
          && conditions.contains(c.text())) {
        List<Node> items = new ArrayList<>(l.items().stream().map(this::node).toList());
        items.set(0, Node.string(renameCondition(c.text()), c.location()));
        return new ListNode(items, l.location());
      }
      return node(value);
    }

    private static MapNode ref(MapNode m, Node value) {
      String key = m.singleKey().orElseThrow();
      return new MapNode(Map.of(key, value), m.keyLocations(), m.location());
    }

    private Node getAtt(MapNode m) {
      Node arg = m.get("Fn::GetAtt");
      if (arg instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode target
          && resources.contains(target.text())) {
        List<Node> items = new ArrayList<>(l.items());
        items.set(0, Node.string(rename(target.text()), target.location()));
        return ref(m, new ListNode(items, l.location()));
      }
      if (arg instanceof ScalarNode s && s.text().contains(".")
          && resources.contains(s.text().substring(0, s.text().indexOf('.')))) {
        String t = s.text();
        return ref(m, Node.string(rename(t.substring(0, t.indexOf('.'))) + t.substring(t.indexOf('.')),
            s.location()));
      }
      return ref(m, node(arg));
    }

    private Node sub(MapNode m) {
      Node arg = m.get("Fn::Sub");
      Node template = arg instanceof ListNode l && l.size() > 0 ? l.get(0) : arg;
      if (!(template instanceof ScalarNode s) || !s.isString()) {
        return ref(m, node(arg));
      }
      java.util.Set<String> local = new java.util.HashSet<>();
      if (arg instanceof ListNode l && l.size() > 1 && l.get(1) instanceof MapNode vars) {
        local.addAll(vars.entries().keySet());
      }
      Matcher matcher = SUB_VARIABLE.matcher(s.text());
      StringBuilder text = new StringBuilder();
      while (matcher.find()) {
        String name = matcher.group(1);
        String attribute = matcher.group(2) == null ? "" : matcher.group(2);
        String replacement = matcher.group();
        if (!local.contains(name)) {
          if (attribute.isEmpty() && params.get(name) instanceof ScalarNode p) {
            replacement = p.text();
          } else if (resources.contains(name)) {
            replacement = "${" + rename(name) + attribute + "}";
          }
        }
        matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
      }
      matcher.appendTail(text);
      ScalarNode replaced = Node.string(text.toString(), s.location());
      if (arg instanceof ListNode l) {
        List<Node> items = new ArrayList<>(l.items().stream().map(this::node).toList());
        items.set(0, replaced);
        return ref(m, new ListNode(items, l.location()));
      }
      return ref(m, replaced);
    }
  }
}
