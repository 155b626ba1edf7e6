package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an ECS container writes its logs: the {@code LogConfiguration} of a container definition of the service's
 * task definition ({@code TaskDefinition} naming an {@code AWS::ECS::TaskDefinition} of the same stack).
 *
 * @param container the container's {@code Name} as shown
 * @param driver the {@code LogDriver} ({@code awslogs}, {@code awsfirelens} ...); empty when the container has no
 *     {@code LogConfiguration}
 * @param group for {@code awslogs}: the {@code awslogs-group} option and the log group it names
 * @param streamPrefix the {@code awslogs-stream-prefix} option (streams are {@code <prefix>/<container>/<task id>})
 * @param createGroup {@code awslogs-create-group: true}: the agent creates the group (never expiring) when missing
 */
public record ContainerLogs(String container, String driver, Optional<LogGroups.LogGroup> group,
    Optional<Node> streamPrefix, boolean createGroup) {
  static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

  /** The containers of an ECS service's task definition, in order; empty when the task definition is not in the stack. */
  public static List<ContainerLogs> of(Stack stack, Resource service) {
    List<ContainerLogs> result = new ArrayList<>();
    for (Resource task : Refs.at(stack, service.logicalId(), "Properties.TaskDefinition", TASK_DEFINITION)) {
      if (!(task.properties().get("ContainerDefinitions") instanceof Node.ListNode containers)) {
        continue;
      }
      for (int i = 0; i < containers.size(); i++) {
        if (!(containers.get(i) instanceof Node.MapNode c)) {
          continue;
        }
        String name = Optional.ofNullable(c.get("Name")).flatMap(Node::text).orElse("#" + (i + 1));
        if (!(c.get("LogConfiguration") instanceof Node.MapNode config)) {
          result.add(new ContainerLogs(name, "", Optional.empty(), Optional.empty(), false));
          continue;
        }
        String driver = Optional.ofNullable(config.get("LogDriver")).flatMap(Node::text).orElse("?");
        Node.MapNode options = config.get("Options") instanceof Node.MapNode m ? m : null;
        Node groupName = options == null ? null : options.get("awslogs-group");
        Optional<LogGroups.LogGroup> group = groupName == null || !driver.equals("awslogs") ? Optional.empty()
            : Optional.of(LogGroups.named(stack, task.logicalId(),
                "Properties.ContainerDefinitions[" + i + "].LogConfiguration.Options.awslogs-group", groupName));
        boolean create = options != null && Optional.ofNullable(options.get("awslogs-create-group"))
            .flatMap(Node::text).filter("true"::equalsIgnoreCase).isPresent();
        result.add(new ContainerLogs(name, driver, group,
            Optional.ofNullable(options == null ? null : options.get("awslogs-stream-prefix")), create));
      }
    }
    return result;
  }
}
