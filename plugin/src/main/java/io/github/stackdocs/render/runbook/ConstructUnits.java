package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.observability.ServiceProfile;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The runbooks of a stack read from a CDK cloud assembly: one per construct that holds a resource with an
 * operational surface, the rule {@link RunbookUnits} describes.
 */
final class ConstructUnits {
  private static final Set<String> DEFAULT_CHILDREN = Set.of("Resource", "Default");

  private ConstructUnits() {}

  static List<RunbookUnit> of(Stack stack, String folder, CdkOrigin cdk, DependencyGraph graph) {
    Map<String, String> rel = new LinkedHashMap<>();
    stack.resources().forEach(r -> rel.put(r.logicalId(), cdk.relativePath(r.logicalId())));
    List<Resource> operational = stack.resources().stream()
        .filter(r -> ServiceProfile.of(r.type()).isPresent() && !rel.get(r.logicalId()).isEmpty()).toList();
    // each operational resource's construct
    Map<String, List<Resource>> byConstruct = new TreeMap<>();
    for (Resource r : operational) {
      byConstruct.computeIfAbsent(construct(r, rel, operational), k -> new ArrayList<>()).add(r);
    }
    Map<String, Resource> primaries = new TreeMap<>();
    byConstruct.forEach((path, rs) -> {
      if (rs.size() == 1) {
        primaries.put(path, rs.get(0));
      } else { // two resources claim one construct (hand-made paths): each keeps its own
        rs.forEach(r -> primaries.put(rel.get(r.logicalId()), r));
      }
    });
    // other resources: part of the deepest construct above them, else a generic runbook when another stack uses them
    Map<String, List<RunbookUnit.Part>> parts = new TreeMap<>();
    primaries.keySet().forEach(k -> parts.put(k, new ArrayList<>()));
    List<Resource> alone = new ArrayList<>();
    for (Resource r : stack.resources()) {
      if (primaries.containsValue(r)) {
        continue;
      }
      String p = rel.get(r.logicalId());
      Optional<String> owner = p.isEmpty() ? Optional.empty() : primaries.keySet().stream()
          .filter(u -> p.startsWith(u + "/")).max(Comparator.comparingInt(String::length));
      if (owner.isPresent()) {
        String own = ownConstruct(p); // the construct's own L1 (".../Resource") is named for the construct
        parts.get(owner.get()).add(new RunbookUnit.Part(r.logicalId(), r.type(), own.length() > owner.get().length()
            ? own.substring(owner.get().length() + 1) : last(p), true, false));
      } else {
        alone.add(r);
      }
    }
    List<RunbookUnits.Named> named = new ArrayList<>();
    primaries.forEach((path, r) -> named.add(new RunbookUnits.Named(path, r, ServiceProfile.of(r.type()).orElseThrow().template(),
        path, parts.get(path))));
    for (Resource r : alone) {
      if (RunbookUnits.service(stack, r, graph).isPresent()) {
        String p = rel.get(r.logicalId());
        named.add(new RunbookUnits.Named(p.isEmpty() ? r.logicalId() : ownConstruct(p), r, "generic", p.isEmpty() ? ""
            : ownConstruct(p), List.of()));
      }
    }
    return RunbookUnits.files(stack, folder, named);
  }

  /** The construct an operational resource's runbook is about (see the class comment). */
  private static String construct(Resource r, Map<String, String> rel, List<Resource> operational) {
    String path = rel.get(r.logicalId());
    String unit = path;
    String parent = parent(path);
    if (!parent.isEmpty() && (DEFAULT_CHILDREN.contains(last(path)) || alone(r, parent, rel, operational))) {
      unit = parent;
    }
    for (String up = parent(unit); !up.isEmpty() && alone(r, up, rel, operational); up = parent(up)) {
      unit = up;
    }
    return unit;
  }

  /** True when no operational resource but {@code r} lies under {@code construct}. */
  private static boolean alone(Resource r, String construct, Map<String, String> rel, List<Resource> operational) {
    return operational.stream().noneMatch(o -> o != r && rel.get(o.logicalId()).startsWith(construct + "/"));
  }

  /** An L1 named Resource or Default stands for its construct. */
  private static String ownConstruct(String path) {
    String parent = parent(path);
    return !parent.isEmpty() && DEFAULT_CHILDREN.contains(last(path)) ? parent : path;
  }

  private static String parent(String path) {
    int i = path.lastIndexOf('/');
    return i < 0 ? "" : path.substring(0, i);
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

}
