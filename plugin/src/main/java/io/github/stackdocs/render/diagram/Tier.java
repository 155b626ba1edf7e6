package io.github.stackdocs.render.diagram;

import java.util.Set;

/**
 * Where a resource sits in the left-to-right flow a diagram is laid out in: entry points (DNS, CloudFront, API
 * Gateway, load balancers, event sources) first, then compute, then data and messaging; {@link #FREE} resources
 * (roles, keys, target groups, networking) go wherever their edges put them. {@link Flow} makes these ELK
 * layer constraints.
 */
public enum Tier {
  ENTRY,
  COMPUTE,
  DATA,
  FREE;

  private static final Set<String> ENTRY_TYPES = Set.of("AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api",
      "AWS::Serverless::Api", "AWS::Serverless::HttpApi", "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancing::LoadBalancer", "AWS::CloudFront::Distribution", "AWS::Route53::RecordSet",
      "AWS::Route53::RecordSetGroup", "AWS::Route53::HostedZone", "AWS::Events::Rule", "AWS::Scheduler::Schedule",
      "AWS::AppSync::GraphQLApi", "AWS::GlobalAccelerator::Accelerator", "AWS::Pipes::Pipe");
  private static final Set<String> COMPUTE_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function",
      "AWS::ECS::Service", "AWS::ECS::TaskDefinition", "AWS::ECS::Cluster", "AWS::EC2::Instance",
      "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::LaunchConfiguration",
      "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine", "AWS::Batch::JobDefinition",
      "AWS::AppRunner::Service", "AWS::EKS::Cluster", "AWS::EKS::Nodegroup", "AWS::ElasticBeanstalk::Environment");
  private static final Set<String> DATA_SERVICES = Set.of("DynamoDB", "RDS", "S3", "SQS", "ElastiCache", "EFS",
      "Neptune", "DocDB", "MemoryDB", "Redshift", "DAX", "Kinesis", "KinesisFirehose", "OpenSearchService", "MSK",
      "AmazonMQ", "FSx", "Timestream");
  private static final Set<String> DATA_TYPES = Set.of("AWS::Serverless::SimpleTable", "AWS::SNS::Topic");

  /** The tier of a resource type. */
  static Tier of(String type) {
    if (ENTRY_TYPES.contains(type)) {
      return ENTRY;
    }
    if (COMPUTE_TYPES.contains(type)) {
      return COMPUTE;
    }
    String[] parts = type.split("::");
    return DATA_TYPES.contains(type) || parts.length == 3 && DATA_SERVICES.contains(parts[1]) ? DATA : FREE;
  }
}
