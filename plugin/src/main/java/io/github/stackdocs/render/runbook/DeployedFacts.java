package io.github.stackdocs.render.runbook;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.render.runbook.RunbookView.Fact;
import io.github.stackdocs.render.view.ConsoleLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the snapshot ({@code deployedDirectory}) says about a runbook's resource: physical id, ARN, status and
 * drift, and its AWS console page. Nothing without a snapshot; "not deployed" when the snapshot lists the stack's
 * resources and this one is not among them. Timestamps are left out so a newer snapshot of an unchanged stack
 * changes nothing.
 */
final class DeployedFacts {
  private DeployedFacts() {}

  static List<Fact> of(Resource r, DeployedIds ids) {
    List<Fact> facts = new ArrayList<>();
    if (ids.state().isEmpty()) {
      return facts;
    }
    DeployedState stack = ids.state().get();
    Optional<DeployedState.ResourceState> deployed = ids.resource(r.logicalId());
    if (deployed.isEmpty()) {
      if (stack.resourcesKnown()) {
        facts.add(new Fact("Deployed", "no", "the snapshot of stack " + stack.stackName() + " does not list it"));
      }
      return facts;
    }
    DeployedState.ResourceState d = deployed.get();
    String type = d.type().isEmpty() ? r.type() : d.type(); // SAM's types are transformed when deployed
    if (!d.physicalId().isEmpty()) {
      facts.add(new Fact("Physical id", d.physicalId(), ""));
      Arns.of(type, d.physicalId(), stack.stackId()).filter(arn -> !arn.equals(d.physicalId()))
          .ifPresent(arn -> facts.add(new Fact("ARN", arn, "")));
    }
    if (!d.status().isEmpty()) {
      facts.add(new Fact("Deployed status", d.status(), d.statusReason()));
    }
    if (!d.driftStatus().isEmpty()) {
      facts.add(new Fact("Drift", d.driftStatus(), d.differences().isEmpty() ? ""
          : String.join(", ", d.differences().stream().map(x -> x.path() + " " + switch (x.differenceType()) {
            case "ADD" -> "added";
            case "REMOVE" -> "removed";
            default -> "changed";
          }).toList())));
    }
    return facts;
  }

  /** The resource's console page, or empty (no snapshot, no pattern for the type, another partition). */
  static String consoleUrl(Resource r, DeployedIds ids) {
    return ids.state().flatMap(s -> ids.resource(r.logicalId()).filter(d -> !d.physicalId().isEmpty())
        .flatMap(d -> ConsoleLinks.of(d.type().isEmpty() ? r.type() : d.type(), d.physicalId(), s.partition(),
            s.region()))).orElse("");
  }
}
