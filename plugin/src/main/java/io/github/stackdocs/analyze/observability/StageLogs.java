package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The logs of one stage of an API Gateway API: access logs ({@code AccessLogSetting.DestinationArn} of a REST stage,
 * {@code AccessLogSettings.DestinationArn} of an HTTP stage) and, for REST APIs, execution logs, which API Gateway
 * writes to {@code API-Gateway-Execution-Logs_<rest api id>/<stage>} when a {@code MethodSettings} entry sets a
 * {@code LoggingLevel}.
 *
 * @param stage the logical id of the resource that declares the stage ({@code AWS::ApiGateway::Stage}, a
 *     {@code Deployment} with a {@code StageName}, or the SAM API itself)
 * @param stageName the stage name as written; empty when unknown
 * @param access the access log group, empty when access logging is off
 * @param executionLevel the first {@code LoggingLevel} of the stage's method settings (REST only); empty when off
 */
public record StageLogs(String stage, Optional<Node> stageName, Optional<LogGroups.LogGroup> access,
    Optional<Node> executionLevel) {

  /** The stages of a REST or HTTP API (plain or SAM) found in the stack, in template order. */
  public static List<StageLogs> of(Stack stack, Resource api, Node.MapNode properties) {
    List<StageLogs> result = new ArrayList<>();
    switch (api.type()) {
      case "AWS::ApiGateway::RestApi" -> {
        for (Reference ref : Refs.to(stack, api.logicalId(), "Properties.RestApiId"::equals)) {
          Resource r = Refs.source(stack, ref);
          if (r.type().equals("AWS::ApiGateway::Stage")) {
            result.add(rest(stack, r, r.properties(), "Properties."));
          } else if (r.type().equals("AWS::ApiGateway::Deployment") && r.properties().has("StageName")) {
            Node.MapNode described = r.properties().get("StageDescription") instanceof Node.MapNode m ? m : null;
            StageLogs s = rest(stack, r, described, "Properties.StageDescription.");
            result.add(new StageLogs(s.stage(), Optional.of(r.properties().get("StageName")), s.access(),
                s.executionLevel().or(() -> described == null ? Optional.empty()
                    : Optional.ofNullable(described.get("LoggingLevel")))));
          }
        }
      }
      case "AWS::Serverless::Api" -> result.add(rest(stack, api, properties, "Properties."));
      case "AWS::ApiGatewayV2::Api" -> {
        for (Reference ref : Refs.to(stack, api.logicalId(), "Properties.ApiId"::equals)) {
          Resource r = Refs.source(stack, ref);
          if (r.type().equals("AWS::ApiGatewayV2::Stage")) {
            result.add(http(stack, r, r.properties()));
          }
        }
      }
      case "AWS::Serverless::HttpApi" -> {
        StageLogs s = http(stack, api, properties);
        result.add(s.stageName().isPresent() ? s : new StageLogs(s.stage(),
            Optional.of(new Node.ScalarNode("$default", api.location())), s.access(), s.executionLevel()));
      }
      default -> { }
    }
    return result.stream().distinct().toList();
  }

  private static StageLogs rest(Stack stack, Resource r, Node.MapNode props, String prefix) {
    if (props == null) {
      return new StageLogs(r.logicalId(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<LogGroups.LogGroup> access = destination(stack, r, props, "AccessLogSetting", prefix);
    Optional<Node> level = Optional.empty();
    if (props.get("MethodSettings") instanceof Node.ListNode settings) {
      level = settings.items().stream().filter(n -> n instanceof Node.MapNode).map(n -> ((Node.MapNode) n).get("LoggingLevel"))
          .filter(n -> n != null && !(n instanceof Node.ScalarNode s && s.text().equalsIgnoreCase("OFF"))).findFirst();
    }
    return new StageLogs(r.logicalId(), Optional.ofNullable(props.get("StageName")), access, level);
  }

  private static StageLogs http(Stack stack, Resource r, Node.MapNode props) {
    return new StageLogs(r.logicalId(), Optional.ofNullable(props.get("StageName")),
        destination(stack, r, props, "AccessLogSettings", "Properties."), Optional.empty());
  }

  private static Optional<LogGroups.LogGroup> destination(Stack stack, Resource r, Node.MapNode props, String key,
      String prefix) {
    if (!(props.get(key) instanceof Node.MapNode setting) || setting.get("DestinationArn") == null) {
      return Optional.empty();
    }
    return Optional.of(LogGroups.named(stack, r.logicalId(), prefix + key + ".DestinationArn",
        setting.get("DestinationArn")));
  }
}
