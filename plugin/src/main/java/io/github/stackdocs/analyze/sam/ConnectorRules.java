package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a connector ({@code AWS::Serverless::Connector}, or an entry of a resource's {@code Connectors}
 * attribute, named {@code <resource><entry>}) becomes: per destination, the access it grants as the
 * translator's connector profiles write it: a Lambda permission for services that call a function, a queue
 * or topic policy for services that send to them, else an IAM managed policy on the source's role. Several
 * destinations number them ({@code Destination0}, {@code Destination1} ...).
 */
final class ConnectorRules {
  private static final Set<String> FUNCTIONS = Set.of("AWS::Lambda::Function", SamTranslator.FUNCTION);
  private static final Set<String> CALL_FUNCTIONS = Set.of(SamTranslator.API, SamTranslator.HTTP_API,
      "AWS::ApiGateway::RestApi", "AWS::ApiGatewayV2::Api", "AWS::SNS::Topic", "AWS::S3::Bucket", "AWS::Events::Rule",
      "AWS::AppSync::GraphQLApi", SamTranslator.GRAPHQL_API);
  private static final Set<String> SEND_TO_QUEUES = Set.of("AWS::SNS::Topic", "AWS::Events::Rule");
  private static final Set<String> SEND_TO_TOPICS = Set.of("AWS::Events::Rule");

  private final Map<String, String> types;
  private final SamValues values;

  ConnectorRules(Stack stack, SamValues values) {
    this.types = stack.resources().stream().collect(Collectors.toMap(Resource::logicalId, Resource::type,
        (a, b) -> a));
    this.values = values;
  }

  /** The resources of one connector whose source has type {@code sourceType}. */
  void connector(String id, String sourceType, MapNode props, Implicit out) {
    Node destination = props.get("Destination");
    List<Node> destinations = destination instanceof ListNode l ? l.items() : List.of(SamValues.map(destination));
    boolean permissions = permissions(props).contains("Write");
    for (int i = 0; i < destinations.size(); i++) {
      String destinationType = type(SamValues.map(destinations.get(i)));
      String suffix = destinations.size() > 1 ? "Destination" + i : "";
      String why = "connector to " + (destinationType.isEmpty() ? "its destination" : destinationType);
      if (FUNCTIONS.contains(destinationType) && CALL_FUNCTIONS.contains(sourceType)) {
        if (permissions) {
          out.add(id + "WriteLambdaPermission" + suffix, "AWS::Lambda::Permission", why);
        }
      } else if (destinationType.equals("AWS::SQS::Queue") && SEND_TO_QUEUES.contains(sourceType)) {
        out.add(id + "QueuePolicy" + suffix, "AWS::SQS::QueuePolicy", why);
      } else if (destinationType.equals("AWS::SNS::Topic") && SEND_TO_TOPICS.contains(sourceType)) {
        out.add(id + "TopicPolicy" + suffix, "AWS::SNS::TopicPolicy", why);
      } else {
        out.add(id + "Policy" + suffix, "AWS::IAM::ManagedPolicy", why);
      }
    }
  }

  /** The type of a connector end: that of the resource of its {@code Id}, else its {@code Type}. */
  String type(MapNode end) {
    return values.text(end, "Id").map(id -> types.getOrDefault(id, "")).filter(t -> !t.isEmpty())
        .or(() -> values.text(end, "Type")).orElse("");
  }

  private Set<String> permissions(MapNode props) {
    Node p = props.get("Permissions");
    if (!(p instanceof ListNode list)) {
      return Set.of("Write");
    }
    return list.items().stream().map(values::text).flatMap(java.util.Optional::stream)
        .collect(Collectors.toSet());
  }
}
