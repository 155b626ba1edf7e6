package io.github.stackdocs.render.runbook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ARN of a deployed resource from its type and the physical id CloudFormation reports, in the stack's
 * partition, region and account (from the stack ARN). Physical ids that are ARNs are kept; types whose ARN holds
 * something the physical id lacks (an Auto Scaling group's id, a role's path) get none.
 */
final class Arns {
  private static final Pattern QUEUE_URL = Pattern.compile("https://[^/]+/(\\d{12})/([^/]+)");
  private static final Pattern PART = Pattern.compile("[a-z0-9-]+");

  private Arns() {}

  /**
   * @param stackId the stack's ARN ({@code arn:<partition>:cloudformation:<region>:<account>:stack/...})
   */
  static Optional<String> of(String type, String physicalId, String stackId) {
    if (physicalId.isEmpty()) {
      return Optional.empty();
    }
    if (physicalId.startsWith("arn:")) {
      return Optional.of(physicalId);
    }
    String[] stack = stackId.split(":", 6);
    if (stack.length != 6 || !stack[0].equals("arn") || !PART.matcher(stack[1]).matches()
        || !PART.matcher(stack[3]).matches() || !stack[4].matches("\\d{12}")) {
      return Optional.empty();
    }
    String p = stack[1];
    String region = stack[3];
    String account = stack[4];
    String regional = ":" + region + ":" + account + ":";
    return Optional.ofNullable(switch (type) {
      case "AWS::Lambda::Function", "AWS::Serverless::Function" -> "arn:" + p + ":lambda" + regional + "function:" + physicalId;
      case "AWS::DynamoDB::Table", "AWS::Serverless::SimpleTable" -> "arn:" + p + ":dynamodb" + regional + "table/" + physicalId;
      case "AWS::SQS::Queue" -> queue(p, region, physicalId);
      case "AWS::S3::Bucket" -> "arn:" + p + ":s3:::" + physicalId;
      case "AWS::Kinesis::Stream" -> "arn:" + p + ":kinesis" + regional + "stream/" + physicalId;
      case "AWS::RDS::DBInstance" -> "arn:" + p + ":rds" + regional + "db:" + physicalId;
      case "AWS::RDS::DBCluster" -> "arn:" + p + ":rds" + regional + "cluster:" + physicalId;
      case "AWS::ApiGateway::RestApi", "AWS::Serverless::Api" -> "arn:" + p + ":apigateway:" + region + "::/restapis/" + physicalId;
      case "AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi" -> "arn:" + p + ":apigateway:" + region + "::/apis/" + physicalId;
      case "AWS::CloudFront::Distribution" -> "arn:" + p + ":cloudfront::" + account + ":distribution/" + physicalId;
      case "AWS::Events::EventBus" -> "arn:" + p + ":events" + regional + "event-bus/" + physicalId;
      case "AWS::Events::Rule" -> "arn:" + p + ":events" + regional + "rule/" + physicalId.replace('|', '/');
      case "AWS::EC2::Instance" -> "arn:" + p + ":ec2" + regional + "instance/" + physicalId;
      case "AWS::ElastiCache::CacheCluster" -> "arn:" + p + ":elasticache" + regional + "cluster:" + physicalId;
      case "AWS::ElastiCache::ReplicationGroup" -> "arn:" + p + ":elasticache" + regional + "replicationgroup:" + physicalId;
      case "AWS::Logs::LogGroup" -> "arn:" + p + ":logs" + regional + "log-group:" + physicalId;
      case "AWS::CloudWatch::Alarm" -> "arn:" + p + ":cloudwatch" + regional + "alarm:" + physicalId;
      default -> null;
    });
  }

  /** SQS reports the queue URL: {@code https://sqs.<region>.amazonaws.com/<account>/<name>}. */
  private static String queue(String partition, String region, String url) {
    Matcher m = QUEUE_URL.matcher(url);
    return m.matches() ? "arn:" + partition + ":sqs:" + region + ":" + m.group(1) + ":" + m.group(2) : null;
  }
}
