package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.observability.Setting;
import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import java.util.Optional;

/** Reading the property facts the readiness checks need; each verdict points at the property, else the resource. */
final class Props {
  private Props() {}

  /** A boolean property at a path (absent = {@code absent}) as a verdict. */
  static Verdict bool(Check check, Resource r, boolean absent, String on, String off, String... path) {
    Optional<Node> n = Settings.path(r, path);
    Setting s = Setting.bool(n.orElse(null), absent);
    String name = String.join(".", path);
    SourceLocation at = n.map(Node::location).orElse(r.location());
    return switch (s.state()) {
      case ON -> Verdict.pass(check, on, at);
      case OFF -> Verdict.fail(check, n.isPresent() ? off + " (" + name + ": " + text(n.get()) + ")"
          : off + " (" + name + " is not set)", at);
      case DEPENDS -> Verdict.unknown(check, name + " is decided at deploy time", at);
    };
  }

  /** A property that turns something on by being there at all. */
  static Verdict present(Check check, Resource r, String on, String off, String... path) {
    Optional<Node> n = Settings.path(r, path);
    return n.isPresent() ? Verdict.pass(check, on + " (" + String.join(".", path) + ")", n.get().location())
        : Verdict.fail(check, off + " (" + String.join(".", path) + " is not set)", r.location());
  }

  /** How many items a list property has; empty when absent, -1 when it is an expression. */
  static Optional<Integer> count(Resource r, String... path) {
    Optional<Node> n = Settings.path(r, path);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(n.get() instanceof Node.ListNode list ? list.size() : -1);
  }

  static String text(Node n) {
    return Node.text(n).orElse("an expression");
  }
}
