package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.Optional;

/** Whether a CloudWatch alarm tells anyone: {@code AlarmActions} set and {@code ActionsEnabled} not false. */
final class AlarmActions {
  private AlarmActions() {}

  static Optional<Verdict> of(Resource r) {
    if (!r.type().equals("AWS::CloudWatch::Alarm") && !r.type().equals("AWS::CloudWatch::CompositeAlarm")) {
      return Optional.empty();
    }
    Check c = Check.ALARM_ACTIONS;
    Optional<Node> enabled = Settings.path(r, "ActionsEnabled");
    if (enabled.isPresent() && Node.text(enabled.get()).filter("false"::equalsIgnoreCase).isPresent()) {
      return Optional.of(Verdict.fail(c, "its actions are turned off (ActionsEnabled: false)",
          enabled.get().location()));
    }
    Optional<Node> actions = Settings.path(r, "AlarmActions");
    if (actions.isEmpty()) {
      return Optional.of(Verdict.fail(c, "it has no AlarmActions: it changes state and no one is told",
          r.location()));
    }
    if (actions.get() instanceof Node.ListNode list) {
      return Optional.of(list.size() == 0
          ? Verdict.fail(c, "its AlarmActions list is empty", list.location())
          : Verdict.pass(c, "notifies " + list.size() + " action" + (list.size() == 1 ? "" : "s")
              + " (AlarmActions)", list.location()));
    }
    return Optional.of(Verdict.unknown(c, "AlarmActions is decided at deploy time", actions.get().location()));
  }
}
