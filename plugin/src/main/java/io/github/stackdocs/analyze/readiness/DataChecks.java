package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.diff.StatefulTypes;
import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What keeps a stateful resource's data when it or its stack is deleted: the {@code DeletionPolicy} (on the types
 * {@link StatefulTypes} says hold data, except those whose content is transient) and deletion protection (DynamoDB
 * tables, RDS).
 */
final class DataChecks {
  /** Stateful types whose content is transient or rebuilt, where a Retain policy is not expected. */
  private static final Set<String> TRANSIENT = Set.of("AWS::SQS::Queue", "AWS::Logs::LogGroup", "AWS::Kinesis::Stream",
      "AWS::KinesisFirehose::DeliveryStream", "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup",
      "AWS::ElastiCache::ServerlessCache", "AWS::MemoryDB::Cluster", "AWS::ECR::Repository",
      "AWS::SecretsManager::Secret", "AWS::Glue::Database", "AWS::Glue::Table", "AWS::Backup::BackupVault");

  private DataChecks() {}

  static List<Verdict> of(Resource r) {
    List<Verdict> out = new ArrayList<>();
    if (StatefulTypes.holdsData(r) && !TRANSIENT.contains(r.type())) {
      String written = r.deletionPolicy();
      String policy = written.isEmpty() ? StatefulTypes.defaultDeletionPolicy(r) : written;
      String shown = "DeletionPolicy " + policy + (written.isEmpty() ? " (CloudFormation's default)" : "");
      out.add(StatefulTypes.keepsData(policy) ? Verdict.pass(Check.DELETION_POLICY, shown, r.location())
          : Verdict.fail(Check.DELETION_POLICY, shown + (r.type().equals("AWS::S3::Bucket")
              ? ": deleting the stack deletes the bucket once it is empty" : ": deleting the stack deletes the data"),
              r.location()));
    }
    boolean rds = r.type().equals("AWS::RDS::DBCluster")
        || r.type().equals("AWS::RDS::DBInstance") && StatefulTypes.holdsData(r);
    if (rds) {
      out.add(Props.bool(Check.DELETION_PROTECTION, r, false, "DeletionProtection is on", "deletion protection is off",
          "DeletionProtection"));
    } else if (r.type().equals("AWS::DynamoDB::Table")) {
      out.add(Props.bool(Check.DELETION_PROTECTION, r, false, "DeletionProtectionEnabled is on",
          "deletion protection is off", "DeletionProtectionEnabled"));
    }
    return out;
  }

  /** Where a backup setting is written (for the verdict's location), else the resource. */
  static io.github.stackdocs.model.SourceLocation backupAt(Resource r) {
    return switch (r.type()) {
      case "AWS::S3::Bucket" -> Settings.path(r, "VersioningConfiguration").map(n -> n.location()).orElse(r.location());
      case "AWS::RDS::DBInstance", "AWS::RDS::DBCluster" -> Settings.path(r, "BackupRetentionPeriod")
          .map(n -> n.location()).orElse(r.location());
      default -> Settings.path(r, "PointInTimeRecoverySpecification").map(n -> n.location()).orElse(r.location());
    };
  }
}
