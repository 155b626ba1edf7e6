package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether the logs of a resource expire, as far as the templates tell: a Lambda function's log group (Lambda's own
 * group keeps logs forever); the {@code awslogs} groups of an ECS service's containers and the access log groups of
 * an API's stages that are declared in the templates (or created by the {@code awslogs-create-group} option, which
 * sets no retention). Groups only named, not declared, are someone else's: they decide nothing.
 */
final class LogRetention {
  private LogRetention() {}

  static Coverage.Status of(Stack stack, Resource r, ServiceProfile profile) {
    return switch (profile) {
      case LAMBDA -> LogGroups.function(stack, r).retention().isPresent() ? Coverage.Status.OK : Coverage.Status.MISSING;
      case ECS_SERVICE -> {
        List<Optional<?>> known = new ArrayList<>();
        for (ContainerLogs c : ContainerLogs.of(stack, r)) {
          c.group().filter(g -> g.resource().isPresent() || c.createGroup()).ifPresent(g -> known.add(g.retention()));
        }
        yield status(known);
      }
      case API_GATEWAY_REST, API_GATEWAY_HTTP -> {
        List<Optional<?>> known = new ArrayList<>();
        for (StageLogs s : StageLogs.of(stack, r, r.properties())) {
          s.access().filter(g -> g.resource().isPresent()).ifPresent(g -> known.add(g.retention()));
        }
        yield status(known);
      }
      default -> Coverage.Status.NOT_APPLICABLE;
    };
  }

  private static Coverage.Status status(List<Optional<?>> retentions) {
    if (retentions.isEmpty()) {
      return Coverage.Status.NOT_APPLICABLE;
    }
    return retentions.stream().allMatch(Optional::isPresent) ? Coverage.Status.OK : Coverage.Status.MISSING;
  }
}
