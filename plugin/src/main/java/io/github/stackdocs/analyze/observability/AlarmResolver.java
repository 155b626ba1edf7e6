package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds which resources the {@code AWS::CloudWatch::Alarm}s of a project watch. A metric (the alarm's own,
 * or each {@code Metrics[].MetricStat.Metric} of a metric-math alarm) watches a resource when one of its
 * {@code Dimensions} names it and the namespace fits the resource's service:
 * <ul>
 *   <li>through a reference in the value: {@code !Ref Fn}, {@code !GetAtt Q.QueueName}, {@code !Sub "${T}"};</li>
 *   <li>through {@code Fn::ImportValue} of an export whose output references the resource (other stacks);</li>
 *   <li>by equal value: the dimension value is written exactly as the resource's name property (a literal
 *       name, or the same {@code !Join}/{@code !Sub} expression in the same stack).</li>
 * </ul>
 */
public final class AlarmResolver {
  public static final String ALARM_TYPE = "AWS::CloudWatch::Alarm";
  private static final Set<Reference.Kind> NAMES = EnumSet.of(Reference.Kind.REF, Reference.Kind.GET_ATT, Reference.Kind.SUB);

  private AlarmResolver() {}

  /** Watched resource → the alarms watching it, sorted; resources nobody watches are absent. */
  public static Map<NodeId, List<WatchingAlarm>> resolve(Project project, DependencyGraph graph) {
    Map<NodeId, TreeSet<WatchingAlarm>> result = new TreeMap<>();
    for (Stack stack : project.stacks()) {
      for (Resource alarm : stack.resources()) {
        if (!alarm.type().equals(ALARM_TYPE)) {
          continue;
        }
        NodeId alarmId = new NodeId(stack.name(), alarm.logicalId());
        String description = text(alarm.properties().get("AlarmDescription")).orElse("");
        for (Metric m : metrics(alarm.properties())) {
          for (int i = 0; i < m.dimensions().size(); i++) {
            Node dim = m.dimensions().get(i);
            if (!(dim instanceof Node.MapNode d)) {
              continue;
            }
            String name = text(d.get("Name")).orElse("");
            Node value = d.get("Value");
            if (name.isEmpty() || value == null) {
              continue;
            }
            String path = m.path() + ".Dimensions[" + i + "].Value";
            Set<NodeId> targets = new TreeSet<>(referenced(project, graph, stack, alarm.logicalId(), path));
            targets.addAll(sameName(project, stack, name, value));
            for (NodeId target : targets) {
              if (fits(project, target, m.namespace(), name)) {
                result.computeIfAbsent(target, k -> new TreeSet<>()).add(new WatchingAlarm(alarmId, m.namespace(),
                    m.metric(), name, description, alarm.location()));
              }
            }
          }
        }
      }
    }
    Map<NodeId, List<WatchingAlarm>> lists = new TreeMap<>();
    result.forEach((k, v) -> lists.put(k, List.copyOf(v)));
    return lists;
  }

  private record Metric(String path, String namespace, String metric, List<Node> dimensions) {}

  private static List<Metric> metrics(Node.MapNode props) {
    List<Metric> metrics = new ArrayList<>();
    metric("Properties", props).ifPresent(metrics::add);
    if (props.get("Metrics") instanceof Node.ListNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof Node.MapNode q && q.get("MetricStat") instanceof Node.MapNode stat
            && stat.get("Metric") instanceof Node.MapNode metric) {
          metric("Properties.Metrics[" + i + "].MetricStat.Metric", metric).ifPresent(metrics::add);
        }
      }
    }
    return metrics;
  }

  private static Optional<Metric> metric(String path, Node.MapNode m) {
    if (!(m.get("Dimensions") instanceof Node.ListNode dims)) {
      return Optional.empty();
    }
    return Optional.of(new Metric(path, text(m.get("Namespace")).orElse(""), text(m.get("MetricName")).orElse(""),
        dims.items()));
  }

  /** Resources the value at {@code path} references, following ImportValue to the exporting stack. */
  private static List<NodeId> referenced(Project project, DependencyGraph graph, Stack stack, String source, String path) {
    List<NodeId> result = new ArrayList<>();
    for (Reference r : stack.referencesFrom(source)) {
      if (!r.path().equals(path)) {
        continue;
      }
      if (NAMES.contains(r.kind()) && stack.resource(r.target()).isPresent()) {
        result.add(new NodeId(stack.name(), r.target()));
      } else if (r.kind() == Reference.Kind.IMPORT_VALUE) {
        DependencyGraph.Export export = graph.exports().get(r.target());
        if (export == null) {
          continue;
        }
        project.stack(export.stack()).ifPresent(exporting -> {
          for (Reference o : exporting.referencesFrom("Outputs." + export.output())) {
            if (NAMES.contains(o.kind())
                && exporting.resource(o.target()).isPresent()) {
              result.add(new NodeId(exporting.name(), o.target()));
            }
          }
        });
      }
    }
    return result;
  }

  /** Resources whose name property is written exactly like {@code value} (literals anywhere, expressions in the same stack). */
  private static List<NodeId> sameName(Project project, Stack stack, String dimension, Node value) {
    boolean literal = value instanceof Node.ScalarNode;
    List<NodeId> result = new ArrayList<>();
    for (Stack s : project.stacks()) {
      if (!literal && !s.name().equals(stack.name())) {
        continue;
      }
      for (Resource r : s.resources()) {
        Optional<ServiceProfile> p = ServiceProfile.of(r.type());
        if (p.isEmpty() || !p.get().dimensions().contains(dimension)) {
          continue;
        }
        for (String property : nameProperties(p.get())) {
          Node name = r.properties().get(property);
          if (name != null && Nodes.same(name, value, false)) {
            result.add(new NodeId(s.name(), r.logicalId()));
          }
        }
      }
    }
    return result;
  }

  private static List<String> nameProperties(ServiceProfile p) {
    List<String> names = new ArrayList<>();
    if (!p.nameProperty().isEmpty()) {
      names.add(p.nameProperty());
    }
    p.dimensions().stream().filter(d -> !names.contains(d)).forEach(names::add);
    return names;
  }

  private static boolean fits(Project project, NodeId target, String namespace, String dimension) {
    Optional<ServiceProfile> p = project.stack(target.stack()).flatMap(s -> s.resource(target.logicalId()))
        .flatMap(r -> ServiceProfile.of(r.type()));
    if (p.isEmpty()) {
      return false;
    }
    boolean namespaceFits = namespace.isEmpty() || p.get().namespaces().contains(namespace);
    return namespaceFits && p.get().dimensions().contains(dimension);
  }

  static Optional<String> text(Node node) {
    return node == null ? Optional.empty() : Node.text(node);
  }
}
