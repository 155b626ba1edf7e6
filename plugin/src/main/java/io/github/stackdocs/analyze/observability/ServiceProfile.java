package io.github.stackdocs.analyze.observability;

import java.util.List;
import java.util.Optional;

/**
 * What operating a resource type involves, as far as the templates can tell: the runbook template that
 * describes it, the CloudWatch namespaces and dimensions its metrics are published under (to find the
 * alarms that watch it), the property holding its physical name, and which coverage checks apply.
 * Types without a profile get a generic runbook only when another stack depends on them.
 */
public enum ServiceProfile {
  LAMBDA("lambda", List.of("AWS::Lambda::Function", "AWS::Serverless::Function"), List.of("AWS/Lambda"),
      List.of("FunctionName", "Resource"), "FunctionName", true),
  API_GATEWAY_REST("apigateway-rest", List.of("AWS::ApiGateway::RestApi", "AWS::Serverless::Api"),
      List.of("AWS/ApiGateway"), List.of("ApiName"), "Name", true),
  API_GATEWAY_HTTP("apigateway-http", List.of("AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi"),
      List.of("AWS/ApiGateway"), List.of("ApiId"), "Name", true),
  DYNAMODB("dynamodb", List.of("AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable", "AWS::Serverless::SimpleTable"),
      List.of("AWS/DynamoDB"), List.of("TableName"), "TableName", true),
  SQS("sqs", List.of("AWS::SQS::Queue"), List.of("AWS/SQS"), List.of("QueueName"), "QueueName", true),
  SNS("sns", List.of("AWS::SNS::Topic"), List.of("AWS/SNS"), List.of("TopicName"), "TopicName", false),
  S3("s3", List.of("AWS::S3::Bucket"), List.of("AWS/S3"), List.of("BucketName"), "BucketName", false),
  ECS_SERVICE("ecs-service", List.of("AWS::ECS::Service"), List.of("AWS/ECS", "ECS/ContainerInsights"),
      List.of("ServiceName"), "ServiceName", true),
  RDS("rds", List.of("AWS::RDS::DBInstance", "AWS::RDS::DBCluster"), List.of("AWS/RDS"),
      List.of("DBInstanceIdentifier", "DBClusterIdentifier"), "DBInstanceIdentifier", true),
  EC2("ec2", List.of("AWS::EC2::Instance", "AWS::AutoScaling::AutoScalingGroup"), List.of("AWS/EC2", "AWS/AutoScaling"),
      List.of("InstanceId", "AutoScalingGroupName"), "AutoScalingGroupName", true),
  LOAD_BALANCER("load-balancer", List.of("AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancing::LoadBalancer"), List.of("AWS/ApplicationELB", "AWS/NetworkELB", "AWS/ELB"),
      List.of("LoadBalancer", "LoadBalancerName"), "Name", true),
  STEP_FUNCTIONS("step-functions", List.of("AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"),
      List.of("AWS/States"), List.of("StateMachineArn"), "StateMachineName", true),
  KINESIS("kinesis", List.of("AWS::Kinesis::Stream"), List.of("AWS/Kinesis"), List.of("StreamName"), "Name", true),
  EVENTBRIDGE("eventbridge", List.of("AWS::Events::Rule", "AWS::Events::EventBus"), List.of("AWS/Events"),
      List.of("RuleName", "EventBusName"), "Name", false),
  CLOUDFRONT("cloudfront", List.of("AWS::CloudFront::Distribution"), List.of("AWS/CloudFront"),
      List.of("DistributionId"), "", true),
  ELASTICACHE("elasticache", List.of("AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup",
      "AWS::ElastiCache::ServerlessCache"), List.of("AWS/ElastiCache"),
      List.of("CacheClusterId", "ReplicationGroupId", "clusterId"), "ClusterName", true);

  private final String template;
  private final List<String> types;
  private final List<String> namespaces;
  private final List<String> dimensions;
  private final String nameProperty;
  private final boolean critical;

  ServiceProfile(String template, List<String> types, List<String> namespaces, List<String> dimensions,
      String nameProperty, boolean critical) {
    this.template = template;
    this.types = types;
    this.namespaces = namespaces;
    this.dimensions = dimensions;
    this.nameProperty = nameProperty;
    this.critical = critical;
  }

  /** The profile of a resource type, if it has an operational surface stackdocs knows. */
  public static Optional<ServiceProfile> of(String type) {
    return Optional.ofNullable(ByType.MAP.get(type));
  }

  /** Profiles by resource type (the first profile naming a type wins); built once, on first use. */
  private static final class ByType {
    static final java.util.Map<String, ServiceProfile> MAP = new java.util.HashMap<>();

    static {
      for (ServiceProfile p : values()) {
        p.types.forEach(t -> MAP.putIfAbsent(t, p));
      }
    }
  }

  /** The runbook template's base name, {@code runbook/service/<template>.ftl}. */
  public String template() {
    return template;
  }

  /** CloudWatch namespaces the service publishes metrics under. */
  public List<String> namespaces() {
    return namespaces;
  }

  /** Metric dimensions that identify one resource of this service. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** The property that holds the physical name (empty when the service has none). */
  public String nameProperty() {
    return nameProperty;
  }

  /** Whether a missing alarm is a coverage gap worth a finding. */
  public boolean critical() {
    return critical;
  }
}
