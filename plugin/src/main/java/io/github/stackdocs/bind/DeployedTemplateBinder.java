package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Binding.BoundParameter;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the template a snapshot says is deployed for a stack ({@code get-template}) in the environment the build's
 * template of that stack was bound to, so the two compare value by value: the same exports, region, account and
 * stack name on both sides, so that what both sides resolve alike never shows as a difference. Its parameters take
 * the values the snapshot records; a parameter the snapshot does not record takes the value the environment gives
 * the build (its parameter file, samconfig or parent stack), else its {@code Default}. Evaluation problems of the
 * deployed template are not the build's and are dropped. The diff binds its baseline the same way, so that an
 * export the baseline declares has the name it has in each environment.
 */
public final class DeployedTemplateBinder {
  /** Where a value the build was given comes from, as opposed to the snapshot or a default. */
  private static final Set<Binding.Source> GIVEN =
      Set.of(Binding.Source.FILE, Binding.Source.SAMCONFIG, Binding.Source.PARENT);

  private DeployedTemplateBinder() {}

  /**
   * @param deployedTemplate the deployed template as read
   * @param built the build's stack, bound, with its deployed state
   * @param environmentStacks every stack bound to the same environment (their exports resolve imports)
   */
  public static Stack bind(Stack deployedTemplate, Stack built, Collection<Stack> environmentStacks) {
    Environment environment = built.binding().map(Binding::environment).orElse(Environment.DEFAULTS);
    Stack deployed = deployedTemplate.withDeployed(built.deployed());
    Exports exports = Exports.deployed(environment, environmentStacks).with(environmentStacks);
    Optional<String> name = built.deployed().map(DeployedState::stackName).filter(n -> !n.isEmpty())
        .or(() -> built.binding().flatMap(Binding::deployedName));
    StackScope scope = new StackScope(deployed, environment, given(deployed, built), name, exports);
    List<Finding> dropped = new ArrayList<>();
    return StackBinder.bind(deployed, scope, environment, dropped);
  }

  /** The values the build was given for parameters the snapshot does not record. */
  private static Map<String, ParameterInput> given(Stack deployed, Stack built) {
    Map<String, ParameterInput> inputs = new HashMap<>();
    List<BoundParameter> builtValues = built.binding().map(Binding::parameters).orElse(List.of());
    for (BoundParameter b : builtValues) {
      if (!GIVEN.contains(b.source()) || b.secret() || recorded(deployed, b.name())) {
        continue;
      }
      Optional<Parameter> declared = deployed.parameter(b.name());
      if (declared.isPresent() && !declared.get().noEcho()) {
        inputs.put(b.name(), new ParameterInput(Node.string(b.value(), b.from()), false, b.source(), b.from()));
      }
    }
    return inputs;
  }

  private static boolean recorded(Stack deployed, String parameter) {
    return deployed.deployed().map(d -> d.parameters().stream().anyMatch(p -> p.key().equals(parameter)))
        .orElse(false);
  }
}
