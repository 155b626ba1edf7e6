package io.github.stackdocs.render.diagram;

import io.github.stackdocs.model.ResourceTypes;
import java.util.Map;

/** The badge of a resource type: its service's short display name, family and the type's own name. */
final class Badges {
  /** SAM types stand for the service they become. */
  private static final Map<String, String> SAM = Map.ofEntries(
      Map.entry("AWS::Serverless::Function", "Lambda"), Map.entry("AWS::Serverless::LayerVersion", "Lambda"),
      Map.entry("AWS::Serverless::CapacityProvider", "Lambda"), Map.entry("AWS::Serverless::Api", "ApiGateway"),
      Map.entry("AWS::Serverless::HttpApi", "ApiGatewayV2"), Map.entry("AWS::Serverless::WebSocketApi", "ApiGatewayV2"),
      Map.entry("AWS::Serverless::SimpleTable", "DynamoDB"),
      Map.entry("AWS::Serverless::StateMachine", "StepFunctions"),
      Map.entry("AWS::Serverless::Application", "CloudFormation"), Map.entry("AWS::Serverless::Connector", "IAM"),
      Map.entry("AWS::Serverless::GraphQLApi", "AppSync"));
  private static final Map<String, String> DISPLAY = Map.ofEntries(
      Map.entry("ApiGateway", "API Gateway"), Map.entry("ApiGatewayV2", "API Gateway v2"),
      Map.entry("ElasticLoadBalancingV2", "ELB"), Map.entry("ElasticLoadBalancing", "ELB classic"),
      Map.entry("Events", "EventBridge"), Map.entry("StepFunctions", "Step Functions"),
      Map.entry("CertificateManager", "ACM"), Map.entry("SecretsManager", "Secrets Manager"),
      Map.entry("KinesisFirehose", "Firehose"), Map.entry("OpenSearchService", "OpenSearch"),
      Map.entry("ElastiCache", "ElastiCache"), Map.entry("AutoScaling", "Auto Scaling"));

  private Badges() {}

  /** The service a type belongs to for grouping and colour: {@code AWS::Serverless::Function} → {@code Lambda}. */
  static String service(String type) {
    return SAM.getOrDefault(type, ResourceTypes.service(type));
  }

  /** The badge text of a service: {@code ApiGateway} → {@code API Gateway}. */
  static String display(String service) {
    return DISPLAY.getOrDefault(service, service);
  }

  /** The type's own name: {@code AWS::Lambda::Function} → {@code Function}, {@code Custom::Seed} → {@code Seed}. */
  static String typeName(String type) {
    int i = type.lastIndexOf("::");
    return i < 0 ? type : type.substring(i + 2);
  }
}
