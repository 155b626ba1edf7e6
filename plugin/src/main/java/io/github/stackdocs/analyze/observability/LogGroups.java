package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where logs go, and whether the templates give that log group a retention: a Lambda function's group, and the
 * {@code AWS::Logs::LogGroup} a property names (by reference, by the same name, or by a literal ARN).
 */
public final class LogGroups {
  public static final String LOG_GROUP = "AWS::Logs::LogGroup";
  /** The CDK's {@code logRetention} custom resource: sets {@code RetentionInDays} on a group named {@code LogGroupName}. */
  public static final String LOG_RETENTION = "Custom::LogRetention";
  private static final Pattern ARN = Pattern.compile("arn:[^:]+:logs:[^:]*:[^:]*:log-group:([^:]+)(:\\*)?");

  private LogGroups() {}

  /**
   * A function's log group.
   *
   * @param logGroup the {@code AWS::Logs::LogGroup} resource of the same stack that holds the logs (or the
   *     {@code Custom::LogRetention} that sets their retention), if any
   * @param name the log group name as written ({@code LoggingConfig.LogGroup}, the log group's
   *     {@code LogGroupName}); empty when the name is Lambda's default
   * @param functionName the function's {@code FunctionName} as written; empty when CloudFormation generates it
   * @param retention the log group's {@code RetentionInDays}; empty means logs are kept forever
   */
  public record FunctionLogs(Optional<String> logGroup, Optional<Node> name, Optional<Node> functionName,
      Optional<Node> retention) {
    /** True when Lambda's default {@code /aws/lambda/<function name>} is used. */
    public boolean defaultName() {
      return name.isEmpty();
    }
  }

  /**
   * A log group a property names.
   *
   * @param resource the declared {@code AWS::Logs::LogGroup}, when the templates have it
   * @param name the group's name as written: the resource's {@code LogGroupName}, else the value (the name part of
   *     a literal ARN); empty when neither is known (a group resource without a name: CloudFormation generates one)
   * @param retention the resource's {@code RetentionInDays}; empty when not declared or kept forever
   */
  public record LogGroup(Optional<Resource> resource, Optional<Node> name, Optional<Node> retention) {}

  /** The function's log group: {@code LoggingConfig.LogGroup} (Lambda's newer override) or the default one. */
  public static FunctionLogs function(Stack stack, Resource fn) {
    Optional<Node> functionName = Optional.ofNullable(fn.properties().get("FunctionName"));
    Optional<Node> configured = Settings.path(fn, "LoggingConfig", "LogGroup");
    if (configured.isPresent()) {
      LogGroup group = named(stack, fn.logicalId(), "Properties.LoggingConfig.LogGroup", configured.get());
      return new FunctionLogs(group.resource().map(Resource::logicalId), group.name().or(() -> configured),
          functionName, group.retention());
    }
    // the default group, /aws/lambda/<name>, often declared to set its retention: !Sub "/aws/lambda/${Fn}"
    // (or given one by the CDK's logRetention custom resource)
    for (Resource r : stack.resources()) {
      if (!r.type().equals(LOG_GROUP) && !r.type().equals(LOG_RETENTION)) {
        continue;
      }
      Node name = r.properties().get("LogGroupName");
      boolean refersToFn = stack.referencesFrom(r.logicalId()).stream().anyMatch(ref ->
          ref.path().equals("Properties.LogGroupName") && ref.target().equals(fn.logicalId()));
      boolean literal = name instanceof Node.ScalarNode s && functionName.isPresent()
          && functionName.get() instanceof Node.ScalarNode f && s.text().equals("/aws/lambda/" + f.text());
      if (refersToFn || literal) {
        return new FunctionLogs(Optional.of(r.logicalId()), Optional.empty(), functionName,
            Optional.ofNullable(r.properties().get("RetentionInDays")));
      }
    }
    return new FunctionLogs(Optional.empty(), Optional.empty(), functionName, Optional.empty());
  }

  /**
   * The log group named by {@code value} at {@code path} of {@code source}: a {@code Ref}/{@code GetAtt}/{@code Sub}
   * of a log group resource; else a log group resource whose {@code LogGroupName} is written the same way; else, for
   * a literal ARN, the group with that name. Without a declared group only the name is known.
   */
  public static LogGroup named(Stack stack, String source, String path, Node value) {
    Optional<Resource> declared = Refs.at(stack, source, path, LOG_GROUP).stream().findFirst();
    Node name = value;
    if (value instanceof Node.ScalarNode s) {
      Matcher m = ARN.matcher(s.text());
      if (m.matches()) {
        name = new Node.ScalarNode(m.group(1), s.location());
      }
    }
    if (declared.isEmpty()) {
      Node wanted = name;
      declared = stack.resources().stream().filter(r -> r.type().equals(LOG_GROUP))
          .filter(r -> r.properties().get("LogGroupName") != null
              && Nodes.same(r.properties().get("LogGroupName"), wanted, false))
          .findFirst();
    }
    if (declared.isEmpty()) {
      return new LogGroup(Optional.empty(), Optional.of(name), Optional.empty());
    }
    Resource group = declared.get();
    return new LogGroup(declared, Optional.ofNullable(group.properties().get("LogGroupName")),
        Optional.ofNullable(group.properties().get("RetentionInDays")));
  }
}
