package io.github.stackdocs.render.diagram;

import java.util.Set;

/**
 * Where a resource sits in the left-to-right flow a diagram is laid out in: entry points (DNS, CloudFront, API
 * Gateway, load balancers, event sources) first, then compute, then data and messaging; inside a VPC frame its
 * {@link #ROUTING} (route tables, ACLs) after the zones and subnets, its {@link #ROUTE}s after those and its
 * {@link #GATEWAY}s (gateways, endpoints) last, at the frame's edge; {@link #FREE} resources (roles,
 * keys, target groups, subnets) go wherever their edges put them. {@link Flow} makes these ELK layer constraints.
 */
public enum Tier {
  ENTRY,
  COMPUTE,
  DATA,
  /** Route tables and network ACLs: after a VPC's zones and subnets ({@link Flow#reversed}). */
  ROUTING,
  /** Routes and network ACL entries (drawn as nodes at the all level): after their tables and ACLs. */
  ROUTE,
  /** Gateways, endpoints, peering and attachments: at the edge of their VPC frame ({@link Flow#reversed}). */
  GATEWAY,
  FREE;

  private static final Set<String> ENTRY_TYPES = Set.of("AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api",
      "AWS::Serverless::Api", "AWS::Serverless::HttpApi", "AWS::Serverless::WebSocketApi",
      "AWS::ElasticLoadBalancingV2::LoadBalancer",
      "AWS::ElasticLoadBalancing::LoadBalancer", "AWS::CloudFront::Distribution", "AWS::Route53::RecordSet",
      "AWS::Route53::RecordSetGroup", "AWS::Route53::HostedZone", "AWS::Events::Rule", "AWS::Scheduler::Schedule",
      "AWS::AppSync::GraphQLApi", "AWS::GlobalAccelerator::Accelerator", "AWS::Pipes::Pipe");
  private static final Set<String> COMPUTE_TYPES = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function",
      "AWS::ECS::Service", "AWS::ECS::TaskDefinition", "AWS::ECS::Cluster", "AWS::EC2::Instance",
      "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::AutoScalingGroup", "AWS::AutoScaling::LaunchConfiguration",
      "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine", "AWS::Batch::JobDefinition",
      "AWS::AppRunner::Service", "AWS::EKS::Cluster", "AWS::EKS::Nodegroup", "AWS::ElasticBeanstalk::Environment");
  private static final Set<String> ROUTING_TYPES = Set.of("AWS::EC2::RouteTable", "AWS::EC2::NetworkAcl");
  private static final Set<String> ROUTE_TYPES = Set.of("AWS::EC2::Route", "AWS::EC2::NetworkAclEntry");
  private static final Set<String> GATEWAY_TYPES = Set.of("AWS::EC2::InternetGateway",
      "AWS::EC2::EgressOnlyInternetGateway", "AWS::EC2::VPNGateway", "AWS::EC2::CarrierGateway",
      "AWS::EC2::VPCEndpoint", "AWS::EC2::TransitGatewayAttachment",
      "AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::VPCPeeringConnection", "AWS::EC2::VPCGatewayAttachment",
      "AWS::EC2::VPNConnection");
  private static final Set<String> DATA_SERVICES = Set.of("DynamoDB", "RDS", "S3", "SQS", "ElastiCache", "EFS",
      "Neptune", "DocDB", "MemoryDB", "Redshift", "DAX", "Kinesis", "KinesisFirehose", "OpenSearchService", "MSK",
      "AmazonMQ", "FSx", "Timestream");
  private static final Set<String> DATA_TYPES = Set.of("AWS::Serverless::SimpleTable", "AWS::SNS::Topic");

  /**
   * How near the edge of its VPC frame a resource is drawn: 0 inside (in the zones), 1 a route table or ACL, 2 a
   * route or ACL entry, 3 a gateway at the edge.
   */
  int edge() {
    return switch (this) {
      case ROUTING -> 1;
      case ROUTE -> 2;
      case GATEWAY -> 3;
      default -> 0;
    };
  }

  /** The tier of a resource type. */
  static Tier of(String type) {
    if (ENTRY_TYPES.contains(type)) {
      return ENTRY;
    }
    if (COMPUTE_TYPES.contains(type)) {
      return COMPUTE;
    }
    if (ROUTING_TYPES.contains(type)) {
      return ROUTING;
    }
    if (ROUTE_TYPES.contains(type)) {
      return ROUTE;
    }
    if (GATEWAY_TYPES.contains(type)) {
      return GATEWAY;
    }
    String[] parts = type.split("::");
    return DATA_TYPES.contains(type) || parts.length == 3 && DATA_SERVICES.contains(parts[1]) ? DATA : FREE;
  }
}
