package io.github.stackdocs.render.view;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * AWS console URLs of deployed resources, all URL patterns in one place. URLs are built only from sanitized
 * values: the region must look like a region ({@code eu-west-1}) and comes from the stack's ARN, every other
 * value is percent-encoded (only {@code A-Z a-z 0-9 - . _} stay), so a URL can carry no markup into a page.
 * Only the commercial partition ({@code aws}) is linked: other partitions have other console hosts.
 */
public final class ConsoleLinks {
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
  /**
   * Longer than any region name ({@code ap-southeast-2}, {@code us-isob-east-1}). The check comes before
   * {@link #REGION}, whose repeated group recurses once per {@code -word}: a 10,000-character "region" in a snapshot's
   * stack ARN overflowed the stack.
   */
  private static final int MAX_REGION_LENGTH = 32;

  private ConsoleLinks() {}

  /**
   * The console page of a deployed resource, or empty for types without a pattern, unknown regions and
   * other partitions.
   *
   * @param type the CloudFormation type, e.g. {@code AWS::Lambda::Function}
   * @param physicalId the physical id CloudFormation reports (a name, an id, a URL or an ARN depending on type)
   * @param partition the stack ARN's partition
   * @param region the stack ARN's region
   */
  public static Optional<String> of(String type, String physicalId, String partition, String region) {
    if (physicalId.isEmpty() || !"aws".equals(partition) || region.length() > MAX_REGION_LENGTH
        || !REGION.matcher(region).matches()) {
      return Optional.empty();
    }
    String r = region;
    String host = "https://" + r + ".console.aws.amazon.com/";
    String id = enc(physicalId);
    return Optional.ofNullable(switch (type) {
      case "AWS::Lambda::Function" ->
          host + "lambda/home?region=" + r + "#/functions/" + id;
      case "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable" ->
          host + "dynamodbv2/home?region=" + r + "#table?name=" + id;
      case "AWS::SQS::Queue" -> // physical id: the queue URL
          host + "sqs/v3/home?region=" + r + "#/queues/" + id;
      case "AWS::SNS::Topic" -> // physical id: the topic ARN
          host + "sns/v3/home?region=" + r + "#/topic/" + id;
      case "AWS::S3::Bucket" ->
          "https://s3.console.aws.amazon.com/s3/buckets/" + id + "?region=" + r;
      case "AWS::IAM::Role" ->
          "https://console.aws.amazon.com/iam/home#/roles/details/" + id;
      case "AWS::ApiGateway::RestApi" ->
          host + "apigateway/main/apis/" + id + "/resources?api=" + id + "&region=" + r;
      case "AWS::ApiGatewayV2::Api" ->
          host + "apigateway/main/api-detail?api=" + id + "&region=" + r;
      case "AWS::ECS::Cluster" ->
          host + "ecs/v2/clusters/" + id + "?region=" + r;
      case "AWS::ECS::Service" -> ecsService(host, physicalId, r);
      case "AWS::RDS::DBInstance" ->
          host + "rds/home?region=" + r + "#database:id=" + id + ";is-cluster=false";
      case "AWS::RDS::DBCluster" ->
          host + "rds/home?region=" + r + "#database:id=" + id + ";is-cluster=true";
      case "AWS::CloudWatch::Alarm" ->
          host + "cloudwatch/home?region=" + r + "#alarmsV2:alarm/" + id;
      case "AWS::Logs::LogGroup" -> // the console encodes the name twice ('/' as $252F)
          host + "cloudwatch/home?region=" + r + "#logsV2:log-groups/log-group/" + id.replace("%", "$25");
      case "AWS::EC2::SecurityGroup" ->
          host + "ec2/home?region=" + r + "#SecurityGroup:groupId=" + id;
      case "AWS::EC2::VPC" ->
          host + "vpcconsole/home?region=" + r + "#VpcDetails:VpcId=" + id;
      case "AWS::StepFunctions::StateMachine" -> // physical id: the state machine ARN
          host + "states/home?region=" + r + "#/statemachines/view/" + id;
      case "AWS::Events::Rule" ->
          host + "events/home?region=" + r + "#/eventbus/default/rules/" + id;
      default -> null;
    });
  }

  /** ECS services are reported by ARN: {@code arn:aws:ecs:<region>:<account>:service/<cluster>/<service>}. */
  private static String ecsService(String host, String arn, String region) {
    int i = arn.indexOf(":service/");
    if (i < 0) {
      return null;
    }
    String[] parts = arn.substring(i + 9).split("/");
    if (parts.length != 2) {
      return null;
    }
    return host + "ecs/v2/clusters/" + enc(parts[0]) + "/services/" + enc(parts[1]) + "?region=" + region;
  }

  /** Percent-encodes everything but {@code A-Z a-z 0-9 - . _} (UTF-8). */
  static String enc(String value) {
    StringBuilder sb = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return sb.toString();
  }
}
