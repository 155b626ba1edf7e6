package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.Resource;
import java.util.Set;

/** Resource types that hold data: replacing or deleting one loses it. The one list of them. */
public final class StatefulTypes {
  private static final Set<String> TYPES = Set.of(
      "AWS::DynamoDB::Table",
      "AWS::DynamoDB::GlobalTable",
      "AWS::S3::Bucket",
      "AWS::RDS::DBInstance",
      "AWS::RDS::DBCluster",
      "AWS::RDS::GlobalCluster",
      "AWS::EFS::FileSystem",
      "AWS::FSx::FileSystem",
      "AWS::Kinesis::Stream",
      "AWS::KinesisFirehose::DeliveryStream",
      "AWS::SQS::Queue",
      "AWS::Logs::LogGroup",
      "AWS::KMS::Key",
      "AWS::Cognito::UserPool",
      "AWS::ElastiCache::CacheCluster",
      "AWS::ElastiCache::ReplicationGroup",
      "AWS::ElastiCache::ServerlessCache",
      "AWS::OpenSearchService::Domain",
      "AWS::Elasticsearch::Domain",
      "AWS::Neptune::DBCluster",
      "AWS::Neptune::DBInstance",
      "AWS::DocDB::DBCluster",
      "AWS::DocDB::DBInstance",
      "AWS::Redshift::Cluster",
      "AWS::EC2::Volume",
      "AWS::Backup::BackupVault",
      "AWS::SecretsManager::Secret",
      "AWS::ECR::Repository",
      "AWS::Timestream::Table",
      "AWS::QLDB::Ledger",
      "AWS::MemoryDB::Cluster",
      "AWS::CodeCommit::Repository",
      "AWS::Glue::Database",
      "AWS::Glue::Table");

  private StatefulTypes() {}

  public static boolean stateful(String type) {
    return TYPES.contains(type);
  }

  /** DB instances that keep no data of their own when they belong to a cluster (the cluster's storage holds it). */
  private static final Set<String> CLUSTER_MEMBERS = Set.of(
      "AWS::RDS::DBInstance", "AWS::Neptune::DBInstance", "AWS::DocDB::DBInstance");

  /**
   * Whether removing or replacing this resource loses data: its type is stateful, and it is not a DB instance of a
   * cluster. Neptune and DocumentDB instances always belong to a cluster; an RDS instance does when it names one
   * ({@code DBClusterIdentifier}, Aurora).
   */
  public static boolean holdsData(Resource r) {
    if (!stateful(r.type())) {
      return false;
    }
    if (!CLUSTER_MEMBERS.contains(r.type())) {
      return true;
    }
    return r.type().equals("AWS::RDS::DBInstance") && !r.properties().has("DBClusterIdentifier");
  }

  /**
   * The DeletionPolicy CloudFormation applies when the template gives none: {@code Snapshot} for
   * {@code AWS::RDS::DBCluster} and for an {@code AWS::RDS::DBInstance} without {@code DBClusterIdentifier},
   * {@code Delete} for everything else (CloudFormation's DeletionPolicy attribute documentation). UpdateReplacePolicy
   * has no such exception: its default is {@code Delete}.
   */
  public static String defaultDeletionPolicy(Resource r) {
    boolean snapshot = r.type().equals("AWS::RDS::DBCluster")
        || r.type().equals("AWS::RDS::DBInstance") && !r.properties().has("DBClusterIdentifier");
    return snapshot ? "Snapshot" : "Delete";
  }

  /** Policies that keep the data when CloudFormation deletes the resource. */
  public static boolean keepsData(String policy) {
    return policy.equals("Retain") || policy.equals("RetainExceptOnCreate") || policy.equals("Snapshot");
  }
}
