package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lookups every stack diagram of a project shares, built once: resources by node, stacks, nested children. */
final class ProjectIndex {
  private final Project project;
  private final DependencyGraph graph;
  private final Map<NodeId, Resource> resources = new HashMap<>();
  private final Map<String, Stack> stacks = new HashMap<>();
  /** An {@code AWS::CloudFormation::Stack} resource → the nested stack loaded for it. */
  private final Map<NodeId, String> nestedChildren = new HashMap<>();

  ProjectIndex(Project project, DependencyGraph graph) {
    this.project = project;
    this.graph = graph;
    for (Stack s : project.stacks()) {
      stacks.put(s.name(), s);
      for (Resource r : s.resources()) {
        resources.put(new NodeId(s.name(), r.logicalId()), r);
      }
      s.nestedIn().ifPresent(n -> nestedChildren.put(new NodeId(n.parentStack(), n.logicalId()), s.name()));
    }
  }

  Project project() {
    return project;
  }

  DependencyGraph graph() {
    return graph;
  }

  Optional<Resource> resource(NodeId id) {
    return Optional.ofNullable(resources.get(id));
  }

  /** The type of a resource node; empty text when the node is unknown. */
  String type(NodeId id) {
    Resource r = resources.get(id);
    return r == null ? "" : r.type();
  }

  Stack stack(String name) {
    return stacks.get(name);
  }

  /** The nested stack loaded for a parent's {@code AWS::CloudFormation::Stack} resource. */
  Optional<String> nestedChild(NodeId stackResource) {
    return Optional.ofNullable(nestedChildren.get(stackResource));
  }

  /** The stacks nested (directly) in {@code stack}: the resource holding each, sorted by logical id. */
  List<NodeId> nestedStackResources(String stack) {
    List<NodeId> result = new ArrayList<>();
    nestedChildren.keySet().stream().filter(n -> n.stack().equals(stack)).sorted().forEach(result::add);
    return result;
  }
}
