package io.github.stackdocs.pipeline;

import io.github.stackdocs.bind.DeployedTemplateBinder;
import io.github.stackdocs.model.Environments;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diff's baseline bound in each environment the current project is bound to, the way the current stack of the
 * same name is (its parameter values, stack name and the environment's exports), so that an export the baseline
 * declares has the name it has in that environment. A baseline stack with no current stack of its name is not bound.
 */
final class BaselineBinding {
  private BaselineBinding() {}

  static Project bind(Project baseline, Project current) {
    Environments environments = current.environments();
    if (environments.stacks().isEmpty()) {
      return baseline;
    }
    Map<String, List<Stack>> bound = new LinkedHashMap<>();
    environments.stacks().forEach((environment, stacks) -> {
      List<Stack> list = new ArrayList<>();
      for (Stack old : baseline.stacks()) {
        Optional<Stack> built = environments.stack(environment, old.name());
        built.ifPresent(b -> list.add(DeployedTemplateBinder.bind(old, b, stacks)));
      }
      bound.put(environment, list);
    });
    return baseline.withEnvironments(baseline.stacks(),
        new Environments(environments.all(), environments.selected(), bound));
  }
}
