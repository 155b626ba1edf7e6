package io.github.stackdocs.render.diagram;

import io.github.stackdocs.model.Node;
import java.util.Locale;

/**
 * The variant of a type's icon a resource's properties ask for ({@code icon-map.tsv}'s {@code Type#variant}): an
 * ECS service that runs on Fargate ({@code LaunchType} or a {@code FARGATE}/{@code FARGATE_SPOT} capacity
 * provider), an RDS cluster or instance whose {@code Engine} is Aurora. Empty when none applies or a value is not
 * known (an unresolved reference).
 */
final class IconVariant {
  static final String FARGATE = "FARGATE";
  static final String AURORA = "aurora";

  private IconVariant() {}

  static String of(String type, Node.MapNode properties) {
    if (properties == null) {
      return "";
    }
    return switch (type) {
      case "AWS::ECS::Service" -> fargate(properties) ? FARGATE : "";
      case "AWS::RDS::DBCluster", "AWS::RDS::DBInstance" -> Node.text(properties.get("Engine"))
          .filter(e -> e.toLowerCase(Locale.ROOT).startsWith(AURORA)).map(e -> AURORA).orElse("");
      default -> "";
    };
  }

  private static boolean fargate(Node.MapNode properties) {
    if (Node.text(properties.get("LaunchType")).filter(FARGATE::equals).isPresent()) {
      return true;
    }
    if (properties.get("CapacityProviderStrategy") instanceof Node.ListNode strategy) {
      for (Node item : strategy.items()) {
        if (item instanceof Node.MapNode m
            && Node.text(m.get("CapacityProvider")).filter(p -> p.startsWith(FARGATE)).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
