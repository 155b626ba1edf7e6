package io.github.stackdocs.render.gameday;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.runbook.RunbookUnit;
import io.github.stackdocs.render.view.FileNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The game days of a project: for each runbook whose failure scenario AWS FIS can rehearse, an experiment template
 * stub ({@link GameDay}). Which scenario maps to which FIS action is {@link FisScenario}'s table; targets are
 * found by the tags CloudFormation puts on every resource it creates ({@code aws:cloudformation:stack-name},
 * {@code aws:cloudformation:logical-id}), with the deployed stack name as a parameter; stop conditions are the
 * alarms of what depends on the targets ({@link #stopConditions}). Deterministic: sorted by path.
 */
public final class GameDays {
  /** Stop conditions per experiment, at most (the alarms of big stacks would otherwise all be listed). */
  static final int MAX_ALARMS = 5;

  private final Project project;
  private final DependencyGraph graph;
  private final Map<NodeId, List<WatchingAlarm>> alarms;

  private GameDays(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms) {
    this.project = project;
    this.graph = graph;
    this.alarms = alarms;
  }

  /** The stubs of the runbook {@code units}, sorted by path. */
  public static List<GameDay> of(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<RunbookUnit> units) {
    GameDays days = new GameDays(project, graph, alarms);
    List<GameDay> result = new ArrayList<>();
    for (RunbookUnit unit : units) {
      Optional<Stack> stack = project.stack(unit.stack());
      if (stack.isEmpty()) {
        continue;
      }
      for (FisScenario scenario : FisScenario.values()) {
        if (scenario.applies(unit.service(), unit.primary().type())) {
          days.plan(stack.get(), unit, scenario).ifPresent(result::add);
        }
      }
    }
    result.sort(java.util.Comparator.comparing(GameDay::path));
    return List.copyOf(result);
  }

  /** The relative path of a stub: beside its runbook's name, {@code gamedays/<stack>/<name>-<scenario>.yaml}. */
  static String path(RunbookUnit unit, FisScenario scenario) {
    String base = unit.path().substring(0, unit.path().length() - ".adoc".length());
    return GameDay.FOLDER + "/" + base + "-" + FileNames.slug(scenario.title()) + ".yaml";
  }

  private Optional<GameDay> plan(Stack stack, RunbookUnit unit, FisScenario scenario) {
    Resource primary = unit.primary();
    List<NodeId> targets = new ArrayList<>();
    if (scenario == FisScenario.QUEUE_BACKLOG) {
      targets.addAll(consumers(new NodeId(stack.name(), primary.logicalId())));
    } else {
      targets.add(new NodeId(stack.name(), primary.logicalId()));
    }
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    ExperimentStub stub = new ExperimentStub(scenario, stack.name(), primary.logicalId(), unit.path());
    for (NodeId t : targets) {
      Stack ts = project.stack(t.stack()).orElseThrow();
      Resource tr = ts.resource(t.logicalId()).orElseThrow();
      target(stub, scenario, ts, tr);
    }
    stopConditions(stub, targets);
    return Optional.of(new GameDay(unit.path(), scenario.title(), path(unit, scenario),
        targets.stream().map(n -> n.stack() + "/" + n.logicalId()).toList(), stub.yaml()));
  }

  /** The Lambda functions that consume the queue: through an event source mapping that names it. */
  private List<NodeId> consumers(NodeId queue) {
    Set<NodeId> functions = new TreeSet<>();
    for (NodeId d : graph.dependents(queue)) {
      if (type(d).equals("AWS::Lambda::EventSourceMapping")) {
        graph.dependencies(d).stream().filter(f -> isFunction(type(f))).forEach(functions::add);
      }
    }
    return List.copyOf(functions);
  }

  private static boolean isFunction(String type) {
    return type.equals("AWS::Lambda::Function") || type.equals("AWS::Serverless::Function");
  }

  private String type(NodeId n) {
    return project.stack(n.stack()).flatMap(s -> s.resource(n.logicalId())).map(Resource::type).orElse("");
  }

  private void target(ExperimentStub stub, FisScenario scenario, Stack stack, Resource r) {
    String type = r.type();
    switch (scenario) {
      case TASKS_STOP -> stub.target(scenario.targetKey(), "aws:ecs:task", stack.name(), r.logicalId(), Map.of(),
          ecsParameters(stub, stack, r), "COUNT(1)");
      case INSTANCE_STOP -> {
        if (type.equals("AWS::AutoScaling::AutoScalingGroup")) {
          YamlText.Scalar group = name(stub, stack, r, "AutoScalingGroupName", "the Auto Scaling group");
          stub.target(scenario.targetKey(), "aws:ec2:instance", stack.name(), r.logicalId(),
              Map.of("aws:autoscaling:groupName", group), Map.of(), "COUNT(1)");
        } else {
          stub.taggedTarget(scenario.targetKey(), "aws:ec2:instance", stack, r.logicalId(), "ALL");
        }
      }
      case DB_FAILOVER -> stub.taggedTarget(type.equals("AWS::RDS::DBCluster") ? "Clusters" : "DBInstances",
          type.equals("AWS::RDS::DBCluster") ? "aws:rds:cluster" : "aws:rds:db", stack, r.logicalId(), "ALL");
      case SUBNET_OUTAGE -> stub.taggedTarget(scenario.targetKey(), "aws:ec2:subnet", stack, r.logicalId(), "ALL");
      default -> stub.taggedTarget(scenario.targetKey(), "aws:lambda:function", stack, r.logicalId(), "ALL");
    }
    stub.action(scenario.actionId(type), scenario.description(), actionParameters(scenario, r),
        scenario == FisScenario.DB_FAILOVER ? (type.equals("AWS::RDS::DBCluster") ? "Clusters" : "DBInstances")
            : scenario.targetKey());
  }

  private static Map<String, String> actionParameters(FisScenario scenario, Resource r) {
    Map<String, String> p = new LinkedHashMap<>();
    switch (scenario) {
      case FUNCTION_TIMEOUTS -> {
        long timeout = Math.min(900, literalLong(r, "Timeout").orElse(3L));
        p.put("duration", "PT10M");
        p.put("invocationPercentage", "10");
        p.put("startupDelayMilliseconds", String.valueOf(timeout * 1000));
      }
      case FUNCTION_ERRORS, QUEUE_BACKLOG -> {
        p.put("duration", "PT10M");
        p.put("invocationPercentage", scenario == FisScenario.QUEUE_BACKLOG ? "100" : "10");
        p.put("preventExecution", "true");
      }
      case INSTANCE_STOP -> p.put("startInstancesAfterDuration", "PT5M");
      case DB_FAILOVER -> {
        if (r.type().equals("AWS::RDS::DBInstance")) {
          p.put("forceFailover", literalTrue(r, "MultiAZ") ? "true" : "false");
        }
      }
      case SUBNET_OUTAGE -> {
        p.put("duration", "PT5M");
        p.put("scope", "all");
      }
      default -> { }
    }
    return p;
  }

  /** The cluster and service an ECS service's tasks are found by. */
  private Map<String, YamlText.Scalar> ecsParameters(ExperimentStub stub, Stack stack, Resource service) {
    Map<String, YamlText.Scalar> p = new LinkedHashMap<>();
    Node cluster = service.writtenProperties().get("Cluster");
    YamlText.Scalar clusterName = null;
    if (cluster instanceof Node.ScalarNode s && s.isString()) {
      clusterName = YamlText.Scalar.of(lastSegment(s.text()));
    } else if (cluster instanceof Node.MapNode m && m.singleKey().filter("Ref"::equals).isPresent()) {
      String id = Node.text(m.get("Ref")).orElse("");
      Optional<Resource> c = stack.resource(id).filter(x -> x.type().equals("AWS::ECS::Cluster"));
      if (c.isPresent()) {
        clusterName = name(stub, stack, c.get(), "ClusterName", "the ECS cluster");
      }
    }
    if (clusterName == null) {
      clusterName = YamlText.Scalar.ref(stub.parameter(service.logicalId() + "Cluster",
          "The name of the ECS cluster service " + service.logicalId() + " of stack " + stack.name() + " runs in",
          Optional.empty()));
    }
    p.put("cluster", clusterName);
    p.put("service", name(stub, stack, service, "ServiceName", "the ECS service"));
    return p;
  }

  /**
   * A resource's deployed name: its name property when written as plain text, else its deployed physical id (an
   * ARN's last segment), else a parameter of the stub.
   */
  private static YamlText.Scalar name(ExperimentStub stub, Stack stack, Resource r, String property, String what) {
    Node written = r.writtenProperties().get(property);
    if (written instanceof Node.ScalarNode s && s.isString() && !s.text().isBlank()) {
      return YamlText.Scalar.of(s.text());
    }
    Optional<String> deployed = stack.deployed().flatMap(d -> d.resource(r.logicalId()))
        .map(DeployedState.ResourceState::physicalId).filter(id -> !id.isEmpty()).map(GameDays::lastSegment);
    if (deployed.isPresent()) {
      return YamlText.Scalar.of(deployed.get());
    }
    return YamlText.Scalar.ref(stub.parameter(r.logicalId() + "Name", "The deployed name of " + what + " "
        + r.logicalId() + " of stack " + stack.name(), Optional.empty()));
  }

  private static String lastSegment(String id) {
    return id.startsWith("arn:") ? id.substring(id.lastIndexOf('/') + 1) : id;
  }

  /**
   * The stop conditions: the alarms that watch what depends on the targets (what users would feel), else the other
   * alarms of the targets' stacks; never an alarm that watches a target, which the experiment means to set off
   * (those are listed as expected). At most {@link #MAX_ALARMS}.
   */
  private void stopConditions(ExperimentStub stub, List<NodeId> targets) {
    Set<NodeId> expected = new TreeSet<>();
    targets.forEach(t -> alarms.getOrDefault(t, List.of()).forEach(a -> expected.add(a.alarm())));
    Set<NodeId> stop = new TreeSet<>();
    for (NodeId t : targets) {
      graph.blastRadius(t).forEach(n -> alarms.getOrDefault(n, List.of()).forEach(a -> stop.add(a.alarm())));
    }
    stop.removeAll(expected);
    if (stop.isEmpty()) {
      for (NodeId t : targets) {
        project.stack(t.stack()).ifPresent(s -> s.resources().stream()
            .filter(r -> r.type().equals("AWS::CloudWatch::Alarm"))
            .forEach(r -> stop.add(new NodeId(s.name(), r.logicalId()))));
      }
      stop.removeAll(expected);
    }
    expected.forEach(a -> stub.expectedAlarm(a.stack() + "/" + a.logicalId()));
    stop.stream().limit(MAX_ALARMS).forEach(a -> {
      Stack s = project.stack(a.stack()).orElseThrow();
      Resource alarm = s.resource(a.logicalId()).orElseThrow();
      YamlText.Scalar name = name(stub, s, alarm, "AlarmName", "the alarm");
      String arn = "arn:${AWS::Partition}:cloudwatch:${AWS::Region}:${AWS::AccountId}:alarm:";
      stub.stopCondition(name.tag().isEmpty() ? YamlText.Scalar.sub(arn + name.text().replace("${", "${!"))
          : YamlText.Scalar.sub(arn + "${" + name.text() + "}"), a.stack() + "/" + a.logicalId());
    });
  }

  private static Optional<Long> literalLong(Resource r, String property) {
    Node n = r.writtenProperties().get(property);
    if (n instanceof Node.ScalarNode s && !s.isNull()) {
      try {
        return Optional.of(Long.parseLong(s.text().strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean literalTrue(Resource r, String property) {
    Node n = r.writtenProperties().get(property);
    return n instanceof Node.ScalarNode s && s.text().strip().equalsIgnoreCase("true");
  }
}
