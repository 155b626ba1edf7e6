package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.analyze.sam.SamProperties;
import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.Replacement;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.catalog.TypeKind;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Compares a baseline project with the current one, stack by stack (matched by name) and resource by resource
 * (matched by logical id). The impact of a modification comes from the catalog: a change anywhere under a
 * top-level property counts with that property's replacement (YES → will replace, MAYBE → may replace);
 * a type change replaces; a removal destroys unless DeletionPolicy retains. Stateless and thread-safe.
 */
public final class ProjectDiff {
  private final ResourceCatalog catalog;
  private final ReplacementCascade cascade;
  private final DiffOptions options;

  public ProjectDiff(ResourceCatalog catalog) {
    this(catalog, DiffOptions.DEFAULT);
  }

  public ProjectDiff(ResourceCatalog catalog, DiffOptions options) {
    this.catalog = catalog;
    this.cascade = new ReplacementCascade(catalog, options.cascades());
    this.options = options;
  }

  /** The change set, with risks classified. */
  public ChangeSet diff(Project baseline, Project current) {
    TreeSet<String> names = new TreeSet<>();
    baseline.stacks().forEach(s -> names.add(s.name()));
    current.stacks().forEach(s -> names.add(s.name()));
    // stacks are compared independently (on every core), then replacements spread across them
    Map<String, ReplacementCascade.Changes> all = names.parallelStream().collect(java.util.stream.Collectors.toMap(
        name -> name, name -> ReplacementCascade.Changes.of(diff(name, baseline.stack(name), current.stack(name))),
        (a, b) -> a, TreeMap::new));
    cascade.acrossStacks(current, all);
    List<StackChange> stacks = new ArrayList<>();
    all.forEach((name, changes) -> {
      if (!changes.resources().isEmpty() || !changes.items().isEmpty()) {
        stacks.add(changes.toStackChange(name));
      }
    });
    return new ChangeSet(stacks, new RiskClassifier().classify(baseline, current, stacks));
  }

  /** One stack; either side may be absent. */
  public StackChange diff(String name, Optional<Stack> baseline, Optional<Stack> current) {
    ChangeKind kind = baseline.isEmpty() ? ChangeKind.ADDED : current.isEmpty() ? ChangeKind.REMOVED : ChangeKind.MODIFIED;
    Map<String, Resource> old = byId(baseline.map(Stack::resources).orElse(List.of()), Resource::logicalId);
    Map<String, Resource> now = byId(current.map(Stack::resources).orElse(List.of()), Resource::logicalId);
    List<ResourceChange> resources = new ArrayList<>();
    TreeSet<String> ids = new TreeSet<>(old.keySet());
    ids.addAll(now.keySet());
    for (String id : ids) {
      resource(old.get(id), now.get(id)).ifPresent(resources::add);
    }
    if (current.isPresent()) {
      Map<String, ResourceChange> byId = new TreeMap<>();
      resources.forEach(r -> byId.put(r.logicalId(), r));
      cascade.inStack(current.get(), byId);
      resources.clear();
      resources.addAll(byId.values());
    }
    List<ItemChange> items = new ArrayList<>();
    items(ItemChange.Section.PARAMETER, byId(baseline.map(Stack::parameters).orElse(List.of()), Parameter::name),
        byId(current.map(Stack::parameters).orElse(List.of()), Parameter::name),
        ProjectDiff::parameterText, (a, b) -> parameterText(a).equals(parameterText(b)),
        n -> options.showAssetChanges() ? Noise.bootstrapParameter(n) : Noise.parameter(n), items);
    items(ItemChange.Section.OUTPUT, byId(baseline.map(Stack::outputs).orElse(List.of()), Output::name),
        byId(current.map(Stack::outputs).orElse(List.of()), Output::name),
        ProjectDiff::outputText, ProjectDiff::sameOutput, n -> false, items);
    items(ItemChange.Section.EXPORT, exports(baseline), exports(current), o -> Values.text(o.value()),
        (a, b) -> Nodes.same(a.value(), b.value(), true), n -> false, items);
    items(ItemChange.Section.CONDITION, new TreeMap<>(baseline.map(Stack::conditions).orElse(Map.of())),
        new TreeMap<>(current.map(Stack::conditions).orElse(Map.of())), Values::text, (a, b) -> Nodes.same(a, b, true), n -> false, items);
    items(ItemChange.Section.RULE, entries(baseline.flatMap(Stack::rules)), entries(current.flatMap(Stack::rules)),
        Values::text, (a, b) -> Nodes.same(a, b, true), Noise::rule, items);
    return new StackChange(name, kind, resources, items);
  }

  /** A resource's change, empty when it is the same in both. */
  Optional<ResourceChange> resource(Resource a, Resource b) {
    if (a == null && b == null) {
      return Optional.empty();
    }
    if (a == null) {
      return Optional.of(new ResourceChange(b.logicalId(), ChangeKind.ADDED, "", b.type(), Impact.CREATE, List.of(),
          Noise.resourceType(b.type())));
    }
    if (b == null) {
      Impact impact = retains(a.deletionPolicy()) ? Impact.ORPHAN : Impact.DESTROY;
      return Optional.of(new ResourceChange(a.logicalId(), ChangeKind.REMOVED, a.type(), "", impact, List.of(),
          Noise.resourceType(a.type())));
    }
    List<NodeDiff.Leaf> leaves = new ArrayList<>();
    NodeDiff.diff("Properties", a.properties(), b.properties(), leaves);
    attribute("DeletionPolicy", a.deletionPolicy(), b.deletionPolicy(), leaves);
    attribute("UpdateReplacePolicy", a.updateReplacePolicy(), b.updateReplacePolicy(), leaves);
    attribute("Condition", a.condition(), b.condition(), leaves);
    attribute("DependsOn", String.join(",", new TreeSet<>(a.dependsOn())), String.join(",", new TreeSet<>(b.dependsOn())),
        leaves);
    NodeDiff.entries("Metadata", a.metadata().orElse(null), b.metadata().orElse(null), leaves);
    NodeDiff.diff("CreationPolicy", a.creationPolicy().orElse(null), b.creationPolicy().orElse(null), leaves);
    NodeDiff.diff("UpdatePolicy", a.updatePolicy().orElse(null), b.updatePolicy().orElse(null), leaves);
    boolean typeChanged = !a.type().equals(b.type());
    if (leaves.isEmpty() && !typeChanged) {
      return Optional.empty();
    }
    List<PropertyChange> changes = new ArrayList<>();
    if (typeChanged) {
      changes.add(new PropertyChange("Type", Optional.of(a.type()), Optional.of(b.type()), Impact.WILL_REPLACE, false));
    }
    for (NodeDiff.Leaf leaf : leaves) {
      Optional<String> before = leaf.oldValue().map(Values::text);
      Optional<String> after = leaf.newValue().map(Values::text);
      boolean noise = Noise.metadataPath(leaf.path()) || !options.showAssetChanges() && Noise.assetHashOnly(before, after)
          || options.excluded(leaf.path());
      changes.add(new PropertyChange(leaf.path(), before, after, impact(catalog, b.type(), leaf.path()), noise));
    }
    changes.sort(Comparator.comparing((PropertyChange c) -> topLevel(c.path())));
    Impact impact = typeChanged ? Impact.WILL_REPLACE : Impact.IN_PLACE;
    for (PropertyChange c : changes) {
      impact = impact.max(c.impact());
    }
    boolean suppressed = Noise.resourceType(b.type()) || changes.stream().allMatch(PropertyChange::suppressed);
    return Optional.of(new ResourceChange(b.logicalId(), typeChanged ? ChangeKind.TYPE_CHANGED : ChangeKind.MODIFIED,
        a.type(), b.type(), impact, changes, suppressed));
  }

  /**
   * The replacement of the top-level property a path is under; attribute changes update in place. A SAM property
   * counts with the rule of the generated resource's property it becomes ({@code CodeUri} → Lambda {@code Code}: in
   * place; {@code FunctionName}: replacement), when it becomes one.
   */
  static Impact impact(ResourceCatalog catalog, String type, String path) {
    if (!path.startsWith("Properties.")) {
      return Impact.IN_PLACE;
    }
    String property = topLevel(path).substring("Properties.".length());
    Optional<SamProperties.Target> sam = catalog.kind(type) == TypeKind.SAM ? SamProperties.target(type, property)
        : Optional.empty();
    Optional<ResourceTypeInfo> own = catalog.type(type);
    if (own.isEmpty() && sam.isEmpty()) {
      return Impact.IN_PLACE;
    }
    Optional<PropertyInfo> info = sam.flatMap(t -> catalog.type(t.type()).flatMap(i -> i.property(t.property())))
        .or(() -> own.flatMap(i -> i.property(property)));
    return switch (info.map(PropertyInfo::replacement).orElse(Replacement.NO)) {
      case YES -> Impact.WILL_REPLACE;
      case MAYBE -> Impact.MAY_REPLACE;
      case NO -> Impact.IN_PLACE;
    };
  }

  /** {@code Properties.Tags[0].Key} → {@code Properties.Tags}; {@code Metadata.x} → {@code Metadata}. */
  static String topLevel(String path) {
    int start = path.startsWith("Properties.") ? "Properties.".length() : 0;
    int end = path.length();
    for (int i = start; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  static boolean retains(String policy) {
    return policy.equals("Retain") || policy.equals("RetainExceptOnCreate");
  }

  private static void attribute(String name, String a, String b, List<NodeDiff.Leaf> out) {
    if (!a.equals(b)) {
      out.add(new NodeDiff.Leaf(name, a.isEmpty() ? Optional.empty() : Optional.of(Node.string(a, null)),
          b.isEmpty() ? Optional.empty() : Optional.of(Node.string(b, null))));
    }
  }

  private <T> void items(ItemChange.Section section, Map<String, T> old, Map<String, T> now,
      Function<T, String> text, BiPredicate<T, T> same, java.util.function.Predicate<String> noise, List<ItemChange> out) {
    TreeSet<String> names = new TreeSet<>(old.keySet());
    names.addAll(now.keySet());
    for (String name : names) {
      T a = old.get(name);
      T b = now.get(name);
      ChangeKind kind;
      if (a == null) {
        kind = ChangeKind.ADDED;
      } else if (b == null) {
        kind = ChangeKind.REMOVED;
      } else if (!same.test(a, b)) {
        kind = ChangeKind.MODIFIED;
      } else {
        continue;
      }
      Optional<String> before = Optional.ofNullable(a).map(text);
      Optional<String> after = Optional.ofNullable(b).map(text);
      out.add(new ItemChange(section, name, kind, before, after,
          noise.test(name) || (kind == ChangeKind.MODIFIED && !options.showAssetChanges()
              && Noise.assetHashOnly(before, after))));
    }
  }

  private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
    Map<String, T> map = new TreeMap<>();
    list.forEach(t -> map.put(id.apply(t), t));
    return map;
  }

  private static Map<String, Node> entries(Optional<Node.MapNode> map) {
    return new TreeMap<>(map.map(Node.MapNode::entries).orElse(Map.of()));
  }

  /** Exports by name (resolved when static, else the name expression as text). */
  static Map<String, Output> exports(Optional<Stack> stack) {
    Map<String, Output> map = new TreeMap<>();
    for (Output o : stack.map(Stack::outputs).orElse(List.of())) {
      exportName(o).ifPresent(name -> map.put(name, o));
    }
    return map;
  }

  static Optional<String> exportName(Output o) {
    return o.resolvedExportName().or(() -> o.exportName().map(Values::text));
  }

  private static String parameterText(Parameter p) {
    StringBuilder sb = new StringBuilder(p.type());
    p.defaultValue().ifPresent(d -> sb.append(", default ").append(d));
    if (!p.allowedValues().isEmpty()) {
      sb.append(", allowed ").append(p.allowedValues());
    }
    field(sb, "pattern", p.allowedPattern());
    field(sb, "minLength", p.minLength());
    field(sb, "maxLength", p.maxLength());
    field(sb, "minValue", p.minValue());
    field(sb, "maxValue", p.maxValue());
    if (p.noEcho()) {
      sb.append(", NoEcho");
    }
    field(sb, "description", p.description());
    return sb.toString();
  }

  private static void field(StringBuilder sb, String name, String value) {
    if (!value.isEmpty()) {
      sb.append(", ").append(name).append(' ').append(value);
    }
  }

  private static String outputText(Output o) {
    return Values.text(o.value()) + o.exportName().map(e -> " (export " + Values.text(e) + ")").orElse("")
        + (o.condition().isEmpty() ? "" : " (condition " + o.condition() + ")");
  }

  private static boolean sameOutput(Output a, Output b) {
    return Nodes.same(a.value(), b.value(), true) && Nodes.same(a.exportName().orElse(null), b.exportName().orElse(null), true)
        && a.condition().equals(b.condition()) && Objects.equals(a.description(), b.description());
  }
}
