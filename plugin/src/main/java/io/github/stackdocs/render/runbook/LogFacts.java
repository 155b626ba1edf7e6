package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.observability.ContainerLogs;
import io.github.stackdocs.analyze.observability.LogGroups;
import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.analyze.observability.StageLogs;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.runbook.RunbookView.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The "Logs" region of a runbook: where the resource's logs are, and how long they are kept. */
final class LogFacts {
  private LogFacts() {}

  /**
   * @param r the resource, with SAM {@code Globals} merged into its properties
   * @param ids what is deployed, for names CloudFormation generates
   */
  static List<Fact> of(Stack stack, Resource r, String service, DeployedIds ids) {
    List<Fact> logs = new ArrayList<>();
    switch (service) {
      case "lambda" -> lambda(stack, r, ids, logs);
      case "ecs-service" -> containers(stack, r, ids, logs);
      case "apigateway-rest", "apigateway-http" -> stages(stack, r, service.equals("apigateway-rest"), ids, logs);
      case "rds" -> Optional.ofNullable(r.properties().get("EnableCloudwatchLogsExports")).ifPresentOrElse(
          v -> logs.add(new Fact("Exported logs", "/aws/rds/" + (r.type().endsWith("DBCluster")
              ? "cluster" : "instance") + "/" + ids.physicalId(r.logicalId()).orElse("<identifier>") + "/<log type>",
              "exports: " + Values.text(v))),
          () -> logs.add(new Fact("Exported logs", "none", "EnableCloudwatchLogsExports is not set;"
              + " logs are only in the RDS console")));
      case "step-functions" -> logs.add(new Fact("Execution history logs",
          Settings.path(r, "LoggingConfiguration", "Destinations").map(Values::text).orElse("none"),
          "LoggingConfiguration.Destinations"));
      case "cloudfront" -> logs.add(new Fact("Standard logs",
          Settings.path(r, "DistributionConfig", "Logging", "Bucket").map(Values::text).orElse("none"),
          "DistributionConfig.Logging.Bucket"));
      case "s3" -> logs.add(new Fact("Server access logs",
          Settings.path(r, "LoggingConfiguration", "DestinationBucketName").map(Values::text).orElse("none"),
          "LoggingConfiguration.DestinationBucketName"));
      default -> { }
    }
    return logs;
  }

  private static void lambda(Stack stack, Resource r, DeployedIds ids, List<Fact> logs) {
    LogGroups.FunctionLogs l = LogGroups.function(stack, r);
    String name;
    String note;
    Optional<String> deployedGroup = l.logGroup().filter(g -> stack.resource(g)
        .filter(x -> x.type().equals(LogGroups.LOG_GROUP)).isPresent()).flatMap(ids::physicalId);
    if (!l.defaultName()) {
      boolean generated = l.logGroup().isPresent() && l.name().get() instanceof Node.MapNode m
          && m.singleKey().filter("Ref"::equals).isPresent(); // the group resource has no LogGroupName
      name = generated ? "(a name CloudFormation generates)" : Values.text(l.name().get());
      note = "set by LoggingConfig.LogGroup";
    } else if (l.functionName().isPresent()) {
      name = "/aws/lambda/" + Values.text(l.functionName().get());
      note = "Lambda's default log group for the function name";
    } else if (ids.physicalId(r.logicalId()).isPresent()) {
      name = "/aws/lambda/" + ids.physicalId(r.logicalId()).get();
      note = "Lambda's default log group for the deployed function name";
    } else {
      name = "/aws/lambda/" + stack.name() + "-" + r.logicalId() + "-<suffix>";
      note = "no FunctionName in the template: CloudFormation generates the name from the stack name and the"
          + " logical id, look it up in the stack's resources";
    }
    if (deployedGroup.isPresent() && !deployedGroup.get().equals(name)) {
      note = "deployed name; " + note + (Values.isExpression(name) ? " as " + name : "");
      name = deployedGroup.get();
    } else if (Values.isExpression(name) && !name.startsWith("(")) {
      note += "; resolved at deploy time";
    }
    l.logGroup().ifPresent(g -> logs.add(stack.resource(g).filter(x -> x.type().equals(LogGroups.LOG_RETENTION))
        .isPresent() ? new Fact("Retention set by", g, LogGroups.LOG_RETENTION) : new Fact("Log group resource", g, "")));
    logs.add(new Fact("Log group", name, note));
    logs.add(retention("Retention in days", l.retention()));
  }

  /** The deployed name of a declared group, else the name as written. */
  private static String groupName(LogGroups.LogGroup g, DeployedIds ids) {
    return g.resource().flatMap(res -> ids.physicalId(res.logicalId()))
        .orElse(g.name().map(Values::text).orElse("(a name CloudFormation generates)"));
  }

  private static Fact retention(String label, Optional<Node> days) {
    return new Fact(label, days.map(Values::text).orElse("never expires"),
        days.isPresent() ? "" : "no RetentionInDays in the templates");
  }

  private static void containers(Stack stack, Resource service, DeployedIds ids, List<Fact> logs) {
    List<ContainerLogs> containers = ContainerLogs.of(stack, service);
    if (containers.isEmpty()) {
      logs.add(new Fact("Container logs", "see the task definition's LogConfiguration",
          "the task definition is not in this stack"));
    }
    for (ContainerLogs c : containers) {
      String label = "Logs of container " + c.container();
      if (c.driver().isEmpty()) {
        logs.add(new Fact(label, "none", "no LogConfiguration: what the container writes to stdout is lost"));
      } else if (c.group().isEmpty()) {
        logs.add(new Fact(label, "log driver " + c.driver(), c.driver().equals("awslogs") ? "no awslogs-group option"
            : "not in CloudWatch Logs unless the driver sends them there"));
      } else {
        LogGroups.LogGroup g = c.group().get();
        String note = "awslogs-group" + g.resource().map(res -> ", log group resource " + res.logicalId()).orElse("")
            + c.streamPrefix().map(p -> "; streams " + Values.inName(p) + "/" + c.container() + "/<task id>")
                .orElse("; streams <task id>");
        logs.add(new Fact(label, groupName(g, ids), note));
        if (g.resource().isPresent()) {
          logs.add(retention("Retention in days (" + c.container() + ")", g.retention()));
        } else if (c.createGroup()) {
          logs.add(new Fact("Retention in days (" + c.container() + ")", "never expires",
              "awslogs-create-group: the agent creates the group without a retention"));
        }
      }
    }
  }

  private static void stages(Stack stack, Resource api, boolean rest, DeployedIds ids, List<Fact> logs) {
    List<StageLogs> stages = StageLogs.of(stack, api, api.properties());
    if (stages.isEmpty() && rest) {
      logs.add(new Fact("Execution logs", "API-Gateway-Execution-Logs_" + ids.physicalId(api.logicalId())
          .orElse("<rest-api-id>") + "/<stage>", "when logging is on in the stage's MethodSettings"));
    }
    for (StageLogs s : stages) {
      String stageName = ids.physicalId(s.stage()).filter(x -> !s.stage().equals(api.logicalId()))
          .or(() -> s.stageName().map(Values::inName)).orElse("<stage>");
      String label = " (stage " + s.stageName().flatMap(Node::text).orElse(s.stage()) + ")";
      if (s.access().isPresent()) {
        LogGroups.LogGroup g = s.access().get();
        logs.add(new Fact("Access logs" + label, groupName(g, ids),
            (rest ? "AccessLogSetting" : "AccessLogSettings") + ".DestinationArn"
                + g.resource().map(res -> ", log group resource " + res.logicalId()).orElse("")));
        if (g.resource().isPresent()) {
          logs.add(retention("Access log retention in days" + label, g.retention()));
        }
      } else {
        logs.add(new Fact("Access logs" + label, "none", "no " + (rest ? "AccessLogSetting" : "AccessLogSettings")
            + " on the stage"));
      }
      if (rest) {
        String group = "API-Gateway-Execution-Logs_" + ids.physicalId(api.logicalId()).orElse("<rest-api-id>") + "/"
            + stageName;
        logs.add(new Fact("Execution logs" + label, group, s.executionLevel()
            .map(l -> "LoggingLevel " + Values.text(l) + " in MethodSettings; API Gateway creates the group, kept forever")
            .orElse("off: no LoggingLevel in the stage's MethodSettings, so API Gateway writes none")));
      }
    }
  }
}
