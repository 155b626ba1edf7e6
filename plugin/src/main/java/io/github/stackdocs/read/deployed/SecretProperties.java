package io.github.stackdocs.read.deployed;

import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Stack;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resource properties whose template value uses a NoEcho parameter ({@code MasterUserPassword: !Ref
 * DbPassword}, also inside {@code Fn::Sub}): a drift report on them carries the secret itself (AWS masks it, a
 * hand-made or older snapshot may not), so their expected and actual values are masked before they reach the model.
 */
final class SecretProperties {
  static final String MASK = "****";

  private final Map<String, Set<String>> byResource = new HashMap<>();

  SecretProperties(Stack stack) {
    if (stack == null) {
      return;
    }
    Set<String> noEcho = new HashSet<>();
    for (Parameter p : stack.parameters()) {
      if (p.noEcho()) {
        noEcho.add(p.name());
      }
    }
    for (Reference r : stack.references()) {
      if ((r.kind() == Reference.Kind.REF || r.kind() == Reference.Kind.SUB) && noEcho.contains(r.target())
          && r.path().startsWith("Properties.")) {
        String property = r.path().substring("Properties.".length()).split("[.\\[]", 2)[0];
        byResource.computeIfAbsent(r.source(), k -> new HashSet<>()).add(property);
      }
    }
  }

  /** The differences with the values of secret properties masked. */
  List<PropertyDifference> mask(String logicalId, List<PropertyDifference> differences) {
    Set<String> secret = byResource.getOrDefault(logicalId, Set.of());
    if (secret.isEmpty()) {
      return differences;
    }
    return differences.stream().map(d -> secret.contains(topLevel(d.path()))
        ? new PropertyDifference(d.path(), d.expected().isEmpty() ? "" : MASK, d.actual().isEmpty() ? "" : MASK,
            d.differenceType())
        : d).toList();
  }

  /** {@code /MasterUserPassword} and {@code /Tags/0/Value} → the first segment. */
  private static String topLevel(String propertyPath) {
    String p = propertyPath.startsWith("/") ? propertyPath.substring(1) : propertyPath;
    int slash = p.indexOf('/');
    return slash < 0 ? p : p.substring(0, slash);
  }
}
