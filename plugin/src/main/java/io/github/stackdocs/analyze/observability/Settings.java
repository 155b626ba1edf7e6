package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.Optional;

/** Recovery and observability settings read from resource properties; one method per fact. */
public final class Settings {
  private Settings() {}

  /** DynamoDB point-in-time recovery ({@code PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled}). */
  public static Setting pointInTimeRecovery(Resource r) {
    return Setting.bool(path(r, "PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled").orElse(null), false);
  }

  /** Deletion protection: DynamoDB {@code DeletionProtectionEnabled}, RDS {@code DeletionProtection}. */
  public static Setting deletionProtection(Resource r) {
    Node n = r.properties().get(r.type().startsWith("AWS::RDS::") ? "DeletionProtection" : "DeletionProtectionEnabled");
    return Setting.bool(n, false);
  }

  /** S3 versioning ({@code VersioningConfiguration.Status: Enabled}). */
  public static Setting versioning(Resource r) {
    Optional<Node> status = path(r, "VersioningConfiguration", "Status");
    if (status.isEmpty()) {
      return Setting.off(null);
    }
    if (status.get() instanceof Node.ScalarNode s) {
      return "Enabled".equals(s.text()) ? Setting.on(s) : Setting.off(s);
    }
    return new Setting(Setting.State.DEPENDS, status);
  }

  /** SQS redrive to a dead-letter queue ({@code RedrivePolicy}). */
  public static Setting redrive(Resource r) {
    return Setting.present(r.properties().get("RedrivePolicy"));
  }

  /**
   * RDS automated backups: {@code BackupRetentionPeriod} (RDS keeps 1 day when absent; 0 turns backups off).
   */
  public static Setting backups(Resource r) {
    Node n = r.properties().get("BackupRetentionPeriod");
    if (n == null) {
      return Setting.on(null);
    }
    if (n instanceof Node.ScalarNode s) {
      return "0".equals(s.text()) ? Setting.off(s) : Setting.on(s);
    }
    return new Setting(Setting.State.DEPENDS, Optional.of(n));
  }

  /** The value at a property path, if every step is a mapping. */
  public static Optional<Node> path(Resource r, String... keys) {
    Node n = r.properties();
    for (String k : keys) {
      if (!(n instanceof Node.MapNode m) || m.get(k) == null) {
        return Optional.empty();
      }
      n = m.get(k);
    }
    return Optional.of(n);
  }
}
