package io.github.stackdocs.bind;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.SecretValues;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Stack;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The exports of one environment: export name → value, from the stacks bound so far (their outputs with a known
 * export name) and, under them, from the deployed snapshots. A value that is not known (symbolic, or secret) is
 * recorded as an export without a value, so an import of it is still linked but stays symbolic.
 */
final class Exports {
  private final Map<String, Optional<BoundValue>> byName = new TreeMap<>();

  /**
   * The exports the environment's snapshot records: of stacks outside the project ({@link Environment#exports}),
   * and, over them, of {@code stacks}.
   */
  static Exports deployed(Environment environment, Collection<Stack> stacks) {
    Exports e = new Exports();
    environment.exports().forEach((name, value) -> e.byName.put(name, SecretValues.isSecretName(name)
        ? Optional.empty() : Optional.of(new BoundValue(Node.string(value, SourceLocation.UNKNOWN), false))));
    for (Stack s : stacks) {
      s.deployed().ifPresent(d -> {
        for (DeployedState.OutputValue o : d.outputs()) {
          if (!o.exportName().isEmpty()) {
            boolean masked = o.value().equals(DeployedState.MASK);
            e.byName.put(o.exportName(), masked ? Optional.empty()
                : Optional.of(new BoundValue(Node.string(o.value(), d.location()), false)));
          }
        }
      });
    }
    return e;
  }

  /** These exports with the exports of bound {@code stacks} over them. */
  Exports with(Collection<Stack> stacks) {
    Exports e = new Exports();
    e.byName.putAll(byName);
    for (Stack s : stacks) {
      for (Output o : s.outputs()) {
        if (o.resolvedExportName().isPresent()) {
          boolean known = Evaluator.known(o.value()) && o.value() instanceof Node.ScalarNode;
          e.byName.put(o.resolvedExportName().get(), known ? Optional.of(new BoundValue(o.value(), false))
              : e.byName.getOrDefault(o.resolvedExportName().get(), Optional.empty()));
        }
      }
    }
    return e;
  }

  Optional<BoundValue> value(String exportName) {
    return byName.getOrDefault(exportName, Optional.empty());
  }

  /** The same exports with the same values. */
  boolean sameAs(Exports other) {
    return byName.equals(other.byName);
  }
}
