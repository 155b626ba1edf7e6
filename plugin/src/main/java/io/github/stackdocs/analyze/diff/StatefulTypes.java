package io.github.stackdocs.analyze.diff;

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

  /** Policies that keep the data when CloudFormation deletes the resource. */
  static boolean keepsData(String policy) {
    return policy.equals("Retain") || policy.equals("RetainExceptOnCreate") || policy.equals("Snapshot");
  }
}
