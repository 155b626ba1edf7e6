package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Observability coverage per resource of the kinds that need it, each gap a finding (INFO: advice, so a
 * {@code failOn=WARN} build does not break on them):
 * <ul>
 *   <li>{@code no-alarm} — a critical kind (see {@link ServiceProfile#critical()}) that no alarm watches;</li>
 *   <li>{@code no-log-retention} — a log group of a Lambda function, an ECS service's containers or an API's access
 *       logs has no {@code RetentionInDays} in the templates (see {@link LogRetention});</li>
 *   <li>{@code no-dlq} — an SQS queue with no redrive policy that is not itself a dead-letter queue; a Lambda function
 *       invoked asynchronously without a dead-letter queue or on-failure destination; an SNS topic or EventBridge
 *       rule with a subscription or target without one (see {@link DeadLetters});</li>
 *   <li>{@code no-backup} — a DynamoDB table without point-in-time recovery, an S3 bucket without versioning,
 *       an RDS database with {@code BackupRetentionPeriod: 0}.</li>
 * </ul>
 */
public final class CoverageAnalyzer {

  /** Coverage tables (one per stack, in project order) and the findings of their gaps. */
  public record Result(List<Coverage> coverage, List<Finding> findings) {}

  public Result analyze(Project project, Map<NodeId, List<WatchingAlarm>> alarms) {
    List<Coverage> coverage = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      List<Coverage.Row> rows = new ArrayList<>();
      for (Resource raw : stack.resources()) {
        Resource r = SamTranslator.withGlobals(stack, raw);
        Optional<ServiceProfile> profile = ServiceProfile.of(r.type());
        if (profile.isEmpty()) {
          continue;
        }
        Coverage.Status alarm = profile.get().critical()
            ? (alarms.containsKey(new NodeId(stack.name(), r.logicalId())) ? Coverage.Status.OK : Coverage.Status.MISSING)
            : Coverage.Status.NOT_APPLICABLE;
        Coverage.Status retention = LogRetention.of(stack, r, profile.get());
        Coverage.Status dlq = deadLetter(stack, r, profile.get());
        Coverage.Status backup = switch (profile.get()) {
          case DYNAMODB -> status(Settings.pointInTimeRecovery(r));
          case S3 -> status(Settings.versioning(r));
          case RDS -> status(Settings.backups(r));
          default -> Coverage.Status.NOT_APPLICABLE;
        };
        if (alarm == Coverage.Status.NOT_APPLICABLE && retention == Coverage.Status.NOT_APPLICABLE
            && dlq == Coverage.Status.NOT_APPLICABLE && backup == Coverage.Status.NOT_APPLICABLE) {
          continue;
        }
        rows.add(new Coverage.Row(r.logicalId(), r.type(), alarm, retention, dlq, backup));
        String what = r.logicalId() + " (" + r.type() + ")";
        if (alarm == Coverage.Status.MISSING) {
          findings.add(finding(stack, r, "no-alarm", "no CloudWatch alarm in the templates watches " + what
              + "; add an AWS::CloudWatch::Alarm on one of its key metrics (see its runbook)"));
        }
        if (retention == Coverage.Status.MISSING) {
          findings.add(finding(stack, r, "no-log-retention", profile.get() == ServiceProfile.LAMBDA
              ? "the log group of " + what + " has no retention in the templates, so its logs are kept forever;"
                  + " declare an AWS::Logs::LogGroup with RetentionInDays"
              : "a log group of " + what + " has no RetentionInDays in the templates, so its logs are kept forever;"
                  + " set one (its runbook's Logs section names the groups)"));
        }
        if (dlq == Coverage.Status.MISSING) {
          findings.add(finding(stack, r, "no-dlq", noDeadLetter(stack, r, profile.get(), what)));
        }
        if (backup == Coverage.Status.MISSING) {
          findings.add(finding(stack, r, "no-backup", what + " has no backup: " + switch (profile.get()) {
            case DYNAMODB -> "point-in-time recovery is off (PointInTimeRecoverySpecification)";
            case S3 -> "versioning is off (VersioningConfiguration)";
            default -> "automated backups are off (BackupRetentionPeriod: 0)";
          }));
        }
      }
      coverage.add(new Coverage(stack.name(), rows));
    }
    return new Result(coverage, findings);
  }

  private static Coverage.Status status(Setting s) {
    return switch (s.state()) {
      case ON -> Coverage.Status.OK;
      case OFF -> Coverage.Status.MISSING;
      case DEPENDS -> Coverage.Status.DEPENDS;
    };
  }

  /**
   * Whether failures are kept: an SQS queue's redrive (unless it is itself a dead-letter queue); a Lambda function's
   * dead-letter queue or on-failure destination when something invokes it asynchronously; the dead-letter queues of
   * an SNS topic's subscriptions and of an EventBridge rule's targets (every one needs its own).
   */
  private static Coverage.Status deadLetter(Stack stack, Resource r, ServiceProfile profile) {
    return switch (profile) {
      case SQS -> DeadLetters.isDeadLetterQueue(stack, r) ? Coverage.Status.NOT_APPLICABLE : status(Settings.redrive(r));
      case LAMBDA -> {
        DeadLetters.Async async = DeadLetters.lambda(stack, r);
        yield async.invokers().isEmpty() ? Coverage.Status.NOT_APPLICABLE
            : async.covered() ? Coverage.Status.OK : Coverage.Status.MISSING;
      }
      case SNS -> all(DeadLetters.subscriptions(stack, r));
      case EVENTBRIDGE -> r.type().equals("AWS::Events::Rule") ? all(DeadLetters.targets(r)) : Coverage.Status.NOT_APPLICABLE;
      default -> Coverage.Status.NOT_APPLICABLE;
    };
  }

  private static Coverage.Status all(List<DeadLetters.Delivery> deliveries) {
    if (deliveries.isEmpty()) {
      return Coverage.Status.NOT_APPLICABLE;
    }
    return deliveries.stream().allMatch(d -> d.deadLetter().isPresent()) ? Coverage.Status.OK : Coverage.Status.MISSING;
  }

  private static String noDeadLetter(Stack stack, Resource r, ServiceProfile profile, String what) {
    return switch (profile) {
      case LAMBDA -> what + " is invoked asynchronously (" + String.join(", ", DeadLetters.lambda(stack, r).invokers())
          + ") but has no dead-letter queue or on-failure destination: events that still fail after two retries are"
          + " dropped; add DeadLetterConfig or an EventInvokeConfig with DestinationConfig.OnFailure";
      case SNS -> what + " has subscriptions without a dead-letter queue ("
          + without(DeadLetters.subscriptions(stack, r)) + "): messages SNS cannot deliver are dropped after its"
          + " retries; add a RedrivePolicy to each subscription";
      case EVENTBRIDGE -> what + " has targets without a dead-letter queue (" + without(DeadLetters.targets(r))
          + "): events EventBridge cannot deliver are dropped after its retries; add DeadLetterConfig to each target";
      default -> what + " has no dead-letter queue; messages that keep failing are retried until they expire; add a"
          + " RedrivePolicy";
    };
  }

  private static String without(List<DeadLetters.Delivery> deliveries) {
    return String.join(", ", deliveries.stream().filter(d -> d.deadLetter().isEmpty())
        .map(DeadLetters.Delivery::name).toList());
  }

  private static Finding finding(Stack stack, Resource r, String code, String message) {
    return new Finding(Severity.INFO, code, message, r.location(), stack.name());
  }
}
