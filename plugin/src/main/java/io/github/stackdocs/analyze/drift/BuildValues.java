package io.github.stackdocs.analyze.drift;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SecretValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the build's template, bound to the environment, sets at the property a drift report names, where that
 * differs from what CloudFormation expects (the deployed template's value): deploying the build changes it. Only a
 * known scalar is told; never a secret (a masked drift value, a property named like a secret, a value derived from
 * a NoEcho parameter, which binding leaves as written).
 */
public final class BuildValues {
  private BuildValues() {}

  /** The build's value at {@code difference}'s path when it is known and differs from the expected one. */
  public static Optional<String> changedBy(Resource built, PropertyDifference difference) {
    if (built == null || difference.expected().equals(DeployedState.MASK)
        || difference.actual().equals(DeployedState.MASK) || difference.differenceType().equals("ADD")) {
      return Optional.empty();
    }
    List<String> path = segments(difference.path());
    if (path.isEmpty() || path.stream().anyMatch(SecretValues::isSecretName)) {
      return Optional.empty();
    }
    Node at = built.properties();
    if (path.get(0).equals("Properties") && built.properties().get("Properties") == null) {
      path = path.subList(1, path.size());
    }
    for (String segment : path) {
      at = child(at, segment);
      if (at == null) {
        return Optional.empty();
      }
    }
    if (!(at instanceof Node.ScalarNode s) || s.isNull() || !Nodes.literal(at)) {
      return Optional.empty();
    }
    String text = s.text();
    if (SecretValues.isDynamicReference(text)) {
      return Optional.empty();
    }
    return text.equals(difference.expected()) ? Optional.empty() : Optional.of(text);
  }

  private static Node child(Node at, String segment) {
    if (at instanceof Node.MapNode m) {
      return m.get(segment);
    }
    if (at instanceof Node.ListNode l && segment.matches("\\d{1,6}")) {
      int i = Integer.parseInt(segment);
      return i < l.items().size() ? l.items().get(i) : null;
    }
    return null;
  }

  /** A JSON pointer's segments ({@code /Tags/0/Value}), {@code ~1} and {@code ~0} unescaped. */
  private static List<String> segments(String pointer) {
    List<String> result = new ArrayList<>();
    if (!pointer.startsWith("/")) {
      return result;
    }
    for (String part : pointer.substring(1).split("/", -1)) {
      result.add(part.replace("~1", "/").replace("~0", "~"));
    }
    return result;
  }
}
