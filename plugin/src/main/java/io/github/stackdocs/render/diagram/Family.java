package io.github.stackdocs.render.diagram;

import java.util.Locale;
import java.util.Map;

/** The service family of a badge: its colour in the SVG and its class in Mermaid. */
public enum Family {
  COMPUTE,
  STORAGE,
  DATABASE,
  NETWORK,
  INTEGRATION,
  SECURITY,
  MANAGEMENT,
  ANALYTICS,
  STACK,
  OTHER;

  private static final Map<String, Family> BY_SERVICE = Map.ofEntries(
      Map.entry("Lambda", COMPUTE), Map.entry("EC2", COMPUTE), Map.entry("ECS", COMPUTE), Map.entry("EKS", COMPUTE),
      Map.entry("Batch", COMPUTE), Map.entry("AutoScaling", COMPUTE), Map.entry("ElasticBeanstalk", COMPUTE),
      Map.entry("AppRunner", COMPUTE), Map.entry("ECR", COMPUTE), Map.entry("Serverless", COMPUTE),
      Map.entry("S3", STORAGE), Map.entry("EFS", STORAGE), Map.entry("FSx", STORAGE), Map.entry("Backup", STORAGE),
      Map.entry("DynamoDB", DATABASE), Map.entry("RDS", DATABASE), Map.entry("ElastiCache", DATABASE),
      Map.entry("Neptune", DATABASE), Map.entry("DocDB", DATABASE), Map.entry("MemoryDB", DATABASE),
      Map.entry("Redshift", DATABASE), Map.entry("DAX", DATABASE),
      Map.entry("ApiGateway", NETWORK), Map.entry("ApiGatewayV2", NETWORK), Map.entry("CloudFront", NETWORK),
      Map.entry("Route53", NETWORK), Map.entry("ElasticLoadBalancingV2", NETWORK),
      Map.entry("ElasticLoadBalancing", NETWORK), Map.entry("GlobalAccelerator", NETWORK),
      Map.entry("SQS", INTEGRATION), Map.entry("SNS", INTEGRATION), Map.entry("Events", INTEGRATION),
      Map.entry("StepFunctions", INTEGRATION), Map.entry("AppSync", INTEGRATION), Map.entry("Pipes", INTEGRATION),
      Map.entry("Scheduler", INTEGRATION), Map.entry("AmazonMQ", INTEGRATION),
      Map.entry("IAM", SECURITY), Map.entry("KMS", SECURITY), Map.entry("SecretsManager", SECURITY),
      Map.entry("Cognito", SECURITY), Map.entry("WAFv2", SECURITY), Map.entry("CertificateManager", SECURITY),
      Map.entry("CloudWatch", MANAGEMENT), Map.entry("Logs", MANAGEMENT), Map.entry("SSM", MANAGEMENT),
      Map.entry("CloudFormation", MANAGEMENT), Map.entry("Config", MANAGEMENT), Map.entry("CloudTrail", MANAGEMENT),
      Map.entry("Kinesis", ANALYTICS), Map.entry("KinesisFirehose", ANALYTICS), Map.entry("Glue", ANALYTICS),
      Map.entry("Athena", ANALYTICS), Map.entry("OpenSearchService", ANALYTICS), Map.entry("MSK", ANALYTICS));

  private static final java.util.Set<String> EC2_COMPUTE = java.util.Set.of("AWS::EC2::Instance",
      "AWS::EC2::LaunchTemplate", "AWS::EC2::SpotFleet", "AWS::EC2::EC2Fleet", "AWS::EC2::Host",
      "AWS::EC2::CapacityReservation", "AWS::EC2::PlacementGroup");

  /**
   * The family of a resource type, by its service ({@code Lambda}, {@code DynamoDB} ...): EC2 is compute for
   * instances and launch templates, storage for volumes and networking for the rest (VPC, subnets, routes,
   * security groups ...); {@link #OTHER} when unknown.
   */
  static Family of(String service, String type) {
    if (service.equals("EC2")) {
      if (EC2_COMPUTE.contains(type)) {
        return COMPUTE;
      }
      return type.startsWith("AWS::EC2::Volume") ? STORAGE : NETWORK;
    }
    return BY_SERVICE.getOrDefault(service, OTHER);
  }

  /** The CSS class / Mermaid class name: {@code compute}, {@code storage} ... */
  public String cssName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
