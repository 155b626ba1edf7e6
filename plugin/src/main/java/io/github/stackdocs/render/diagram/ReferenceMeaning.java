package io.github.stackdocs.render.diagram;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import java.util.Optional;
import java.util.Set;

/**
 * What one reference from a resource to another means: by the source's type and where in it the reference
 * sits (its path), e.g. an event source mapping's {@code FunctionName} {@code invokes}, an alarm's
 * {@code AlarmActions} {@code notifies}, an IAM statement's {@code Resource} {@code reads}. {@link #reversed}
 * is true when the picture reads the other way: a topic's inline subscription endpoint subscribes to the topic.
 */
record ReferenceMeaning(Relation relation, boolean reversed) {
  private static final ReferenceMeaning PLAIN = new ReferenceMeaning(Relation.PLAIN, false);
  private static final Set<String> RUNS_CODE = Set.of("AWS::Lambda::Function", "AWS::Serverless::Function",
      "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine", "AWS::Lambda::Alias",
      "AWS::Lambda::Version");
  private static final Set<String> ROLES = Set.of("AWS::IAM::Role", "AWS::IAM::InstanceProfile");

  private static ReferenceMeaning of(Relation relation) {
    return new ReferenceMeaning(relation, false);
  }

  private static ReferenceMeaning reverse(Relation relation) {
    return new ReferenceMeaning(relation, true);
  }

  /** The meaning of {@code ref}, a reference from {@code source} to a resource of type {@code targetType}. */
  static ReferenceMeaning of(Resource source, String targetType, Reference ref) {
    if (ref.kind() == Reference.Kind.DEPENDS_ON) {
      return of(Relation.DEPENDS_ON);
    }
    String path = ref.path();
    Optional<ReferenceMeaning> specific = byType(source, targetType, path);
    if (specific.isPresent()) {
      return specific.get();
    }
    if (ROLES.contains(targetType) && !path.contains("ExecutionRole") && !source.type().startsWith("AWS::IAM::")) {
      return of(Relation.USES_ROLE);
    }
    return PLAIN;
  }

  private static Optional<ReferenceMeaning> byType(Resource source, String targetType, String path) {
    return switch (source.type()) {
      case "AWS::IAM::Role" -> IamAccess.grant(source, path).map(ReferenceMeaning::of)
          .or(() -> when(under(path, "ManagedPolicyArns"), reverse(Relation.ATTACHED_TO)));
      case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy" ->
          IamAccess.grant(source, path).map(ReferenceMeaning::of)
              .or(() -> when(under(path, "Roles") || under(path, "RoleName"), of(Relation.ATTACHED_TO)));
      case "AWS::IAM::InstanceProfile" -> when(under(path, "Roles"), of(Relation.ATTACHED_TO));
      case "AWS::Lambda::Permission" -> under(path, "FunctionName") ? Optional.of(of(Relation.PERMITS))
          : when(under(path, "SourceArn"), of(Relation.PERMITTED_SOURCE));
      case "AWS::Lambda::EventSourceMapping" -> under(path, "FunctionName") ? Optional.of(of(Relation.INVOKES))
          : when(under(path, "EventSourceArn"), of(Relation.CONNECTS));
      case "AWS::SNS::Subscription" -> under(path, "TopicArn") ? Optional.of(of(Relation.SUBSCRIBES))
          : when(under(path, "Endpoint"), of(Relation.CONNECTS));
      case "AWS::SNS::Topic" -> when(under(path, "Subscription") && path.endsWith(".Endpoint"),
          reverse(Relation.SUBSCRIBES));
      case "AWS::Events::Rule" -> targets(path, "Targets", targetType);
      case "AWS::Scheduler::Schedule" -> targets(path, "Target", targetType);
      case "AWS::S3::Bucket" -> when(under(path, "NotificationConfiguration"), of(Relation.TRIGGERS));
      case "AWS::ApiGateway::Method" -> when(under(path, "Integration.Uri"), of(Relation.INVOKES));
      case "AWS::ApiGatewayV2::Integration" -> when(under(path, "IntegrationUri"), of(Relation.INVOKES));
      case "AWS::ApiGatewayV2::Route" -> when(under(path, "Target"), of(Relation.ROUTES_TO));
      case "AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerRule" ->
          when(path.contains("TargetGroupArn"), of(Relation.ROUTES_TO));
      case "AWS::ElasticLoadBalancingV2::TargetGroup" -> when(under(path, "Targets"), of(Relation.ROUTES_TO));
      case "AWS::ECS::Service" -> when(under(path, "LoadBalancers"), reverse(Relation.ROUTES_TO));
      case "AWS::AutoScaling::AutoScalingGroup" -> when(under(path, "TargetGroupARNs"), reverse(Relation.ROUTES_TO));
      case "AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine" ->
          when(path.startsWith("Properties.Definition") && RUNS_CODE.contains(targetType), of(Relation.INVOKES));
      case "AWS::CloudWatch::Alarm" -> under(path, "Dimensions") ? Optional.of(of(Relation.WATCHES))
          : when(under(path, "AlarmActions") || under(path, "OKActions") || under(path, "InsufficientDataActions"),
              of(Relation.NOTIFIES));
      case "AWS::Serverless::Function" -> samEvent(source, path)
          .or(() -> IamAccess.grant(source, path).map(ReferenceMeaning::of))
          .or(() -> when(under(path, "Policies") && Plumbing.POLICIES.contains(targetType), reverse(Relation.ATTACHED_TO)));
      case "AWS::Pipes::Pipe" -> under(path, "Source") ? Optional.of(reverse(Relation.TRIGGERS))
          : when(under(path, "Target"), of(Relation.INVOKES));
      default -> Optional.empty();
    };
  }

  /** EventBridge rule and scheduler targets: functions and state machines are invoked, the rest triggered. */
  private static Optional<ReferenceMeaning> targets(String path, String property, String targetType) {
    if (!under(path, property)) {
      return Optional.empty();
    }
    if (path.endsWith(".RoleArn")) {
      return Optional.of(of(Relation.USES_ROLE));
    }
    return Optional.of(of(RUNS_CODE.contains(targetType) ? Relation.INVOKES : Relation.TRIGGERS));
  }

  /**
   * A SAM function's event ({@code Properties.Events.<Name>.Properties.Queue}): an API invokes the function, an
   * SNS topic is subscribed to, anything else (queue, stream, bucket, rule) triggers it.
   */
  private static Optional<ReferenceMeaning> samEvent(Resource source, String path) {
    if (!under(path, "Events")) {
      return Optional.empty();
    }
    var segments = NodePaths.segments(path);
    if (segments.size() < 3) {
      return Optional.empty();
    }
    String type = NodePaths.at(source.properties(), segments.subList(1, 3))
        .flatMap(event -> event instanceof Node.MapNode m && m.has("Type") ? Node.text(m.get("Type")) : Optional.empty())
        .orElse("");
    return Optional.of(switch (type) {
      case "Api", "HttpApi" -> reverse(Relation.INVOKES);
      case "SNS" -> of(Relation.SUBSCRIBES);
      default -> reverse(Relation.TRIGGERS);
    });
  }

  private static Optional<ReferenceMeaning> when(boolean condition, ReferenceMeaning meaning) {
    return condition ? Optional.of(meaning) : Optional.empty();
  }

  /** True when {@code path} is the property {@code Properties.<property>} or inside it. */
  private static boolean under(String path, String property) {
    String p = "Properties." + property;
    return path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[");
  }
}
