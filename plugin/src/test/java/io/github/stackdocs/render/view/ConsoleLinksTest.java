package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConsoleLinksTest {
  @Test
  void commonTypes() {
    assertThat(ConsoleLinks.of("AWS::Lambda::Function", "orders-fn", "aws", "eu-west-1")).hasValue(
        "https://eu-west-1.console.aws.amazon.com/lambda/home?region=eu-west-1#/functions/orders-fn");
    assertThat(ConsoleLinks.of("AWS::SQS::Queue", "https://sqs.eu-west-1.amazonaws.com/1/q", "aws", "eu-west-1"))
        .hasValue("https://eu-west-1.console.aws.amazon.com/sqs/v3/home?region=eu-west-1#/queues/"
            + "https%3A%2F%2Fsqs.eu-west-1.amazonaws.com%2F1%2Fq");
    assertThat(ConsoleLinks.of("AWS::Logs::LogGroup", "/aws/lambda/fn", "aws", "us-east-1")).hasValue(
        "https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/"
            + "$252Faws$252Flambda$252Ffn");
    assertThat(ConsoleLinks.of("AWS::ECS::Service", "arn:aws:ecs:eu-west-1:1:service/main/web", "aws", "eu-west-1"))
        .hasValue("https://eu-west-1.console.aws.amazon.com/ecs/v2/clusters/main/services/web?region=eu-west-1");
    for (String type : new String[] {"AWS::DynamoDB::Table", "AWS::SNS::Topic", "AWS::S3::Bucket", "AWS::IAM::Role",
        "AWS::ApiGateway::RestApi", "AWS::ECS::Cluster", "AWS::RDS::DBInstance", "AWS::CloudWatch::Alarm"}) {
      assertThat(ConsoleLinks.of(type, "x", "aws", "eu-west-1")).as(type).isPresent();
    }
  }

  @Test
  void onlySanitizedValuesReachTheUrl() {
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b](javascript:alert(1))", "aws", "eu-west-1")).hasValueSatisfying(
        u -> assertThat(u).doesNotContain("(").doesNotContain(")").doesNotContain("]").contains("b%5D%28javascript"));
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b", "aws", "evil.example.com/x")).isEmpty();
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b", "aws-cn", "cn-north-1")).isEmpty();
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "", "aws", "eu-west-1")).isEmpty();
    assertThat(ConsoleLinks.of("Custom::Thing", "b", "aws", "eu-west-1")).isEmpty();
  }

  @Test
  void regionsAreLinkedUpToALengthNoRegionNameReaches() {
    for (String region : new String[] {"ap-southeast-2", "us-isob-east-1", "eu-central-1", "aa-" + "b".repeat(27) + "-1"}) {
      assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b", "aws", region)).as(region).isPresent();
    }
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b", "aws", "aa-" + "b".repeat(28) + "-1")).isEmpty();
    assertThat(ConsoleLinks.of("AWS::S3::Bucket", "b", "aws", "eu-west")).isEmpty();
  }

  @Test
  void aRegionOfThousandsOfWordsIsRefusedWithoutOverflowingTheStack() {
    // the region pattern's repeated group recursed once per "-west": 10,000 characters threw StackOverflowError
    String region = "eu" + "-west".repeat(20_000) + "-1";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> ConsoleLinks.of("AWS::S3::Bucket", "b", "aws", region))).isEmpty();
  }
}
