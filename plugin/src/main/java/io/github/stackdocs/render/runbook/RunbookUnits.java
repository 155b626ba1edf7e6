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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    units.sort(java.util.Comparator.comparing(RunbookUnit::path));
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

  /** {@code <stack folder>/<LogicalId>.adoc}. */
  static String path(String stackFolder, String logicalId) {
    return stackFolder + "/" + FileNames.sanitize(logicalId) + ".adoc";
  }
}
