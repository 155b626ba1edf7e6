package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.sam.ImplicitResource;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Stack;
import java.util.Optional;

/** What the snapshot says is deployed for a stack's resources; nothing when the stack has no snapshot. */
final class DeployedIds {
  private final Optional<DeployedState> state;

  private DeployedIds(Optional<DeployedState> state) {
    this.state = state;
  }

  static DeployedIds of(Stack stack) {
    return new DeployedIds(stack.deployed());
  }

  /** The deployed resource, when the snapshot lists it. */
  Optional<DeployedState.ResourceState> resource(String logicalId) {
    return state.flatMap(s -> s.resource(logicalId));
  }

  /** The deployed resource's physical id, when the snapshot lists it with one. */
  Optional<String> physicalId(String logicalId) {
    return resource(logicalId).map(DeployedState.ResourceState::physicalId).filter(id -> !id.isEmpty());
  }

  /**
   * The physical id of a resource the SAM transform creates: for a {@code hashed} id, any deployed id of that
   * prefix and a 10-digit hexadecimal hash ({@link ImplicitResource#matches}).
   */
  Optional<String> physicalId(String logicalId, boolean hashed) {
    if (!hashed) {
      return physicalId(logicalId);
    }
    ImplicitResource implicit = new ImplicitResource(logicalId, "", true, "");
    return state.flatMap(s -> s.resources().stream().filter(r -> implicit.matches(r.logicalId()))
        .map(DeployedState.ResourceState::physicalId).filter(id -> !id.isEmpty()).findFirst());
  }

  /** The stack's deployed state. */
  Optional<DeployedState> state() {
    return state;
  }
}
