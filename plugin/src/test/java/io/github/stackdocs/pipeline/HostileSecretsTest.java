package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NoEcho values appear nowhere: not in any document of any format, not in model.json, runbooks, changes.md or
 * changes.json, the change log, the log or any message. The secrets come as NoEcho defaults of a template (also
 * where a default breaks its own constraints, and in a CDK assembly), as values a hand-made snapshot holds unmasked
 * (parameters, drift values, the deployed template), and as old and new defaults of a diff; each output file is
 * searched byte for byte.
 */
class HostileSecretsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every secret; each is distinct so a hit names its way out. */
  private static final List<String> SECRETS = List.of("S3cret-default-0001", "S3cret-number-0002",
      "S3cret-pattern-0003", "S3cret-cdk-0004", "S3cret-snapshot-0005", "S3cret-drift-0006", "S3cret-deployed-0007",
      "S3cret-baseline-0008", "S3cret-length-0009", "S3cret-values-0010");

  @TempDir Path root;

  private static String template(String passwordDefault) {
    return """
        Parameters:
          DbPassword:
            Type: String
            NoEcho: true
            Default: %s
          Pin:
            Type: Number
            NoEcho: "true"
            Default: S3cret-number-0002
          Pattern:
            Type: String
            NoEcho: true
            AllowedPattern: "[0-9]+"
            ConstraintDescription: digits only
            Default: S3cret-pattern-0003
          Length:
            Type: String
            NoEcho: true
            MaxLength: 3
            Default: S3cret-length-0009
          Choice:
            Type: String
            NoEcho: true
            AllowedValues: [a, b]
            Default: S3cret-values-0010
        Conditions:
          IsSecret: !Equals [!Ref DbPassword, x]
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties:
              Engine: postgres
              DBInstanceClass: db.t3.micro
              AllocatedStorage: "20"
              MasterUsername: admin
              MasterUserPassword: !Ref DbPassword
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Sub "${DbPassword}-${Pin}"
              DisplayName: !Join ["-", [!Ref Pattern, !Ref Length, !Ref Choice]]
        Outputs:
          Password:
            Value: !Ref DbPassword
          Joined:
            Value: !Sub "x-${DbPassword}"
            Export:
              Name: !Sub "${DbPassword}-export"
        """.formatted(passwordDefault);
  }

  private HostileProject project() throws IOException {
    HostileProject p = new HostileProject(root);
    p.template("secrets.yaml", template("S3cret-default-0001"));
    p.file("baseline/src/main/cloudformation/secrets.yaml", template("S3cret-baseline-0008"));
    ObjectNode cdk = JSON.createObjectNode();
    cdk.putObject("Parameters").putObject("Key").put("Type", "String").put("NoEcho", true)
        .put("Default", "S3cret-cdk-0004");
    cdk.putObject("Resources").putObject("Topic").put("Type", "AWS::SNS::Topic").putObject("Properties")
        .putObject("TopicName").put("Ref", "Key");
    p.file("cdk.out/Cdk.template.json", JSON.writeValueAsString(cdk));
    p.file("cdk.out/manifest.json", """
        {"version": "36.0.0", "artifacts": {"Cdk": {"type": "aws:cloudformation:stack",
          "environment": "aws://123456789012/eu-west-1", "properties": {"templateFile": "Cdk.template.json"}}}}
        """);
    String arn = "arn:aws:cloudformation:eu-west-1:123456789012:stack/secrets/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f";
    p.file("deployed/secrets/describe-stacks.json", """
        {"Stacks": [{"StackId": "%s", "StackName": "secrets", "StackStatus": "UPDATE_COMPLETE",
          "CreationTime": "2026-03-02T09:14:27.511000+00:00",
          "Parameters": [{"ParameterKey": "DbPassword", "ParameterValue": "S3cret-snapshot-0005"},
                         {"ParameterKey": "Undeclared", "ParameterValue": "S3cret-snapshot-0005"}],
          "Outputs": [{"OutputKey": "Password", "OutputValue": "****"}]}]}
        """.formatted(arn));
    p.file("deployed/secrets/describe-stack-resource-drifts.json", """
        {"StackResourceDrifts": [{"StackId": "%s", "LogicalResourceId": "Db", "PhysicalResourceId": "db-1",
          "ResourceType": "AWS::RDS::DBInstance", "StackResourceDriftStatus": "MODIFIED",
          "ExpectedProperties": "{\\"MasterUserPassword\\":\\"S3cret-drift-0006\\"}",
          "ActualProperties": "{\\"MasterUserPassword\\":\\"S3cret-drift-0006x\\"}",
          "PropertyDifferences": [{"PropertyPath": "/MasterUserPassword", "ExpectedValue": "S3cret-drift-0006",
            "ActualValue": "S3cret-drift-0006x", "DifferenceType": "NOT_EQUAL"}],
          "Timestamp": "2026-11-20T08:00:12.345000+00:00"}]}
        """.formatted(arn));
    p.file("deployed/secrets/get-template.json", JSON.writeValueAsString(JSON.createObjectNode()
        .put("TemplateBody", template("S3cret-deployed-0007"))));
    return p;
  }

  /** Every file under the root but the inputs, and what the runs said, searched for every secret. */
  private static void noSecretAnywhere(HostileProject p, String said) throws IOException {
    noSecretAnywhere(p, said, SECRETS);
  }

  /** As above, for {@code secrets}. */
  private static void noSecretAnywhere(HostileProject p, String said, List<String> secrets) throws IOException {
    List<Path> files = new ArrayList<>(p.outputs());
    files.add(p.base.resolve("CHANGELOG.adoc"));
    assertThat(files).as("the runs wrote").anySatisfy(f -> assertThat(f.toString()).endsWith("changes.json"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith("model.json"))
        .anySatisfy(f -> assertThat(f.toString()).endsWith(".html"))
        .anySatisfy(f -> assertThat(f.toString()).contains("runbooks"));
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(text).as(p.base.relativize(f).toString()).doesNotContain(secret);
      }
    }
    for (String secret : secrets) {
      assertThat(said).as("log and messages").doesNotContain(secret);
    }
  }

  @Test
  void noEchoValuesAppearInNoOutputFileLogOrMessage() throws IOException {
    HostileProject p = project();
    DocsRequest request = p.request().cdkOutDirectory(Optional.of(Path.of("cdk.out")))
        .deployedDirectory(Optional.of(Path.of("deployed"))).build();

    HostileProject.Run generate = p.run(request);
    generate.ok();
    List<String> diffLog = new ArrayList<>();
    DiffResult diff = new ChangeLogGenerator(new RecordingLog(diffLog)).run(new DiffRequest(request,
        DiffRequest.parseBaseline("baseline", p.base), FailOnRisk.NONE, Optional.empty(),
        Optional.of(Path.of("CHANGELOG.adoc"))));

    String said = generate.text() + String.join("\n", diffLog) + diff.findings();
    noSecretAnywhere(p, said);
    // the runs saw the parameters and the drift, and said they are secret
    assertThat(p.read("docs/stacks/secrets.md")).contains("DbPassword", "NoEcho", "/MasterUserPassword");
    assertThat(generate.findings()).anySatisfy(f -> assertThat(f.message())
        .contains("/MasterUserPassword expected '****', actual '****'"));
    assertThat(p.read("docs/changes.md")).contains("`Key` | added | *(none)* | `String, NoEcho`");
  }

  @Test
  void noEchoValuesStayHiddenWhenTheTemplatesFailToRead() throws IOException {
    HostileProject p = project();
    // broken on purpose after the defaults: a syntax error must not quote the secrets either
    p.template("secrets.yaml", template("S3cret-default-0001") + "  Broken: [\n");
    HostileProject.Run run = p.run(p.request().failOn(FailOn.ERROR).build());
    assertThat(run.failure()).containsInstanceOf(InvalidInputException.class);
    for (String secret : SECRETS) {
      assertThat(run.text()).doesNotContain(secret);
    }
  }

  /** NoEcho values an environment gives: parameter files of each format, a samconfig beside a SAM template. */
  private static final List<String> ENVIRONMENT_SECRETS = List.of("S3cret-file-0011", "S3cret-cli-0012",
      "S3cret-pipeline-0013", "S3cret-samconfig-0014", "S3cret-samdefault-0015");

  @Test
  void noEchoValuesAnEnvironmentGivesAppearInNoOutputFileLogOrMessage() throws IOException {
    HostileProject p = project();
    p.file("src/main/cloudformation/sam/fn.yaml", """
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          ApiKey: {Type: String, NoEcho: true}
          Stage: {Type: String, Default: dev}
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              InlineCode: x
              Environment:
                Variables:
                  KEY: !Ref ApiKey
                  URL: !Sub 'https://${Stage}.example.com/?key=${ApiKey}'
              Tags:
                key: !Join ['-', [!Ref Stage, !Ref ApiKey]]
        Outputs:
          Key:
            Value: !Sub '${ApiKey}'
        """);
    p.file("src/main/cloudformation/sam/samconfig.toml", """
        version = 0.1
        [default.deploy.parameters]
        parameter_overrides = "ApiKey=S3cret-samdefault-0015 Stage=default"
        [prod.deploy.parameters]
        parameter_overrides = "ApiKey=S3cret-samconfig-0014 Stage=prod"
        """);
    // a plain map, an AWS CLI list and a CodePipeline configuration, each giving every NoEcho parameter a secret
    p.file("params/prod/secrets.yaml", """
        DbPassword: S3cret-file-0011
        Pin: "1234"
        Pattern: S3cret-file-0011
        Length: S3cret-file-0011
        Choice: S3cret-file-0011
        """);
    p.file("params/dev/secrets.json", """
        [{"ParameterKey": "DbPassword", "ParameterValue": "S3cret-cli-0012"},
         {"ParameterKey": "Pattern", "ParameterValue": "S3cret-cli-0012"},
         {"ParameterKey": "Choice", "ParameterValue": "S3cret-cli-0012"}]
        """);
    p.file("params/test/secrets.json", """
        {"Parameters": {"DbPassword": "S3cret-pipeline-0013", "Length": "S3cret-pipeline-0013"}}
        """);
    DocsRequest request = p.request().cdkOutDirectory(Optional.of(Path.of("cdk.out")))
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .environments(List.of(
            new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")), Optional.of("eu-west-1"),
                Optional.empty(), Optional.empty(), java.util.Map.of()),
            new EnvironmentSpec("dev", Optional.of(Path.of("params/dev")), Optional.empty(), Optional.empty(),
                Optional.empty(), java.util.Map.of()),
            new EnvironmentSpec("test", Optional.of(Path.of("params/test")), Optional.empty(), Optional.empty(),
                Optional.empty(), java.util.Map.of())))
        .build();
    HostileProject.Run generate = p.run(request);
    generate.ok();
    // the run bound the parameters: the page shows that a value is hidden, and the values that are not secret
    assertThat(p.read("docs/stacks/fn.md")).contains("| hidden (NoEcho) |").contains("prod (samconfig)");
    HostileProject.Run dev = p.run(request.toBuilder().environment(Optional.of("dev")).build());
    dev.ok();
    HostileProject.Run defaults = p.run(request.toBuilder().environments(List.of()).build());
    defaults.ok();
    List<String> diffLog = new ArrayList<>();
    DiffResult diff = new ChangeLogGenerator(new RecordingLog(diffLog)).run(new DiffRequest(request,
        DiffRequest.parseBaseline("baseline", p.base), FailOnRisk.NONE, Optional.empty(),
        Optional.of(Path.of("CHANGELOG.adoc"))));
    String said = generate.text() + dev.text() + defaults.text() + String.join("\n", diffLog) + diff.findings();
    noSecretAnywhere(p, said, java.util.stream.Stream.concat(SECRETS.stream(), ENVIRONMENT_SECRETS.stream()).toList());
  }

  @Test
  void noEchoValuesInsideNestedPropertiesAppearInNoOutput() throws IOException {
    HostileProject p = new HostileProject(root);
    p.template("nested.yaml", """
        Parameters:
          DbPassword: {Type: String, NoEcho: true, Default: S3cret-nested-0016}
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              Tags:
                - {Key: password, Value: !Ref DbPassword}
                - {Key: joined, Value: !Join ['-', [a-long-enough-prefix-to-be-nested, !Ref DbPassword]]}
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Bucket
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: '*'
                    Action: s3:GetObject
                    Resource: !Sub 'arn:aws:s3:::${Bucket}/*'
                    Condition: {StringEquals: {'aws:UserAgent': !Sub 'x-${DbPassword}'}}
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: g
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0, Description: !Ref DbPassword}
          Task:
            Type: AWS::ECS::TaskDefinition
            Properties:
              ContainerDefinitions:
                - Name: app
                  Image: nginx
                  Environment:
                    - {Name: DB_PASSWORD, Value: !Ref DbPassword}
                    - {Name: LITERAL, Value: S3cret-literal-0018}
                  Secrets:
                    - {Name: API_KEY, ValueFrom: '{{resolve:secretsmanager:prod/api:SecretString:key}}'}
                  DockerLabels:
                    deep: {a: {b: {c: {d: {e: {f: !Ref DbPassword}}}}}}
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              Role: arn:aws:iam::123456789012:role/r
              Code: {ZipFile: "def handler(e, c):\n    return 'S3cret-code-0019'\n"}
              Environment:
                Variables:
                  PASSWORD: !Ref DbPassword
                  TOKEN: '{{resolve:secretsmanager:prod/db:SecretString:password}}'
                  PLAIN: S3cret-literal-0020
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
              UserData: !Base64
                Fn::Sub: |
                  #!/bin/bash
                  # a script long enough to be shown line by line below the table
                  echo ${DbPassword} > /tmp/p
        """);
    p.file("params/prod/nested.yaml", "DbPassword: S3cret-nested-file-0021\n");
    DocsRequest request = p.request().environments(List.of(new EnvironmentSpec("prod",
        Optional.of(Path.of("params/prod")), Optional.of("eu-west-1"), Optional.empty(), Optional.empty(),
        java.util.Map.of()))).build();
    HostileProject.Run generate = p.run(request);
    generate.ok();
    HostileProject.Run defaults = p.run(request.toBuilder().environments(List.of()).build());
    defaults.ok();
    // nested values are shown whole, as their expressions; environment values not at all
    String md = p.read("docs/stacks/nested.md");
    assertThat(md).contains("- password: `!Ref DbPassword`", "`StringEquals aws:UserAgent: !Sub \"x-${DbPassword}\"`",
        "`DB_PASSWORD`<br>`LITERAL`", "`API_KEY: \"{{resolve:secretsmanager:prod/api:SecretString:key}}\"`",
        "- `PASSWORD`", "- `TOKEN`", "- `PLAIN`", "`echo\u00a0${DbPassword} > /tmp/p`".replace("\u00a0", " "),
        "f: !Ref DbPassword");
    List<String> secrets = List.of("S3cret-nested-0016", "S3cret-nested-file-0021", "S3cret-literal-0018",
        "S3cret-literal-0020");
    List<Path> files = new ArrayList<>(p.outputs());
    for (Path f : files) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        if (!f.toString().endsWith("model.json") || secret.contains("nested")) { // model.json keeps the template
          assertThat(text).as(p.base.relativize(f).toString()).doesNotContain(secret);
        }
      }
    }
    for (String secret : secrets) {
      assertThat(generate.text() + defaults.text()).doesNotContain(secret);
    }
  }
}
