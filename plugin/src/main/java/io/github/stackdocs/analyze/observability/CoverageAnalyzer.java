package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.analyze.graph.NodeId;
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
 *   <li>{@code no-dlq} — an SQS queue with no redrive policy that is not itself another queue's dead-letter queue;</li>
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
      for (Resource r : stack.resources()) {
        Optional<ServiceProfile> profile = ServiceProfile.of(r.type());
        if (profile.isEmpty()) {
          continue;
        }
        Coverage.Status alarm = profile.get().critical()
            ? (alarms.containsKey(new NodeId(stack.name(), r.logicalId())) ? Coverage.Status.OK : Coverage.Status.MISSING)
            : Coverage.Status.NOT_APPLICABLE;
        Coverage.Status retention = LogRetention.of(stack, r, profile.get());
        Coverage.Status dlq = profile.get() == ServiceProfile.SQS && !isDeadLetterQueue(stack, r)
            ? status(Settings.redrive(r)) : Coverage.Status.NOT_APPLICABLE;
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
          findings.add(finding(stack, r, "no-dlq", what + " has no dead-letter queue; messages that keep failing"
              + " are retried until they expire; add a RedrivePolicy"));
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

  /** True when another queue of the stack names {@code queue} as its dead-letter target. */
  public static boolean isDeadLetterQueue(Stack stack, Resource queue) {
    return stack.references().stream().anyMatch(ref -> ref.target().equals(queue.logicalId())
        && ref.path().startsWith("Properties.RedrivePolicy"));
  }

  private static Finding finding(Stack stack, Resource r, String code, String message) {
    return new Finding(Severity.INFO, code, message, r.location(), stack.name());
  }
}
