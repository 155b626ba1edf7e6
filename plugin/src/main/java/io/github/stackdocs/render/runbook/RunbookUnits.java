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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
  private RunbookUnits() {}

  public static List<RunbookUnit> of(Project project, DependencyGraph graph) {
    Map<String, String> folders = FileNames.uniqueFileNames(project.stacks().stream().map(Stack::name).toList());
    List<RunbookUnit> units = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      String folder = folders.get(stack.name());
      Optional<CdkOrigin> cdk = stack.cdk().filter(c -> !c.constructPaths().isEmpty());
      if (cdk.isPresent()) {
        units.addAll(ConstructUnits.of(stack, folder, cdk.get(), graph));
      } else {
        units.addAll(resources(stack, folder, graph));
      }
    }
    units.sort(Comparator.comparing(RunbookUnit::path));
    return List.copyOf(units);
  }

  /** Logical id → the path of the runbook that covers it (as primary or part), per stack: {@code stack/LogicalId}. */
  public static Map<NodeId, String> paths(List<RunbookUnit> units) {
    Map<NodeId, String> paths = new TreeMap<>();
    units.forEach(u -> u.members().forEach(id -> paths.put(new NodeId(u.stack(), id), u.path())));
    return paths;
  }

  /** The service template of a resource's runbook; empty when it gets none (in-stack plumbing). */
  static Optional<String> service(Stack stack, Resource r, DependencyGraph graph) {
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
    List<Named> named = new ArrayList<>();
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
      named.add(new Named(r.logicalId(), r, service.get(), "", parts));
    }
    return files(stack, folder, named);
  }

  /** A runbook before it has a file: {@code name} is the logical id or construct path its file is named for. */
  record Named(String name, Resource primary, String service, String constructPath, List<RunbookUnit.Part> parts) {}

  /**
   * Hands out file names {@code <folder>/<name>.adoc}: sanitized ({@code /} becomes {@code -}, at most 100
   * characters) and unique ignoring case, so no two runbooks share a file on any file system; in name order, the
   * first keeps the plain name, the next get {@code -2}, {@code -3}.
   */
  static List<RunbookUnit> files(Stack stack, String folder, List<Named> named) {
    List<Named> sorted = named.stream().sorted(Comparator.comparing(Named::name)
        .thenComparing(n -> n.primary().logicalId())).toList();
    Set<String> taken = new HashSet<>();
    List<RunbookUnit> units = new ArrayList<>();
    for (Named n : sorted) {
      String base = FileNames.sanitize(n.name());
      String file = base;
      for (int i = 2; !taken.add(file.toLowerCase(Locale.ROOT)); i++) {
        file = base + "-" + i;
      }
      units.add(new RunbookUnit(stack.name(), folder + "/" + file + ".adoc", n.primary(), n.service(),
          n.constructPath(), n.parts()));
    }
    return units;
  }

  private static RunbookUnit.Part part(ImplicitResource i) {
    return new RunbookUnit.Part(i.logicalId(), i.type(), i.reason().isEmpty() ? "created by SAM" : "created by SAM for "
        + i.reason(), false, i.hashed());
  }

}
