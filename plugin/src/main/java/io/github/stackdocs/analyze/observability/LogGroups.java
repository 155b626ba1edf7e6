package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.Optional;

/** Where a Lambda function's logs go, and whether the templates give that log group a retention. */
public final class LogGroups {
  private static final String LOG_GROUP = "AWS::Logs::LogGroup";

  private LogGroups() {}

  /**
   * A function's log group.
   *
   * @param logGroup the {@code AWS::Logs::LogGroup} resource of the same stack that holds the logs, if any
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

  public static FunctionLogs function(Stack stack, Resource fn) {
    Optional<Node> functionName = Optional.ofNullable(fn.properties().get("FunctionName"));
    Optional<Node> configured = Settings.path(fn, "LoggingConfig", "LogGroup");
    if (configured.isPresent()) {
      Optional<Resource> group = stack.referencesFrom(fn.logicalId()).stream()
          .filter(r -> r.path().equals("Properties.LoggingConfig.LogGroup")
              && r.kind() == Reference.Kind.REF)
          .flatMap(r -> stack.resource(r.target()).stream())
          .filter(r -> r.type().equals(LOG_GROUP))
          .findFirst();
      if (group.isPresent()) {
        return new FunctionLogs(Optional.of(group.get().logicalId()),
            Optional.of(group.get().properties().get("LogGroupName") == null ? configured.get()
                : group.get().properties().get("LogGroupName")),
            functionName, Optional.ofNullable(group.get().properties().get("RetentionInDays")));
      }
      return new FunctionLogs(Optional.empty(), configured, functionName, Optional.empty());
    }
    // the default group, /aws/lambda/<name>, often declared to set its retention: !Sub "/aws/lambda/${Fn}"
    for (Resource r : stack.resources()) {
      if (!r.type().equals(LOG_GROUP)) {
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
}
