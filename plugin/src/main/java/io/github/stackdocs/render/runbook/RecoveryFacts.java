package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.observability.DeadLetters;
import io.github.stackdocs.analyze.observability.Setting;
import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.runbook.RunbookView.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The "Recovery" region of a runbook: backups, protection, and where failed messages and events go. */
final class RecoveryFacts {
  private RecoveryFacts() {}

  /** @param r the resource, with SAM {@code Globals} merged into its properties */
  static List<Fact> of(Stack stack, Resource r, String service) {
    List<Fact> facts = new ArrayList<>();
    switch (service) {
      case "dynamodb" -> {
        facts.add(fact("Point-in-time recovery", Settings.pointInTimeRecovery(r), "restore to any second of the last 35 days"));
        facts.add(fact("Deletion protection", Settings.deletionProtection(r), ""));
      }
      case "s3" -> facts.add(fact("Versioning", Settings.versioning(r), "earlier versions of overwritten or deleted objects"));
      case "sqs" -> {
        Setting redrive = Settings.redrive(r);
        facts.add(new Fact("Dead-letter queue", redrive.isOff()
            ? (DeadLetters.isDeadLetterQueue(stack, r) ? "this queue is a dead-letter queue" : "none")
            : Values.text(redrive.value().get()), "RedrivePolicy"));
        Optional.ofNullable(r.properties().get("MessageRetentionPeriod")).ifPresent(v ->
            facts.add(new Fact("Message retention (seconds)", Values.text(v), "")));
      }
      case "lambda" -> {
        lambda(stack, r, facts);
        facts.add(new Fact("Code", Settings.path(r, "Code").or(() -> Settings.path(r, "CodeUri"))
            .or(() -> Settings.path(r, "InlineCode")).map(Values::text).orElse("?"),
            "redeploy a known-good version to roll back"));
      }
      case "sns" -> deliveries("Subscription", DeadLetters.subscriptions(stack, r), "no subscription in the templates",
          facts);
      case "eventbridge" -> {
        if (r.type().equals("AWS::Events::Rule")) {
          deliveries("Target", DeadLetters.targets(r), "no target in the templates", facts);
        }
      }
      case "rds" -> {
        facts.add(fact("Automated backups", Settings.backups(r), "BackupRetentionPeriod (RDS keeps 1 day when absent)"));
        facts.add(fact("Deletion protection", Settings.deletionProtection(r), ""));
        Optional.ofNullable(r.properties().get("MultiAZ")).ifPresent(v ->
            facts.add(new Fact("Multi-AZ", Values.text(v), "")));
      }
      default -> { }
    }
    if (!r.deletionPolicy().isEmpty()) {
      facts.add(new Fact("DeletionPolicy", r.deletionPolicy(), "what CloudFormation does when the resource leaves the template"));
    }
    if (!r.updateReplacePolicy().isEmpty()) {
      facts.add(new Fact("UpdateReplacePolicy", r.updateReplacePolicy(), ""));
    }
    return facts;
  }

  private static void lambda(Stack stack, Resource r, List<Fact> facts) {
    DeadLetters.Async async = DeadLetters.lambda(stack, r);
    if (async.targets().isEmpty()) {
      facts.add(new Fact("Dead-letter queue (async invocations)", "none", r.type().equals("AWS::Serverless::Function")
          ? "DeadLetterQueue, EventInvokeConfig" : "DeadLetterConfig.TargetArn"));
    }
    for (DeadLetters.Target t : async.targets()) {
      facts.add(new Fact(t.label(), t.destination().map(Values::text).orElse("created by SAM"), t.note()));
    }
    if (!async.invokers().isEmpty()) {
      facts.add(new Fact("Invoked asynchronously by", String.join(", ", async.invokers()),
          "events that still fail after two retries go to the dead-letter queue or on-failure destination"
              + (async.covered() ? "" : "; without one they are dropped")));
    }
  }

  private static void deliveries(String label, List<DeadLetters.Delivery> deliveries, String none, List<Fact> facts) {
    if (deliveries.isEmpty()) {
      facts.add(new Fact(label + "s", "none", none));
    }
    for (DeadLetters.Delivery d : deliveries) {
      facts.add(new Fact(label + " " + d.name(), d.deadLetter().map(v -> "dead-letter queue " + Values.text(v))
          .orElse("no dead-letter queue"), d.note()));
    }
  }

  private static Fact fact(String label, Setting s, String note) {
    String v = switch (s.state()) {
      case ON -> "enabled";
      case OFF -> "disabled";
      case DEPENDS -> "depends on the deployment: " + Values.text(s.value().get());
    };
    return new Fact(label, v, note);
  }
}
