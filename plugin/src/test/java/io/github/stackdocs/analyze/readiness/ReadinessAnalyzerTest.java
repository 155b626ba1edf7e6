package io.github.stackdocs.analyze.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.CoverageAnalyzer;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.notes.AnnotationResolver;
import io.github.stackdocs.read.notes.TagKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReadinessAnalyzerTest {

  private static final String APP = """
      Resources:
        Table:
          Type: AWS::DynamoDB::Table
          DeletionPolicy: Retain
          Properties:
            PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}
        Bucket: {Type: AWS::S3::Bucket}
        Topic: {Type: AWS::SNS::Topic}
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            MultiAZ: false
            StorageEncrypted: true
            DeletionProtection: true
            BackupRetentionPeriod: 7
        Fn:
          Type: AWS::Lambda::Function
          Properties: {Runtime: python3.12, Handler: a.b, Role: arn:aws:iam::1:role/r, Code: {ZipFile: x}}
        FnErrors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/Lambda
            MetricName: Errors
            Dimensions: [{Name: FunctionName, Value: !Ref Fn}]
            ComparisonOperator: GreaterThanThreshold
            Threshold: 0
            EvaluationPeriods: 1
            Period: 60
            Statistic: Sum
        """;

  private static ReadinessAnalyzer.Result analyze(Project project, Optional<Runbooks> runbooks) {
    DependencyGraph graph = DependencyGraph.build(project);
    Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(project, graph);
    return new ReadinessAnalyzer().analyze(project, alarms,
        new CoverageAnalyzer().analyze(project, alarms).coverage(), runbooks);
  }

  private static Project annotated(Project p, String sidecar, List<Finding> findings) {
    AnnotationResolver.Result r = new AnnotationResolver(TagKeys.parse(List.of())).resolve(p, sidecar, "stackdocs.yaml");
    findings.addAll(r.findings());
    return p.withAnnotations(r.annotations());
  }

  private static List<String> lines(Readiness readiness) {
    return readiness.results().stream().map(r -> r.subject() + " " + r.check().id() + " " + r.status() + " "
        + r.severity() + ": " + r.detail() + " @ " + r.location()).toList();
  }

  @Test
  void everyCheckOnEveryResourceWithWhatWasFoundAndWhere() {
    List<String> lines = lines(analyze(Stacks.project("app", APP), Optional.empty()).readiness());
    assertThat(lines).containsExactly(
        "app owner FAIL WARN: no owner or team annotated for the stack @ app.yaml",
        "app oncall FAIL WARN: no oncall or escalation annotated for the stack @ app.yaml",
        "app/Bucket backup FAIL ERROR: versioning is off (VersioningConfiguration) @ app.yaml:7:3",
        "app/Bucket deletion-policy FAIL WARN: DeletionPolicy Delete (CloudFormation's default): deleting the stack"
            + " deletes the bucket once it is empty @ app.yaml:7:3",
        "app/Bucket encryption PASS WARN: encrypted by default (SSE-S3) @ app.yaml:7:3",
        "app/Db alarm FAIL WARN: no alarm in the templates watches it @ app.yaml:9:3",
        "app/Db backup PASS ERROR: backed up (point-in-time recovery, versioning or automated backups) @ app.yaml:16:30",
        "app/Db deletion-policy PASS WARN: DeletionPolicy Snapshot (CloudFormation's default) @ app.yaml:9:3",
        "app/Db deletion-protection PASS INFO: DeletionProtection is on @ app.yaml:15:27",
        "app/Db multi-az FAIL WARN: one instance in one zone (MultiAZ: false) @ app.yaml:13:16",
        "app/Db encryption PASS WARN: StorageEncrypted is on @ app.yaml:14:25",
        "app/Fn alarm PASS WARN: watched by FnErrors (Errors) @ app.yaml:17:3",
        "app/Fn log-retention FAIL WARN: a log group without RetentionInDays: its logs are kept forever @ app.yaml:17:3",
        "app/FnErrors alarm-actions FAIL WARN: it has no AlarmActions: it changes state and no one is told"
            + " @ app.yaml:20:3",
        "app/Table alarm FAIL WARN: no alarm in the templates watches it @ app.yaml:2:3",
        "app/Table backup PASS ERROR: backed up (point-in-time recovery, versioning or automated backups)"
            + " @ app.yaml:6:41",
        "app/Table deletion-policy PASS WARN: DeletionPolicy Retain @ app.yaml:2:3",
        "app/Table deletion-protection FAIL INFO: deletion protection is off (DeletionProtectionEnabled is not set)"
            + " @ app.yaml:2:3",
        "app/Table encryption PASS WARN: encrypted by default (AWS owned key) @ app.yaml:2:3",
        "app/Topic encryption FAIL WARN: not encrypted (KmsMasterKeyId is not set) @ app.yaml:8:3");
  }

  @Test
  void waiversFromTheAnnotationsFileTurnChecksOffOrChangeSeverityWithTheReasonShown() {
    List<Finding> findings = new java.util.ArrayList<>();
    Project p = annotated(Stacks.project("app", APP), """
        app:
          owner: Team A
          oncall: https://oncall.example.com/a
          readiness:
            encryption: {severity: ERROR, reason: data classification requires KMS}
            backup: {severity: off, reason: every stack's buckets are rebuilt from source}
        app/Bucket:
          readiness:
            backup: {severity: INFO, reason: build artefacts only}
        app/Db:
          readiness:
            multi-az: dev-grade database until launch (SHOP-12)
            mutli-az: typo
        """, findings);
    ReadinessAnalyzer.Result result = analyze(p, Optional.empty());
    Map<String, CheckResult> byKey = new TreeMap<>();
    result.readiness().results().forEach(r -> byKey.put(r.key(), r));
    assertThat(byKey.get("app#owner").status()).isEqualTo(CheckResult.Status.PASS);
    CheckResult multiAz = byKey.get("app/Db#multi-az");
    assertThat(multiAz.status()).isEqualTo(CheckResult.Status.WAIVED);
    assertThat(multiAz.waiver().orElseThrow().reason()).isEqualTo("dev-grade database until launch (SHOP-12)");
    assertThat(multiAz.waiver().orElseThrow().location().toString()).isEqualTo("stackdocs.yaml:12:5");
    // the resource's own entry wins over the stack's: a severity change, still failing
    assertThat(byKey.get("app/Bucket#backup").status()).isEqualTo(CheckResult.Status.FAIL);
    assertThat(byKey.get("app/Bucket#backup").severity()).isEqualTo(Severity.INFO);
    assertThat(byKey.get("app/Topic#encryption").severity()).isEqualTo(Severity.ERROR);
    assertThat(byKey.get("app/Table#backup").status()).isEqualTo(CheckResult.Status.PASS);
    assertThat(result.readiness().score()).isEqualTo(new Score(11, 8, 1, 1, 0));
    assertThat(result.readiness().failing(Severity.ERROR)).extracting(CheckResult::key)
        .containsExactly("app/Topic#encryption");
    assertThat(result.findings()).extracting(Finding::code, Finding::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("readiness-unknown-check", "readiness check 'mutli-az' does not exist;"
            + " did you mean 'multi-az'?; the checks are alarm, log-retention, dead-letter, backup, deletion-policy,"
            + " deletion-protection, multi-az, encryption, alarm-actions, runbook, owner, oncall"));
    assertThat(findings).isEmpty();
  }

  @Test
  void aWaiverWithoutAReasonIsAnErrorAndNotApplied() {
    List<Finding> findings = new java.util.ArrayList<>();
    Project p = annotated(Stacks.project("app", APP), """
        app/Db:
          readiness:
            multi-az: {severity: INFO}
            encryption: {severity: LOUD, reason: x}
        """, findings);
    assertThat(findings).extracting(f -> f.code() + " " + f.location() + " " + f.message()).containsExactly(
        "annotation-value stackdocs.yaml:3:15 readiness 'multi-az' needs a reason (a waiver or a changed severity is"
            + " shown with why); it is not applied",
        "annotation-value stackdocs.yaml:4:28 readiness 'encryption': severity must be off, INFO, WARN or ERROR, found"
            + " 'LOUD'");
    assertThat(analyze(p, Optional.empty()).readiness().results()).filteredOn(r -> r.key().equals("app/Db#multi-az"))
        .extracting(CheckResult::status).containsExactly(CheckResult.Status.FAIL);
  }

  @Test
  void runbooksPassOnlyWhenPresentWithNoTodoOutsideTheGeneratedRegions() {
    Project p = Stacks.project("app", APP);
    Map<NodeId, String> paths = Map.of(new NodeId("app", "Fn"), "app/Fn.adoc", new NodeId("app", "Table"),
        "app/Table.adoc", new NodeId("app", "Db"), "app/Db.adoc");
    TreeMap<String, String> texts = new TreeMap<>(Map.of(
        "app/Fn.adoc", "= Runbook\n// stackdocs:begin summary\nTODO in a generated region is ours\n"
            + "// stackdocs:end summary\n\nOwner:: Team A\nOn call:: TODO rotation\n",
        "app/Table.adoc", "= Runbook\n// stackdocs:begin summary\nTODO\n// stackdocs:end summary\nAll written.\n"));
    List<String> runbook = analyze(p, Optional.of(new Runbooks("src/docs/runbooks", paths, texts))).readiness()
        .results().stream().filter(r -> r.check() == Check.RUNBOOK)
        .map(r -> r.subject() + " " + r.status() + ": " + r.detail() + " @ " + r.location()).toList();
    assertThat(runbook).containsExactly(
        "app/Db FAIL: no runbook at src/docs/runbooks/app/Db.adoc @ src/docs/runbooks/app/Db.adoc",
        "app/Fn FAIL: its hand-written parts still say TODO @ src/docs/runbooks/app/Fn.adoc",
        "app/Table PASS: runbook src/docs/runbooks/app/Table.adoc is filled in @ src/docs/runbooks/app/Table.adoc");
  }

  @Test
  void placementMultiAzAndAlarmsThatNotify() {
    List<String> lines = lines(analyze(Stacks.project("app", """
        Resources:
          Asg:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties: {MinSize: 1, MaxSize: 2, VPCZoneIdentifier: [subnet-a]}
          Asg2:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties: {MinSize: 1, MaxSize: 2, AvailabilityZones: !GetAZs ''}
          Cache:
            Type: AWS::ElastiCache::ReplicationGroup
            Properties: {ReplicationGroupDescription: c, MultiAZEnabled: true, AtRestEncryptionEnabled: true}
          Quiet:
            Type: AWS::CloudWatch::Alarm
            Properties: {ActionsEnabled: false, AlarmActions: [arn:aws:sns:eu-west-1:1:t]}
          Loud:
            Type: AWS::CloudWatch::Alarm
            Properties: {AlarmActions: [arn:aws:sns:eu-west-1:1:t]}
        """), Optional.empty()).readiness()).stream().filter(l -> !l.startsWith("app ")).toList();
    assertThat(lines).containsExactly(
        "app/Asg alarm FAIL WARN: no alarm in the templates watches it @ app.yaml:2:3",
        "app/Asg multi-az FAIL WARN: instances placed in 1 subnet/zone only (VPCZoneIdentifier) @ app.yaml:4:61",
        "app/Asg2 alarm FAIL WARN: no alarm in the templates watches it @ app.yaml:5:3",
        "app/Asg2 multi-az PASS WARN: instances use every zone of the region (AvailabilityZones) @ app.yaml:7:61",
        "app/Cache alarm FAIL WARN: no alarm in the templates watches it @ app.yaml:8:3",
        "app/Cache multi-az PASS WARN: MultiAZEnabled is on @ app.yaml:10:66",
        "app/Cache encryption PASS WARN: AtRestEncryptionEnabled is on @ app.yaml:10:97",
        "app/Loud alarm-actions PASS WARN: notifies 1 action (AlarmActions) @ app.yaml:16:32",
        "app/Quiet alarm-actions FAIL WARN: its actions are turned off (ActionsEnabled: false) @ app.yaml:13:34");
  }
}
