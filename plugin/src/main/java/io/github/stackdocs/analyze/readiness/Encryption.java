package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Resource;
import java.util.Optional;

/**
 * The encryption-at-rest check for the types that store data. S3 buckets, DynamoDB tables and SQS queues are
 * encrypted by default (an SQS queue fails only when {@code SqsManagedSseEnabled: false} and no KMS key); the others
 * need a property.
 */
final class Encryption {
  private Encryption() {}

  static Optional<Verdict> of(Resource r) {
    Check c = Check.ENCRYPTION;
    return switch (r.type()) {
      case "AWS::S3::Bucket" -> Optional.of(Verdict.pass(c, Settings.path(r, "BucketEncryption").isPresent()
          ? "BucketEncryption is set" : "encrypted by default (SSE-S3)", r.location()));
      case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" -> Optional.of(Verdict.pass(c,
          Settings.path(r, "SSESpecification").isPresent() ? "SSESpecification is set"
              : "encrypted by default (AWS owned key)", r.location()));
      case "AWS::SQS::Queue" -> Optional.of(queue(r));
      case "AWS::SNS::Topic" -> Optional.of(Props.present(c, r, "encrypted with KMS", "not encrypted",
          "KmsMasterKeyId"));
      case "AWS::RDS::DBInstance" -> r.properties().has("DBClusterIdentifier") ? Optional.empty()
          : Optional.of(Props.bool(c, r, false, "StorageEncrypted is on", "storage not encrypted",
              "StorageEncrypted"));
      case "AWS::RDS::DBCluster" -> Settings.path(r, "EngineMode").flatMap(io.github.stackdocs.model.Node::text)
          .filter("serverless"::equals).isPresent()
          ? Optional.of(Verdict.pass(c, "Aurora Serverless v1 is always encrypted", r.location()))
          : Optional.of(Props.bool(c, r, false, "StorageEncrypted is on", "storage not encrypted", "StorageEncrypted"));
      case "AWS::DocDB::DBCluster", "AWS::Neptune::DBCluster" -> Optional.of(Props.bool(c, r, false,
          "StorageEncrypted is on", "storage not encrypted", "StorageEncrypted"));
      case "AWS::EC2::Volume", "AWS::EFS::FileSystem", "AWS::Redshift::Cluster" -> Optional.of(Props.bool(c, r, false,
          "Encrypted is on", "not encrypted", "Encrypted"));
      case "AWS::Kinesis::Stream" -> Optional.of(Props.present(c, r, "encrypted with KMS", "not encrypted",
          "StreamEncryption"));
      case "AWS::ElastiCache::ReplicationGroup" -> Optional.of(Props.bool(c, r, false,
          "AtRestEncryptionEnabled is on", "not encrypted at rest", "AtRestEncryptionEnabled"));
      case "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain" -> Optional.of(Props.bool(c, r, false,
          "encryption at rest is on", "not encrypted at rest", "EncryptionAtRestOptions", "Enabled"));
      default -> Optional.empty();
    };
  }

  private static Verdict queue(Resource r) {
    if (Settings.path(r, "KmsMasterKeyId").isPresent()) {
      return Verdict.pass(Check.ENCRYPTION, "encrypted with KMS (KmsMasterKeyId)", r.location());
    }
    return Props.bool(Check.ENCRYPTION, r, true, "encrypted by default (SSE-SQS)",
        "SQS-managed encryption turned off and no KMS key", "SqsManagedSseEnabled");
  }
}
