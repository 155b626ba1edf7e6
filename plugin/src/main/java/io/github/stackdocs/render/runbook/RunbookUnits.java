package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.ServiceProfile;
import io.github.stackdocs.analyze.sam.ImplicitResource;
import io.github.stackdocs.analyze.sam.SamApplication;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.view.FileNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which runbooks a project gets: the one rule of the runbook folder's layout.
 * <ul>
 *   <li>A resource with an operational surface ({@link ServiceProfile}) gets a runbook, {@code <stack>/<LogicalId>.adoc};
 *       another resource gets a generic one when a resource of another stack depends on it.</li>
 *   <li>A SAM resource ({@code AWS::Serverless::Function} ...) is one runbook named for it; what the transform
 *       creates for it (role, permissions, event source mappings, rules, queues) are its parts.</li>
 *   <li>In a stack read from a CDK cloud assembly, a runbook is about a construct: the construct that holds the
 *       resource (an L1 named {@code Resource} or {@code Default} is its construct's own resource; an L1 alone
 *       among the resources with an operational surface under its parent belongs to the parent), widened to each
 *       enclosing construct that holds no other resource with an operational surface (not the stack itself). Every
 *       other resource under that construct is a part (role, policy, log group, alarms, event source mappings),
 *       unless a deeper runbook's construct holds it. The file is {@code <stack>/<construct path>.adoc}, the path's
 *       {@code /} as {@code -}, sanitized and made unique. Resources without a construct path are per resource.</li>
 * </ul>
 * Deterministic; sorted by path.
 */
public final class RunbookUnits {
  private static final Set<String> DEFAULT_CHILDREN = Set.of("Resource", "Default");

  private RunbookUnits() {}

  public static List<RunbookUnit> of(Project project, DependencyGraph graph) {
    Map<String, String> folders = FileNames.uniqueFileNames(project.stacks().stream().map(Stack::name).toList());
    List<RunbookUnit> units = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      String folder = folders.get(stack.name());
      Optional<CdkOrigin> cdk = stack.cdk().filter(c -> !c.constructPaths().isEmpty());
      if (cdk.isPresent()) {
        units.addAll(constructs(stack, folder, cdk.get(), graph));
      } else {
        units.addAll(resources(stack, folder, graph));
      }
    }
    units.sort(java.util.Comparator.comparing(RunbookUnit::path));
    return List.copyOf(units);
  }

  /** Logical id → the path of the runbook that covers it (as primary or part), per stack: {@code stack/LogicalId}. */
  public static Map<NodeId, String> paths(List<RunbookUnit> units) {
    Map<NodeId, String> paths = new TreeMap<>();
    units.forEach(u -> u.members().forEach(id -> paths.put(new NodeId(u.stack(), id), u.path())));
    return paths;
  }

  private static Optional<String> service(Stack stack, Resource r, DependencyGraph graph) {
    Optional<ServiceProfile> profile = ServiceProfile.of(r.type());
    if (profile.isPresent()) {
      return Optional.of(profile.get().template());
    }
    boolean crossStack = graph.dependents(new NodeId(stack.name(), r.logicalId())).stream()
        .anyMatch(d -> !d.stack().equals(stack.name()));
    return crossStack ? Optional.of("generic") : Optional.empty();
  }

  private static List<RunbookUnit> resources(Stack stack, String folder, DependencyGraph graph) {
    SamApplication sam = stack.sam() ? new SamTranslator().translate(stack) : null;
    List<RunbookUnit> units = new ArrayList<>();
    for (Resource r : stack.resources()) {
      Optional<String> service = service(stack, r, graph);
      if (service.isEmpty()) {
        continue;
      }
      List<RunbookUnit.Part> parts = new ArrayList<>();
      if (sam != null) {
        sam.resource(r.logicalId()).ifPresent(s -> s.implicit().stream().filter(i -> !i.logicalId().equals(r.logicalId()))
            .forEach(i -> parts.add(part(i))));
      }
      units.add(new RunbookUnit(stack.name(), path(folder, r.logicalId()), r, service.get(), "", parts));
    }
    return units;
  }

  private static RunbookUnit.Part part(ImplicitResource i) {
    return new RunbookUnit.Part(i.displayId(), i.type(), i.reason().isEmpty() ? "created by SAM" : "created by SAM for "
        + i.reason(), false, i.hashed());
  }

  private static List<RunbookUnit> constructs(Stack stack, String folder, CdkOrigin cdk, DependencyGraph graph) {
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
          .filter(u -> p.startsWith(u + "/")).max(java.util.Comparator.comparingInt(String::length));
      if (owner.isPresent()) {
        parts.get(owner.get()).add(new RunbookUnit.Part(r.logicalId(), r.type(),
            ownConstruct(p).substring(owner.get().length() + 1), true, false));
      } else {
        alone.add(r);
      }
    }
    List<Named> named = new ArrayList<>();
    primaries.forEach((path, r) -> named.add(new Named(path, r, ServiceProfile.of(r.type()).orElseThrow().template(),
        path, parts.get(path))));
    for (Resource r : alone) {
      if (service(stack, r, graph).isPresent()) {
        String p = rel.get(r.logicalId());
        named.add(new Named(p.isEmpty() ? r.logicalId() : ownConstruct(p), r, "generic", p.isEmpty() ? ""
            : ownConstruct(p), List.of()));
      }
    }
    // file names: sanitized ('/' becomes '-'), unique ignoring case, handed out in name order
    named.sort(java.util.Comparator.comparing(Named::name).thenComparing(n -> n.primary().logicalId()));
    Set<String> taken = new java.util.HashSet<>();
    List<RunbookUnit> units = new ArrayList<>();
    for (Named n : named) {
      String base = FileNames.sanitize(n.name());
      String file = base;
      for (int i = 2; !taken.add(file.toLowerCase(java.util.Locale.ROOT)); i++) {
        file = base + "-" + i;
      }
      units.add(new RunbookUnit(stack.name(), folder + "/" + file + ".adoc", n.primary(), n.service(),
          n.constructPath(), n.parts()));
    }
    return units;
  }

  private record Named(String name, Resource primary, String service, String constructPath,
      List<RunbookUnit.Part> parts) {}

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

  /** {@code <stack folder>/<LogicalId>.adoc}. */
  static String path(String stackFolder, String logicalId) {
    return stackFolder + "/" + FileNames.sanitize(logicalId) + ".adoc";
  }
}
