package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.model.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The readiness checks: a stable id (what the annotations file's {@code readiness} key and model.json name), the
 * default severity, why it matters and how to fix it. Stack checks are about the stack as a whole; the others about
 * one resource.
 */
public enum Check {
  ALARM("alarm", Severity.WARN, false, "an alarm watches the service's key failure metric",
      "Without an alarm, failures are heard of from customers first.",
      "Add an AWS::CloudWatch::Alarm on its key failure metric (Errors, 5XXError, ...; its runbook's Metrics section"
          + " names them)."),
  LOG_RETENTION("log-retention", Severity.WARN, false, "its logs have a retention period",
      "Logs without a retention are kept, and paid for, forever.",
      "Declare its AWS::Logs::LogGroup with RetentionInDays."),
  DEAD_LETTER("dead-letter", Severity.WARN, false, "failed messages and async events are kept",
      "Without a dead-letter queue or on-failure destination, what keeps failing is dropped after the retries.",
      "Add a RedrivePolicy (queues, subscriptions), DeadLetterConfig (targets, functions) or an EventInvokeConfig"
          + " with DestinationConfig.OnFailure."),
  BACKUP("backup", Severity.ERROR, false, "its data is backed up",
      "Data without backups or point-in-time recovery cannot be restored after a bad write or a deletion.",
      "Turn on point-in-time recovery (DynamoDB), versioning (S3) or automated backups (RDS BackupRetentionPeriod > 0)."),
  DELETION_POLICY("deletion-policy", Severity.WARN, false, "deleting the stack keeps its data",
      "With DeletionPolicy Delete, removing the resource from the template or deleting the stack deletes the data.",
      "Set DeletionPolicy (and UpdateReplacePolicy) to Retain or Snapshot."),
  DELETION_PROTECTION("deletion-protection", Severity.INFO, false, "deletion protection is on",
      "Deletion protection stops a console click or an API call from deleting the data.",
      "Set DeletionProtectionEnabled (DynamoDB) or DeletionProtection (RDS) to true."),
  MULTI_AZ("multi-az", Severity.WARN, false, "it survives the loss of one Availability Zone",
      "A resource in one Availability Zone goes down with it.",
      "Spread it over at least two Availability Zones (MultiAZ, MultiAZEnabled, two or more subnets, zone awareness)."),
  ENCRYPTION("encryption", Severity.WARN, false, "its data is encrypted at rest",
      "Unencrypted data at rest fails most compliance regimes and exposes snapshots and disks.",
      "Turn on encryption at rest (StorageEncrypted, Encrypted, KmsMasterKeyId, StreamEncryption,"
          + " AtRestEncryptionEnabled, EncryptionAtRestOptions)."),
  ALARM_ACTIONS("alarm-actions", Severity.WARN, false, "the alarm notifies someone",
      "An alarm without actions changes state in the console and no one is told.",
      "Give it AlarmActions (an SNS topic people or a pager subscribe to) and leave ActionsEnabled on."),
  RUNBOOK("runbook", Severity.WARN, false, "its runbook exists and its hand-written parts are filled in",
      "A runbook whose own sections still say TODO is no help at 3 a.m.",
      "Write the runbook's parts outside the generated regions (// stackdocs:begin ... end) and remove every TODO."),
  OWNER("owner", Severity.WARN, true, "an owner is annotated",
      "Without an owner, no one decides about changes and incidents.",
      "Set owner (or team) for the stack in the annotations file, its Metadata or tags."),
  ONCALL("oncall", Severity.WARN, true, "an on-call rotation is annotated",
      "Without an on-call link, an alarm at night reaches no one who can act.",
      "Set oncall (or escalation) for the stack in the annotations file, its Metadata or tags.");

  private final String id;
  private final Severity severity;
  private final boolean stack;
  private final String title;
  private final String rationale;
  private final String fix;

  Check(String id, Severity severity, boolean stack, String title, String rationale, String fix) {
    this.id = id;
    this.severity = severity;
    this.stack = stack;
    this.title = title;
    this.rationale = rationale;
    this.fix = fix;
  }

  /** The check with this id. */
  public static Optional<Check> byId(String id) {
    return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
  }

  public String id() {
    return id;
  }

  /** The severity of a failure unless the annotations file changes it. */
  public Severity severity() {
    return severity;
  }

  /** True for checks about the stack as a whole (ownership). */
  public boolean stackLevel() {
    return stack;
  }

  /** What passing means, as a short phrase. */
  public String title() {
    return title;
  }

  /** Why it matters. */
  public String rationale() {
    return rationale;
  }

  /** How to make it pass. */
  public String fix() {
    return fix;
  }
}
