package io.github.stackdocs.render.gameday;

import java.util.List;

/**
 * The runbook failure scenarios AWS FIS can rehearse, each with the FIS action that causes it. The title is the
 * scenario's name in the service's runbook template ({@code runbook/service/<service>.ftl}), so the runbook links
 * the stub from that scenario. Scenarios FIS has no action for (DynamoDB or Lambda throttling, an SQS backlog
 * without a Lambda consumer) get no stub.
 */
enum FisScenario {
  /** Dependency latency: invocations slowed to the function's timeout. */
  FUNCTION_TIMEOUTS("lambda", "Timeouts", List.of("AWS::Lambda::Function", "AWS::Serverless::Function"),
      "aws:lambda:invocation-add-delay", "Functions",
      "Delays one invocation in ten by the function's timeout: do callers time out and retry as the runbook says?"),
  /** Errors: invocations fail without running. */
  FUNCTION_ERRORS("lambda", "Errors rise after a deployment", List.of("AWS::Lambda::Function",
      "AWS::Serverless::Function"), "aws:lambda:invocation-error", "Functions",
      "Makes one invocation in ten fail without running the code: does the errors alarm fire and page someone?"),
  /** Queue backlog: the queue's consumers fail every invocation, so messages wait. */
  QUEUE_BACKLOG("sqs", "Backlog grows", List.of("AWS::SQS::Queue"), "aws:lambda:invocation-error", "Functions",
      "Makes the queue's Lambda consumers fail every invocation, so the backlog grows: does the backlog or DLQ alarm"
          + " fire, and do the messages drain afterwards?"),
  /** Task stop. */
  TASKS_STOP("ecs-service", "Tasks keep stopping", List.of("AWS::ECS::Service"), "aws:ecs:stop-task", "Tasks",
      "Stops one task of the service: does the service replace it without errors reaching clients?"),
  /** Instance stop. */
  INSTANCE_STOP("ec2", "Status check failed", List.of("AWS::EC2::Instance", "AWS::AutoScaling::AutoScalingGroup"),
      "aws:ec2:stop-instances", "Instances",
      "Stops an instance and starts it again after five minutes: does the workload survive losing it?"),
  /** Database failover (an Availability Zone lost under a Multi-AZ database). */
  DB_FAILOVER("rds", "Failover", List.of("AWS::RDS::DBCluster", "AWS::RDS::DBInstance"), "", "",
      "Fails the database over (reboots a single-AZ instance): do clients reconnect through the endpoint name?"),
  /** Availability Zone outage: the subnet loses connectivity. */
  SUBNET_OUTAGE("generic", "Its dependents in other stacks fail", List.of("AWS::EC2::Subnet"),
      "aws:network:disrupt-connectivity", "Subnets",
      "Cuts the subnet's traffic for five minutes, as an Availability Zone outage would: do its dependents keep"
          + " serving from the other zones?");

  private final String service;
  private final String title;
  private final List<String> types;
  private final String actionId;
  private final String targetKey;
  private final String description;

  FisScenario(String service, String title, List<String> types, String actionId, String targetKey,
      String description) {
    this.service = service;
    this.title = title;
    this.types = types;
    this.actionId = actionId;
    this.targetKey = targetKey;
    this.description = description;
  }

  boolean applies(String runbookService, String type) {
    return service.equals(runbookService) && types.contains(type);
  }

  /** The scenario's name in the runbook. */
  String title() {
    return title;
  }

  /** The FIS action id for a target of {@code type}. */
  String actionId(String type) {
    if (this == DB_FAILOVER) {
      return type.equals("AWS::RDS::DBCluster") ? "aws:rds:failover-db-cluster" : "aws:rds:reboot-db-instances";
    }
    return actionId;
  }

  /** The key the action names its target by. */
  String targetKey() {
    return targetKey;
  }

  /** What the experiment does and what it asks. */
  String description() {
    return description;
  }
}
