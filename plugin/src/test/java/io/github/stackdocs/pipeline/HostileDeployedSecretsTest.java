package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secret values a snapshot holds in clear appear nowhere: deployed output values of outputs derived from a NoEcho
 * parameter (CloudFormation returns them unmasked), and drift values of properties set by a dynamic reference, from
 * a NoEcho parameter at any depth, or write-only by their name. Each case plants one marker in the snapshot, runs
 * {@code generate} (every format, runbooks, a stamp) and {@code diff} against a baseline, and searches every file
 * written (docs, runbooks, the stamp folder, the change log), the log and the messages for it.
 */
class HostileDeployedSecretsTest {
  private static final String ARN =
      "arn:aws:cloudformation:eu-west-1:123456789012:stack/app/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f";
  /** Shown in the docs: the checks below would pass vacuously if nothing deployed were shown. */
  private static final String VISIBLE = "visible-plain-value-77";

  private static final String TEMPLATE = """
      Parameters:
        DbPassword:
          Type: String
          NoEcho: true
        Stage:
          Type: String
          Default: prod
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
      Resources:
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: 30
        Db:
          Type: AWS::RDS::DBInstance
          Properties:
            Engine: postgres
            DBInstanceClass: db.t3.micro
            AllocatedStorage: "20"
            MasterUsername: admin
            MasterUserPassword: '{{resolve:secretsmanager:db-secret:SecretString:password}}'
        Cache:
          Type: AWS::ElastiCache::ReplicationGroup
          Properties:
            ReplicationGroupDescription: cache
            AuthToken: placeholder-in-template
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: python3.12
            Handler: index.handler
            Role: arn:aws:iam::123456789012:role/fn
            Code:
              ZipFile: "def handler(e, c): return 1"
            Timeout: 30
            Environment:
              Variables:
                STAGE: !Ref Stage
                DB_PASSWORD: !Join ["", [!If [IsProd, !Select [0, [!Ref DbPassword]], none]]]
            Tags:
              - Key: owner
                Value: !Sub ["${Owner}", {Owner: !Ref DbPassword}]
        Worker:
          Type: AWS::Lambda::Function
          Properties:
            Runtime: python3.12
            Handler: index.handler
            Role: arn:aws:iam::123456789012:role/fn
            Code:
              ZipFile: "def handler(e, c): return 1"
            Environment:
              Variables:
                CONN: !Sub "postgres://app:{{resolve:ssm-secure:/db/password:3}}@db.internal/${Stage}"
      Outputs:
        PlainOut:
          Value: !Ref Stage
        PwRef:
          Value: !Ref DbPassword
        PwSub:
          Value: !Sub "https://app:${DbPassword}@db.internal"
        PwJoin:
          Value: !Join [":", [!If [IsProd, !Select [0, [!Ref DbPassword, x]], none], end]]
        PwBase64:
          Value: !Base64 {"Fn::Sub": ["${Pw}", {Pw: !Ref DbPassword}]}
          Export:
            Name: !Sub "${AWS::StackName}-pw"
      """;

  /** One way a secret gets into a snapshot; {@code %s} in {@link #output} or {@link #drift} is the marker. */
  enum Plant {
    OUTPUT_REF("PwRef", null, null),
    OUTPUT_SUB("PwSub", null, null),
    OUTPUT_JOIN_IF_SELECT("PwJoin", null, null),
    OUTPUT_BASE64_SUB_VARIABLE_MAP("PwBase64", null, null),
    OUTPUT_NOT_IN_TEMPLATE("OldPassword", null, null),
    DRIFT_SECRETSMANAGER_REFERENCE(null, "Db", "/MasterUserPassword"),
    DRIFT_SSM_SECURE_REFERENCE_IN_SUB(null, "Worker", "/Environment/Variables/CONN"),
    DRIFT_NESTED_NOECHO_THROUGH_JOIN_IF_SELECT(null, "Fn", "/Environment/Variables/DB_PASSWORD"),
    DRIFT_TAG_VALUE_FROM_NOECHO(null, "Fn", "/Tags/0/Value"),
    DRIFT_WHOLE_OBJECT_WITH_SECRET_INSIDE(null, "Fn", "/Environment"),
    DRIFT_WRITE_ONLY_PROPERTY(null, "Cache", "/AuthToken");

    final String output;
    final String resource;
    final String path;

    Plant(String output, String resource, String path) {
      this.output = output;
      this.resource = resource;
      this.path = path;
    }

    String marker() {
      return "S3cr3tMarker-" + (ordinal() + 1) + "-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @TempDir Path root;

  private HostileProject project(Plant plant) {
    HostileProject p = new HostileProject(root);
    p.template("app.yaml", TEMPLATE);
    p.file("baseline/src/main/cloudformation/app.yaml", TEMPLATE.replace("Timeout: 30", "Timeout: 60"));
    String marker = plant.marker();
    StringBuilder outputs = new StringBuilder("{\"OutputKey\": \"PlainOut\", \"OutputValue\": \"" + VISIBLE + "\"}");
    if (plant.output != null) {
      outputs.append(", {\"OutputKey\": \"").append(plant.output).append("\", \"OutputValue\": \"").append(marker)
          .append("\", \"ExportName\": \"app-pw\"}");
    }
    p.file("deployed/app/describe-stacks.json", """
        {"Stacks": [{"StackId": "%s", "StackName": "app", "StackStatus": "UPDATE_COMPLETE",
          "CreationTime": "2026-03-02T09:14:27.511000+00:00",
          "Parameters": [{"ParameterKey": "DbPassword", "ParameterValue": "****"},
                         {"ParameterKey": "Stage", "ParameterValue": "prod"}],
          "Outputs": [%s]}]}
        """.formatted(ARN, outputs));
    StringBuilder drifts = new StringBuilder(drift("Queue", "AWS::SQS::Queue", "/VisibilityTimeout", "30", VISIBLE));
    if (plant.resource != null) {
      String type = switch (plant.resource) {
        case "Db" -> "AWS::RDS::DBInstance";
        case "Cache" -> "AWS::ElastiCache::ReplicationGroup";
        default -> "AWS::Lambda::Function";
      };
      String expected = plant.path.equals("/Environment")
          ? "{\\\"Variables\\\":{\\\"STAGE\\\":\\\"prod\\\",\\\"DB_PASSWORD\\\":\\\"" + marker + "\\\"}}" : marker;
      drifts.append(", ").append(drift(plant.resource, type, plant.path, expected, marker + "-actual"));
    }
    p.file("deployed/app/describe-stack-resource-drifts.json", "{\"StackResourceDrifts\": [" + drifts + "]}");
    return p;
  }

  private static String drift(String logicalId, String type, String path, String expected, String actual) {
    return """
        {"StackId": "%s", "LogicalResourceId": "%s", "PhysicalResourceId": "%s-physical",
          "ResourceType": "%s", "StackResourceDriftStatus": "MODIFIED",
          "PropertyDifferences": [{"PropertyPath": "%s", "ExpectedValue": "%s", "ActualValue": "%s",
            "DifferenceType": "NOT_EQUAL"}],
          "Timestamp": "2026-11-20T08:00:12.345000+00:00"}"""
        .formatted(ARN, logicalId, logicalId.toLowerCase(java.util.Locale.ROOT), type, path, expected, actual);
  }

  @ParameterizedTest
  @EnumSource(Plant.class)
  void aSecretInASnapshotAppearsInNoOutputStampLogOrMessage(Plant plant) throws IOException {
    HostileProject p = project(plant);
    DocsRequest request = p.request().deployedDirectory(Optional.of(Path.of("deployed")))
        .stampFile(Optional.of(Path.of("target/stackdocs-stamp/docs.stamp"))).build();

    HostileProject.Run generate = p.run(request);
    generate.ok();
    List<String> diffLog = new ArrayList<>();
    DiffResult diff = new ChangeLogGenerator(new RecordingLog(diffLog)).run(new DiffRequest(request,
        DiffRequest.parseBaseline("baseline", p.base), FailOnRisk.NONE, Optional.empty(),
        Optional.of(Path.of("CHANGELOG.adoc"))));
    HostileProject.Run again = p.run(request); // from the stamp: its findings are shown again

    List<Path> files = new ArrayList<>(p.outputs());
    files.add(p.base.resolve("CHANGELOG.adoc"));
    try (Stream<Path> stamp = Files.walk(p.base.resolve("target"))) {
      stamp.filter(Files::isRegularFile).forEach(files::add);
    }
    assertThat(files).as("the runs wrote")
        .anySatisfy(f -> assertThat(f.toString()).endsWith("model.json"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith(".html"))
        .anySatisfy(f -> assertThat(f.toString()).contains("antora"))
        .anySatisfy(f -> assertThat(f.toString()).contains("runbooks"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith("changes.json"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith("docs.stamp"));
    String marker = plant.marker();
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertThat(text).as(p.base.relativize(f).toString()).doesNotContain(marker);
    }
    String said = generate.text() + again.text() + String.join("\n", diffLog) + diff.findings();
    assertThat(said).as("log and messages").doesNotContain(marker);

    // what is not secret is still shown, and the secret's place says it is hidden
    String page = p.read("docs/stacks/app.md");
    assertThat(page).contains(VISIBLE);
    assertThat(p.read("docs/model.json")).contains(VISIBLE);
    assertThat(generate.findings()).anySatisfy(f -> assertThat(f.message()).contains("/VisibilityTimeout expected '30', actual '" + VISIBLE));
    if (plant.output != null) {
      assertThat(page).contains(plant.output).contains("****");
    } else {
      assertThat(generate.findings()).anySatisfy(f -> assertThat(f.message())
          .contains(plant.path + " expected '****', actual '****'"));
    }
  }
}
