package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where messages and events that cannot be delivered or processed go, read from the templates: a Lambda function's
 * asynchronous-invocation dead-letter queue ({@code DeadLetterConfig.TargetArn}, SAM {@code DeadLetterQueue}) or
 * on-failure destination ({@code AWS::Lambda::EventInvokeConfig}, SAM {@code EventInvokeConfig}); the
 * {@code RedrivePolicy} of an SNS topic's subscriptions; the {@code DeadLetterConfig} of an EventBridge rule's
 * targets. (An SQS queue's own {@code RedrivePolicy} is {@link Settings#redrive}.)
 */
public final class DeadLetters {
  /** SAM event types whose source invokes the function asynchronously. */
  private static final Set<String> ASYNC_EVENTS = Set.of("S3", "SNS", "Schedule", "ScheduleV2", "CloudWatchEvent",
      "EventBridgeRule", "IoTRule", "CloudWatchLogs");
  private static final Pattern SAM_EVENT = Pattern.compile("Properties\\.Events\\.([^.\\[]+)\\.Properties\\.Topic");

  private DeadLetters() {}

  /**
   * Where failed events go.
   *
   * @param label what it is ({@code Dead-letter queue (async invocations)} ...)
   * @param destination the target as written; empty when SAM creates it ({@code note} names it)
   * @param note the property it comes from
   */
  public record Target(String label, Optional<Node> destination, String note) {}

  /**
   * A Lambda function's asynchronous invocations.
   *
   * @param targets where failed asynchronous invocations go, in a fixed order
   * @param invokers what in the stack invokes it asynchronously ({@code Rule (AWS::Events::Rule)}, {@code event
   *     Upload (S3)}), sorted; an {@code AWS::Lambda::EventInvokeConfig} counts as one
   */
  public record Async(List<Target> targets, List<String> invokers) {
    /** True when failed events of asynchronous invocations are kept somewhere. */
    public boolean covered() {
      return !targets.isEmpty();
    }
  }

  /**
   * One delivery path of a topic or rule: a subscription or a target.
   *
   * @param name what it is: a subscription ({@code OrderEventsSubscription (sqs)}, {@code inline 1 (https)}) or a
   *     target's {@code Id}
   * @param deadLetter its dead-letter queue as written, empty when it has none
   * @param note where the dead-letter setting lives or why there is none
   */
  public record Delivery(String name, Optional<Node> deadLetter, String note) {}

  /** @param fn the function, with SAM {@code Globals} merged into its properties */
  public static Async lambda(Stack stack, Resource fn) {
    List<Target> targets = new ArrayList<>();
    List<String> invokers = new ArrayList<>();
    Settings.path(fn, "DeadLetterConfig", "TargetArn").ifPresent(t ->
        targets.add(new Target("Dead-letter queue (async invocations)", Optional.of(t), "DeadLetterConfig.TargetArn")));
    Settings.path(fn, "DeadLetterQueue", "TargetArn").ifPresent(t ->
        targets.add(new Target("Dead-letter queue (async invocations)", Optional.of(t), "DeadLetterQueue.TargetArn")));
    Settings.path(fn, "EventInvokeConfig", "DestinationConfig", "OnFailure").filter(n -> n instanceof Node.MapNode)
        .map(n -> (Node.MapNode) n).ifPresent(onFailure -> {
          invokers.add("its EventInvokeConfig");
          Optional<Node> destination = Optional.ofNullable(onFailure.get("Destination"));
          String type = Optional.ofNullable(onFailure.get("Type")).flatMap(Node::text).orElse("");
          if (destination.isPresent() || type.equals("SQS") || type.equals("SNS")) {
            targets.add(new Target("On-failure destination (async invocations)", destination, destination.isPresent()
                ? "EventInvokeConfig.DestinationConfig.OnFailure"
                : "EventInvokeConfig OnFailure: SAM creates " + (type.equals("SQS") ? "the queue " : "the topic ")
                    + fn.logicalId() + "EventInvokeConfigOnFailure" + (type.equals("SQS") ? "Queue" : "Topic")));
          }
        });
    for (Reference ref : Refs.to(stack, fn.logicalId(), p -> true)) {
      Resource source = Refs.source(stack, ref);
      String path = ref.path();
      String type = source.type();
      if (type.equals("AWS::Lambda::EventInvokeConfig") && path.equals("Properties.FunctionName")) {
        invokers.add(source.logicalId() + " (" + type + ")");
        Settings.path(source, "DestinationConfig", "OnFailure", "Destination").ifPresent(d -> targets.add(
            new Target("On-failure destination (async invocations)", Optional.of(d), "EventInvokeConfig "
                + source.logicalId())));
      } else if (type.equals("AWS::SNS::Subscription") && path.equals("Properties.Endpoint")
          || type.equals("AWS::SNS::Topic") && path.matches("Properties\\.Subscription\\[\\d+]\\.Endpoint")
          || type.equals("AWS::Events::Rule") && path.matches("Properties\\.Targets\\[\\d+]\\.Arn")
          || type.equals("AWS::S3::Bucket")
              && path.matches("Properties\\.NotificationConfiguration\\.LambdaConfigurations\\[\\d+]\\.Function")
          || type.equals("AWS::Scheduler::Schedule") && path.equals("Properties.Target.Arn")) {
        invokers.add(source.logicalId() + " (" + type + ")");
      }
    }
    if (fn.properties().get("Events") instanceof Node.MapNode events) {
      events.entries().forEach((name, e) -> {
        if (e instanceof Node.MapNode event) {
          String type = Optional.ofNullable(event.get("Type")).flatMap(Node::text).orElse("");
          if (ASYNC_EVENTS.contains(type) && !(type.equals("SNS") && throughQueue(event))) {
            invokers.add("event " + name + " (" + type + ")");
          }
        }
      });
    }
    return new Async(targets, invokers.stream().distinct().sorted().toList());
  }

  /** The subscriptions of a topic in the stack: subscription resources, inline subscriptions, SAM SNS events. */
  public static List<Delivery> subscriptions(Stack stack, Resource topic) {
    List<Delivery> result = new ArrayList<>();
    for (Reference ref : Refs.to(stack, topic.logicalId(), p -> true)) {
      Resource source = Refs.source(stack, ref);
      if (source.type().equals("AWS::SNS::Subscription") && ref.path().equals("Properties.TopicArn")) {
        result.add(new Delivery(source.logicalId() + " (" + protocol(source.properties()) + ")",
            Settings.path(source, "RedrivePolicy", "deadLetterTargetArn"), "RedrivePolicy"));
      }
      Matcher m = SAM_EVENT.matcher(ref.path());
      if (source.type().equals("AWS::Serverless::Function") && m.matches()) {
        Optional<Node> redrive = Settings.path(source, "Events", m.group(1), "Properties", "RedrivePolicy",
            "deadLetterTargetArn");
        result.add(new Delivery(source.logicalId() + " event " + m.group(1) + " (lambda)", redrive,
            "the event's RedrivePolicy"));
      }
    }
    if (topic.properties().get("Subscription") instanceof Node.ListNode inline) {
      for (int i = 0; i < inline.size(); i++) {
        String protocol = inline.get(i) instanceof Node.MapNode s ? protocol(s) : "?";
        result.add(new Delivery("inline " + (i + 1) + " (" + protocol + ")", Optional.empty(),
            "an inline Subscription cannot have a RedrivePolicy; declare an AWS::SNS::Subscription"));
      }
    }
    return result.stream().distinct().toList();
  }

  /** The targets of an EventBridge rule, in order. */
  public static List<Delivery> targets(Resource rule) {
    List<Delivery> result = new ArrayList<>();
    if (rule.properties().get("Targets") instanceof Node.ListNode targets) {
      for (int i = 0; i < targets.size(); i++) {
        if (targets.get(i) instanceof Node.MapNode t) {
          String id = Optional.ofNullable(t.get("Id")).flatMap(Node::text).orElse("#" + (i + 1));
          Optional<Node> dlq = t.get("DeadLetterConfig") instanceof Node.MapNode d ? Optional.ofNullable(d.get("Arn"))
              : Optional.empty();
          result.add(new Delivery(id, dlq, "DeadLetterConfig.Arn"));
        }
      }
    }
    return result;
  }

  /**
   * True when something of the stack sends its failures to {@code queue}: another queue's {@code RedrivePolicy}, a
   * function's {@code DeadLetterConfig} or on-failure destination, a subscription's {@code RedrivePolicy}, a rule
   * target's {@code DeadLetterConfig}.
   */
  public static boolean isDeadLetterQueue(Stack stack, Resource queue) {
    return Refs.to(stack, queue.logicalId(), DeadLetters::deadLetterPath).stream().findAny().isPresent();
  }

  private static boolean deadLetterPath(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    return p.contains("redrivepolicy") || p.contains("deadletter") || p.contains("onfailure");
  }

  private static String protocol(Node.MapNode subscription) {
    return Optional.ofNullable(subscription.get("Protocol")).flatMap(Node::text).orElse("?");
  }

  /** An SNS event with {@code SqsSubscription} goes through a queue (event source mapping): not asynchronous. */
  private static boolean throughQueue(Node.MapNode event) {
    return event.get("Properties") instanceof Node.MapNode p && p.get("SqsSubscription") != null
        && !Node.text(p.get("SqsSubscription")).filter("false"::equalsIgnoreCase).isPresent();
  }
}
