package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.Coverage;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Operational readiness of a project as bound to its environment: per stack and resource, the {@link Check}s that
 * apply, each passed, failed, waived (annotations file) or decided at deploy time. The observability checks (alarm, log
 * retention, dead letters, backup) are the {@link Coverage} table's verdicts; the others read the resource's
 * properties and policies, the stack's annotations and the runbooks. Computed once per run and shared by every output.
 */
public final class ReadinessAnalyzer {

  /** The scorecards and the problems found in the waivers. */
  public record Result(Readiness readiness, List<Finding> findings) {}

  /**
   * @param alarms the alarms watching each resource ({@code AlarmResolver})
   * @param coverage the observability coverage, one per stack ({@code CoverageAnalyzer})
   * @param runbooks the runbooks; empty when runbooks are off (the runbook check is then not made)
   */
  public Result analyze(Project project, Map<NodeId, List<WatchingAlarm>> alarms, List<Coverage> coverage,
      Optional<Runbooks> runbooks) {
    Map<String, Map<String, Coverage.Row>> rows = new HashMap<>();
    coverage.forEach(c -> c.rows().forEach(r ->
        rows.computeIfAbsent(c.stack(), k -> new HashMap<>()).put(r.logicalId(), r)));
    Waivers waivers = new Waivers(project.annotations());
    List<StackReadiness> stacks = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      List<CheckResult> results = new ArrayList<>();
      for (Verdict v : stackVerdicts(project, stack)) {
        results.add(waivers.apply(v, stack.name(), "", ""));
      }
      Map<String, Coverage.Row> stackRows = rows.getOrDefault(stack.name(), Map.of());
      for (Resource raw : stack.resources()) {
        Resource r = SamTranslator.withGlobals(stack, raw);
        List<Verdict> verdicts = new ArrayList<>();
        Coverage.Row row = stackRows.get(r.logicalId());
        if (row != null) {
          verdicts.addAll(coverage(r, row, alarms.getOrDefault(new NodeId(stack.name(), r.logicalId()), List.of())));
        }
        verdicts.addAll(DataChecks.of(r));
        MultiAz.of(r).ifPresent(verdicts::add);
        Encryption.of(r).ifPresent(verdicts::add);
        AlarmActions.of(r).ifPresent(verdicts::add);
        if (runbooks.isPresent()) {
          String path = runbooks.get().paths().get(new NodeId(stack.name(), r.logicalId()));
          if (path != null) {
            verdicts.add(RunbookCheck.of(runbooks.get(), path));
          }
        }
        for (Verdict v : verdicts) {
          results.add(waivers.apply(v, stack.name(), r.logicalId(), r.type()));
        }
      }
      stacks.add(new StackReadiness(stack.name(), stack.binding().map(b -> b.environment().name()).orElse(""),
          results));
    }
    return new Result(new Readiness(stacks), waivers.unknownChecks());
  }

  private static List<Verdict> stackVerdicts(Project project, Stack stack) {
    Annotation a = project.annotations().stack(stack.name()).orElse(Annotation.EMPTY);
    SourceLocation at = SourceLocation.of(stack.sourceFile());
    List<Verdict> out = new ArrayList<>();
    out.add(!a.owner().isEmpty() || !a.team().isEmpty()
        ? Verdict.pass(Check.OWNER, "owned by " + (a.owner().isEmpty() ? a.team() : a.owner()), at)
        : Verdict.fail(Check.OWNER, "no owner or team annotated for the stack", at));
    out.add(!a.oncall().isEmpty() || !a.escalation().isEmpty()
        ? Verdict.pass(Check.ONCALL, "on call: " + (a.oncall().isEmpty() ? a.escalation() : a.oncall()), at)
        : Verdict.fail(Check.ONCALL, "no oncall or escalation annotated for the stack", at));
    return out;
  }

  /** The coverage table's verdicts on a resource; NOT_APPLICABLE columns give none. */
  private static List<Verdict> coverage(Resource r, Coverage.Row row, List<WatchingAlarm> watching) {
    List<Verdict> out = new ArrayList<>();
    SourceLocation at = r.location();
    switch (row.alarm()) {
      case OK -> out.add(Verdict.pass(Check.ALARM, "watched by " + String.join(", ", watching.stream().sorted()
          .map(w -> w.alarm().logicalId() + (w.metric().isEmpty() ? "" : " (" + w.metric() + ")")).distinct()
          .toList()), at));
      case MISSING -> out.add(Verdict.fail(Check.ALARM, "no alarm in the templates watches it", at));
      case DEPENDS -> out.add(Verdict.unknown(Check.ALARM, "the watching alarm is decided at deploy time", at));
      case NOT_APPLICABLE -> { }
    }
    verdict(out, Check.LOG_RETENTION, row.logRetention(), "its log groups have a retention",
        "a log group without RetentionInDays: its logs are kept forever", at);
    verdict(out, Check.DEAD_LETTER, row.deadLetter(), "failures go to a dead-letter queue or destination",
        "no dead-letter queue or on-failure destination: failures are dropped after the retries", at);
    verdict(out, Check.BACKUP, row.backup(), "backed up (point-in-time recovery, versioning or automated backups)",
        switch (r.type()) {
          case "AWS::S3::Bucket" -> "versioning is off (VersioningConfiguration)";
          case "AWS::RDS::DBInstance", "AWS::RDS::DBCluster" -> "automated backups are off (BackupRetentionPeriod: 0)";
          default -> "point-in-time recovery is off (PointInTimeRecoverySpecification)";
        }, row.backup() == Coverage.Status.NOT_APPLICABLE ? at : DataChecks.backupAt(r));
    return out;
  }

  private static void verdict(List<Verdict> out, Check check, Coverage.Status status, String ok, String missing,
      SourceLocation at) {
    switch (status) {
      case OK -> out.add(Verdict.pass(check, ok, at));
      case MISSING -> out.add(Verdict.fail(check, missing, at));
      case DEPENDS -> out.add(Verdict.unknown(check, "decided at deploy time", at));
      case NOT_APPLICABLE -> { }
    }
  }
}
