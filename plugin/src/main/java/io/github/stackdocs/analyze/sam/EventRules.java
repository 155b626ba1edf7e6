package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node.MapNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The resources one event of a Function or StateMachine adds, and the key properties shown for it. */
final class EventRules {
  private EventRules() {}

  /** Properties worth showing per event type, in order. */
  private static final Map<String, List<String>> SHOWN = Map.ofEntries(
      Map.entry("Api", List.of("Method", "Path", "RestApiId")),
      Map.entry("HttpApi", List.of("Method", "Path", "ApiId")),
      Map.entry("SQS", List.of("Queue", "BatchSize")),
      Map.entry("Kinesis", List.of("Stream", "StartingPosition", "BatchSize")),
      Map.entry("DynamoDB", List.of("Stream", "StartingPosition", "BatchSize")),
      Map.entry("MSK", List.of("Stream", "Topics", "StartingPosition")),
      Map.entry("MQ", List.of("Broker", "Queues")),
      Map.entry("DocumentDB", List.of("Cluster", "DatabaseName", "CollectionName")),
      Map.entry("SelfManagedKafka", List.of("Topics", "KafkaBootstrapServers")),
      Map.entry("S3", List.of("Bucket", "Events")),
      Map.entry("SNS", List.of("Topic", "SqsSubscription")),
      Map.entry("Schedule", List.of("Schedule", "Enabled", "State")),
      Map.entry("ScheduleV2", List.of("ScheduleExpression", "State")),
      Map.entry("CloudWatchEvent", List.of("Pattern", "EventBusName")),
      Map.entry("EventBridgeRule", List.of("Pattern", "EventBusName")),
      Map.entry("CloudWatchLogs", List.of("LogGroupName", "FilterPattern")),
      Map.entry("IoTRule", List.of("Sql")),
      Map.entry("Cognito", List.of("UserPool", "Trigger")));

  static Map<String, String> shown(String type, MapNode props, SamValues values) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String key : SHOWN.getOrDefault(type, List.of())) {
      if (SamValues.has(props, key)) {
        out.put(key, Describe.value(props.get(key), values));
      }
    }
    return out;
  }

  /**
   * Resources a Function event adds (without the implicit APIs, which {@link SamTranslator} adds once).
   * {@code apiStage}: for an {@code Api} event, the stage its permission is named after (the target API's literal
   * stage name, {@code Stage} when it is not a literal); empty when that name is not alphanumeric (hashed).
   */
  static void function(String fn, String event, String type, MapNode props, SamValues values, Implicit out,
      java.util.Optional<String> apiStage) {
    String id = fn + event;
    String why = "event " + event + " (" + type + ")";
    switch (type) {
      case "Api" -> {
        if (apiStage.isPresent()) {
          out.add(id + "Permission" + apiStage.get(), "AWS::Lambda::Permission", why);
        } else {
          out.addHashed(id + "Permission", "AWS::Lambda::Permission", why);
        }
      }
      case "Cognito" -> out.add(fn + "CognitoPermission", "AWS::Lambda::Permission", why); // one per function
      case "HttpApi", "S3", "AlexaSkill" -> out.add(id + "Permission", "AWS::Lambda::Permission", why);
      case "SQS", "Kinesis", "DynamoDB", "MQ", "MSK", "SelfManagedKafka", "DocumentDB" ->
          out.add(id, "AWS::Lambda::EventSourceMapping", why);
      case "SNS" -> {
        out.add(id, "AWS::SNS::Subscription", why);
        out.add(id + "Permission", "AWS::Lambda::Permission", why);
        boolean sqs = props.get("SqsSubscription") instanceof MapNode
            || values.text(props, "SqsSubscription").filter("true"::equalsIgnoreCase).isPresent();
        if (sqs) {
          if (!SamValues.has(SamValues.map(props, "SqsSubscription"), "QueueArn")) {
            out.add(id + "Queue", "AWS::SQS::Queue", why);
          }
          out.add(id + "QueuePolicy", "AWS::SQS::QueuePolicy", why);
          out.add(id + "EventSourceMapping", "AWS::Lambda::EventSourceMapping", why);
        }
      }
      case "Schedule", "CloudWatchEvent", "EventBridgeRule" -> {
        out.add(id, "AWS::Events::Rule", why);
        out.add(id + "Permission", "AWS::Lambda::Permission", why);
        deadLetterQueue(id, props, out, why);
      }
      case "ScheduleV2" -> {
        out.add(id, "AWS::Scheduler::Schedule", why);
        if (!SamValues.has(props, "RoleArn")) {
          out.add(id + "Role", "AWS::IAM::Role", why);
        }
        deadLetterQueue(id, props, out, why);
      }
      case "CloudWatchLogs" -> {
        out.add(id, "AWS::Logs::SubscriptionFilter", why);
        out.add(id + "Permission", "AWS::Lambda::Permission", why);
      }
      case "IoTRule" -> {
        out.add(id, "AWS::IoT::TopicRule", why);
        out.add(id + "Permission", "AWS::Lambda::Permission", why);
      }
      default -> { }
    }
  }

  /** Resources a StateMachine event adds. */
  static void stateMachine(String sm, String event, String type, MapNode props, Implicit out) {
    String id = sm + event;
    String why = "event " + event + " (" + type + ")";
    switch (type) {
      case "Api" -> out.add(id + "Role", "AWS::IAM::Role", why);
      case "Schedule", "CloudWatchEvent", "EventBridgeRule" -> {
        out.add(id, "AWS::Events::Rule", why);
        out.add(id + "Role", "AWS::IAM::Role", why);
        deadLetterQueue(id, props, out, why);
      }
      case "ScheduleV2" -> {
        out.add(id, "AWS::Scheduler::Schedule", why);
        if (!SamValues.has(props, "RoleArn")) {
          out.add(id + "Role", "AWS::IAM::Role", why);
        }
        deadLetterQueue(id, props, out, why);
      }
      default -> { }
    }
  }

  /** {@code DeadLetterConfig: {Type: SQS}} makes a queue and its policy. */
  private static void deadLetterQueue(String id, MapNode props, Implicit out, String why) {
    MapNode dlq = SamValues.map(props, "DeadLetterConfig");
    if (SamValues.has(dlq, "Type")) {
      out.add(id + "Queue", "AWS::SQS::Queue", why);
      out.add(id + "QueuePolicy", "AWS::SQS::QueuePolicy", why);
    }
  }
}
