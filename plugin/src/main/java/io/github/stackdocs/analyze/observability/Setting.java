package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import java.util.Optional;

/**
 * An operational setting read from a resource's properties: on, off, or only known at deploy time (the
 * value is an expression such as {@code !If} or {@code !FindInMap}).
 *
 * @param value the template value when there is one (for showing the expression)
 */
public record Setting(State state, Optional<Node> value) {
  public enum State { ON, OFF, DEPENDS }

  public static Setting on(Node value) {
    return new Setting(State.ON, Optional.ofNullable(value));
  }

  public static Setting off(Node value) {
    return new Setting(State.OFF, Optional.ofNullable(value));
  }

  /** A boolean property: a literal true/false, absent (= {@code absent}), or an expression. */
  public static Setting bool(Node value, boolean absent) {
    if (value == null) {
      return new Setting(absent ? State.ON : State.OFF, Optional.empty());
    }
    if (value instanceof Node.ScalarNode s) {
      return "true".equalsIgnoreCase(s.text()) ? on(value) : off(value);
    }
    return new Setting(State.DEPENDS, Optional.of(value));
  }

  /** Present at all (any value), or absent. */
  public static Setting present(Node value) {
    return value == null ? off(null) : on(value);
  }

  public boolean isOff() {
    return state == State.OFF;
  }
}
