package io.github.stackdocs.render.runbook;

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
   * The physical id of a resource the SAM transform creates: {@code logicalId} ends in {@code <hash>} when
   * {@code hashed}, and any deployed id of that prefix and 10 hexadecimal digits matches.
   */
  Optional<String> physicalId(String logicalId, boolean hashed) {
    if (!hashed) {
      return physicalId(logicalId);
    }
    String prefix = logicalId.endsWith("<hash>") ? logicalId.substring(0, logicalId.length() - 6) : logicalId;
    return state.flatMap(s -> s.resources().stream().filter(r -> r.logicalId().length() == prefix.length() + 10
        && r.logicalId().startsWith(prefix) && r.logicalId().substring(prefix.length()).chars()
            .allMatch(c -> Character.digit(c, 16) >= 0)).map(DeployedState.ResourceState::physicalId)
        .filter(id -> !id.isEmpty()).findFirst());
  }

  /** The stack's deployed state. */
  Optional<DeployedState> state() {
    return state;
  }
}
