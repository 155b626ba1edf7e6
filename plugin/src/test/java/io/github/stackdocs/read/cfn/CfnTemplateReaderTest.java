package io.github.stackdocs.read.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Reference.Kind;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CfnTemplateReaderTest {
  private final CfnTemplateReader reader = new CfnTemplateReader();

  private ReadResult read(String yaml) {
    return reader.read("t.yaml", "app", yaml);
  }

  private Stack stack(String yaml) {
    ReadResult r = read(yaml);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    return r.stack().orElseThrow();
  }

  private static List<String> refs(Stack s) {
    return s.references().stream()
        .map(r -> r.kind() + " " + r.source() + " -> " + r.target()
            + (r.attribute().isEmpty() ? "" : "." + r.attribute()) + " @" + r.path())
        .toList();
  }

  private static List<String> codes(ReadResult r) {
    return r.findings().stream().map(f -> f.severity() + " " + f.code()).toList();
  }

  @Test
  void readsSections() {
    Stack s = stack("""
        AWSTemplateFormatVersion: '2010-09-09'
        Description: My app
        Transform: [AWS::Serverless-2016-10-31, AWS::LanguageExtensions]
        Mappings: {M: {a: {b: c}}}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Condition: IsProd
            DeletionPolicy: Retain
            UpdateReplacePolicy: Snapshot
            Metadata: {x: 1}
            Properties: {BucketName: b}
        Outputs:
          Name:
            Description: the name
            Value: !Ref Bucket
            Condition: IsProd
        """);
    assertThat(s.name()).isEqualTo("app");
    assertThat(s.sourceFile()).isEqualTo("t.yaml");
    assertThat(s.format()).isEqualTo("yaml");
    assertThat(s.description()).isEqualTo("My app");
    assertThat(s.transforms()).containsExactly("AWS::Serverless-2016-10-31", "AWS::LanguageExtensions");
    assertThat(s.mappings()).isPresent();
    assertThat(s.conditions()).containsOnlyKeys("IsProd");
    var bucket = s.resource("Bucket").orElseThrow();
    assertThat(bucket.type()).isEqualTo("AWS::S3::Bucket");
    assertThat(bucket.condition()).isEqualTo("IsProd");
    assertThat(bucket.deletionPolicy()).isEqualTo("Retain");
    assertThat(bucket.updateReplacePolicy()).isEqualTo("Snapshot");
    assertThat(bucket.metadata()).isPresent();
    assertThat(bucket.properties().has("BucketName")).isTrue();
    assertThat(bucket.location()).isEqualTo(new SourceLocation("t.yaml", 8, 3));
    assertThat(s.outputs()).singleElement().satisfies(o -> {
      assertThat(o.description()).isEqualTo("the name");
      assertThat(o.condition()).isEqualTo("IsProd");
      assertThat(o.exported()).isFalse();
    });
  }

  @Test
  void conditionsKeepSourceOrder() {
    Stack s = stack("Conditions: {Z: !Equals [a, a], A: !Equals [a, b], M: !Not [!Condition A]}\n"
        + "Resources: {B: {Type: T}}\n");
    assertThat(s.conditions().keySet()).containsExactly("Z", "A", "M");
  }

  @Test
  void jsonFormat() {
    ReadResult r = reader.read("t.json", "app", "{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}");
    assertThat(r.stack().orElseThrow().format()).isEqualTo("json");
  }

  @Test
  void parametersWithInterfaceGroupsAndLabels() {
    Stack s = stack("""
        Metadata:
          AWS::CloudFormation::Interface:
            ParameterGroups:
              - Label: {default: Network}
                Parameters: [Vpc, Subnet]
            ParameterLabels:
              Vpc: {default: 'Which VPC?'}
        Parameters:
          Vpc: {Type: 'AWS::EC2::VPC::Id', Description: the vpc}
          Subnet: {Type: String, Default: subnet-1, AllowedValues: [subnet-1, subnet-2], AllowedPattern: 'subnet-.*',
                   ConstraintDescription: must be a subnet, MinLength: 1, MaxLength: 20}
          Size: {Type: Number, Default: 3, MinValue: 1, MaxValue: 10}
        Resources:
          B: {Type: AWS::S3::Bucket}
        """);
    assertThat(s.parameterGroups()).singleElement().satisfies(g -> {
      assertThat(g.label()).isEqualTo("Network");
      assertThat(g.parameters()).containsExactly("Vpc", "Subnet");
    });
    Parameter vpc = s.parameter("Vpc").orElseThrow();
    assertThat(vpc.label()).isEqualTo("Which VPC?");
    assertThat(vpc.group()).isEqualTo("Network");
    assertThat(vpc.type()).isEqualTo("AWS::EC2::VPC::Id");
    Parameter subnet = s.parameter("Subnet").orElseThrow();
    assertThat(subnet.defaultValue()).contains("subnet-1");
    assertThat(subnet.allowedValues()).containsExactly("subnet-1", "subnet-2");
    assertThat(subnet.allowedPattern()).isEqualTo("subnet-.*");
    assertThat(subnet.constraintDescription()).isEqualTo("must be a subnet");
    assertThat(subnet.minLength()).isEqualTo("1");
    assertThat(subnet.maxLength()).isEqualTo("20");
    Parameter size = s.parameter("Size").orElseThrow();
    assertThat(size.defaultValue()).contains("3");
    assertThat(size.minValue()).isEqualTo("1");
    assertThat(size.maxValue()).isEqualTo("10");
    assertThat(size.group()).isEmpty();
  }

  @Test
  void consoleMetadataOfTheWrongShapeIsAWarningAndAStringLabelIsUsed() {
    ReadResult r = read("""
        Metadata:
          AWS::CloudFormation::Interface:
            ParameterGroups:
              - Label: Network
                Parameters: [Vpc]
              - just-text
            ParameterLabels:
              Vpc: Which VPC?
        Parameters:
          Vpc: {Type: String}
        Resources:
          B: {Type: AWS::S3::Bucket}
        """);
    assertThat(codes(r)).containsExactly("WARN label-not-mapping", "WARN wrong-type", "WARN label-not-mapping");
    assertThat(r.findings().get(0).location().line()).isEqualTo(4);
    Parameter vpc = r.stack().orElseThrow().parameter("Vpc").orElseThrow();
    assertThat(vpc.group()).isEqualTo("Network");
    assertThat(vpc.label()).isEqualTo("Which VPC?");
  }

  @ParameterizedTest
  @CsvSource({"true", "'true'", "'True'"})
  void noEchoDefaultNeverEntersTheModel(String noEcho) {
    ReadResult r = read("""
        Parameters:
          Password: {Type: String, NoEcho: %s, Default: hunter2}
        Resources:
          B: {Type: AWS::S3::Bucket, Properties: {Name: !Sub '${Password}'}}
        Outputs:
          O: {Value: x, Export: {Name: !Sub '${Password}-x'}}
        """.formatted(noEcho));
    Stack s = r.stack().orElseThrow();
    Parameter p = s.parameter("Password").orElseThrow();
    assertThat(p.noEcho()).isTrue();
    assertThat(p.defaultValue()).isEmpty();
    assertThat(s.outputs().get(0).resolvedExportName()).isEmpty();
    assertThat(s.toString()).doesNotContain("hunter2");
    assertThat(r.findings().toString()).doesNotContain("hunter2");
  }

  @Test
  void noEchoFalseKeepsTheDefault() {
    Stack s = stack("Parameters: {P: {Type: String, NoEcho: 'false', Default: d}}\nResources: {B: {Type: T}}\n");
    assertThat(s.parameter("P").orElseThrow().defaultValue()).contains("d");
  }

  @Test
  void parameterWithoutTypeIsAnError() {
    ReadResult r = read("Parameters:\n  P: {Default: x}\nResources: {B: {Type: T}}\n");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-type");
      assertThat(f.location()).isEqualTo(new SourceLocation("t.yaml", 2, 3));
    });
  }

  @Test
  void missingResourcesSection() {
    ReadResult r = read("Description: x\n");
    assertThat(r.stack()).isPresent();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-resources");
      assertThat(f.message()).startsWith("missing Resources section");
    });
  }

  @Test
  void aFileWithNoTemplateSectionIsOneErrorWithAHint() {
    ReadResult r = read("version: 0.2\nphases:\n  build:\n    commands: [mvn verify]\n");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-resources");
      assertThat(f.message()).isEqualTo("missing Resources section; a template needs at least one resource. None of"
          + " its top-level keys (version, phases) is a CloudFormation section: if this file is not a template (a"
          + " build spec, a configuration file), leave it out of the template folder or list it in excludes");
    });
    // a template with a section keeps the plain message and its unknown-section warnings
    assertThat(read("Description: x\nResourcez: {}\n").findings()).extracting(f -> f.code() + " " + f.message())
        .containsExactlyInAnyOrder("unknown-section unknown top-level section 'Resourcez'; expected one of AWSTemplateFormatVersion,"
            + " Description, Metadata, Parameters, Rules, Mappings, Conditions, Transform, Resources, Outputs",
            "missing-resources missing Resources section; a template needs at least one resource");
  }

  @Test
  void resourcesThatIsNotAMapping() {
    ReadResult r = read("Description: x\nResources:\n  - a\n");
    assertThat(r.stack().orElseThrow().description()).isEqualTo("x");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("resources-not-mapping");
      assertThat(f.message()).startsWith("Resources must be a mapping of logical id to resource");
      assertThat(f.location().line()).isEqualTo(3);
    });
  }

  @Test
  void resourceProblemsAreAllReported() {
    ReadResult r = read("""
        Resources:
          NoType: {Properties: {}}
          Scalar: text
          BadProps: {Type: T, Properties: [1]}
          Bad-Id: {Type: T}
          Odd: {Type: T, Colour: red}
          Fine: {Type: T}
        """);
    assertThat(codes(r)).containsExactly("ERROR missing-type", "ERROR resource-not-mapping",
        "ERROR properties-not-mapping", "ERROR invalid-logical-id", "WARN unknown-attribute");
    assertThat(r.findings().get(0).message()).isEqualTo("resource 'NoType' has no Type; expected e.g. AWS::S3::Bucket");
    assertThat(r.findings().get(0).location()).isEqualTo(new SourceLocation("t.yaml", 2, 3));
    assertThat(r.stack().orElseThrow().resources()).extracting(x -> x.logicalId())
        .containsExactly("NoType", "BadProps", "Bad-Id", "Odd", "Fine");
  }

  @Test
  void aWrongOutputsSectionIsReportedOnce() {
    assertThat(codes(read("Resources: {B: {Type: T}}\nOutputs: [1]\n"))).containsExactly("ERROR wrong-type");
  }

  @Test
  void aNullOrBlankExportNameIsAnErrorAndExportsNothing() {
    ReadResult r = read("Resources: {B: {Type: T}}\nOutputs:\n  O1:\n    Value: x\n    Export: {Name: null}\n"
        + "  O2:\n    Value: y\n    Export: {Name: ' '}\n");
    assertThat(codes(r)).containsExactly("ERROR missing-value", "ERROR missing-value");
    assertThat(r.stack().orElseThrow().outputs()).allSatisfy(o -> {
      assertThat(o.exported()).isFalse();
      assertThat(o.resolvedExportName()).isEmpty();
    });
  }

  @Test
  void referencesInResourceMetadataCount() {
    Stack s = stack("""
        Resources:
          Q:
            Type: AWS::SQS::Queue
          I:
            Type: AWS::EC2::Instance
            Metadata:
              AWS::CloudFormation::Init:
                config:
                  files:
                    /etc/q: {content: !Ref Q}
        """);
    assertThat(refs(s)).contains("REF I -> Q @Metadata.AWS::CloudFormation::Init.config.files./etc/q.content");
  }

  @Test
  void unknownSectionWarnsAndWrongShapeErrors() {
    ReadResult r = read("Resourcez: {}\nParameters: [a]\nDescription: [x]\nResources: {B: {Type: T}}\n");
    assertThat(codes(r)).containsExactly("WARN unknown-section", "ERROR wrong-type", "ERROR wrong-type");
  }

  @Test
  void dependsOnStringAndList() {
    Stack s = stack("""
        Resources:
          A: {Type: T}
          B: {Type: T, DependsOn: A}
          C: {Type: T, DependsOn: [A, B]}
        """);
    assertThat(s.resource("B").orElseThrow().dependsOn()).containsExactly("A");
    assertThat(s.resource("C").orElseThrow().dependsOn()).containsExactly("A", "B");
    assertThat(refs(s)).containsExactly("DEPENDS_ON B -> A @DependsOn", "DEPENDS_ON C -> A @DependsOn",
        "DEPENDS_ON C -> B @DependsOn");
    assertThat(s.references().get(2).location()).isEqualTo(new SourceLocation("t.yaml", 4, 31));
  }

  @Test
  void referencesFromPropertiesOutputsAndConditions() {
    Stack s = stack("""
        Parameters:
          Env: {Type: String}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          Both: !And [!Condition IsProd, !Not [!Condition IsProd]]
        Mappings: {Sizes: {prod: {n: 1}}}
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              Policies:
                - PolicyDocument:
                    Statement:
                      - Resource: x
                      - Resource: !GetAtt Table.Arn
              Tags: [{Key: k, Value: !If [IsProd, !Ref AWS::Region, !FindInMap [Sizes, !Ref Env, n]]}]
              Path: !Join ['', ['/', !GetAtt [Queue, QueueName], !ImportValue shared-vpc]]
          Table: {Type: AWS::DynamoDB::Table, Metadata: {Note: !Ref Env}}
          Queue: {Type: AWS::SQS::Queue}
          Child:
            Type: AWS::CloudFormation::Stack
            Properties: {TemplateURL: https://example.com/child.yaml}
        Outputs:
          Arn:
            Value: !GetAtt Role.Arn
            Export: {Name: !Sub '${AWS::StackName}-${Env}'}
        """);
    assertThat(refs(s)).containsExactly(
        "NESTED_STACK Child -> https://example.com/child.yaml @Properties.TemplateURL",
        "CONDITION Conditions.Both -> IsProd @",
        "CONDITION Conditions.Both -> IsProd @",
        "REF Conditions.IsProd -> Env @",
        "SUB Outputs.Arn -> AWS::StackName @Export.Name",
        "SUB Outputs.Arn -> Env @Export.Name",
        "GET_ATT Outputs.Arn -> Role.Arn @Value",
        "REF Role -> AWS::Region @Properties.Tags[0].Value",
        "REF Role -> Env @Properties.Tags[0].Value",
        "CONDITION Role -> IsProd @Properties.Tags[0].Value",
        "GET_ATT Role -> Queue.QueueName @Properties.Path",
        "FIND_IN_MAP Role -> Sizes @Properties.Tags[0].Value",
        "GET_ATT Role -> Table.Arn @Properties.Policies[0].PolicyDocument.Statement[1].Resource",
        "IMPORT_VALUE Role -> shared-vpc @Properties.Path",
        "REF Table -> Env @Metadata.Note");
    Reference getAtt = s.references().stream().filter(r -> r.target().equals("Table")).findFirst().orElseThrow();
    assertThat(getAtt.location()).isEqualTo(new SourceLocation("t.yaml", 15, 27));
  }

  @Test
  void subPlaceholdersBothForms() {
    Stack s = stack("""
        Resources:
          A:
            Type: T
            Properties:
              One: !Sub 'arn:${AWS::Partition}:s3:::${Bucket}/${!Literal}/${Bucket.Arn}'
              Two:
                Fn::Sub:
                  - '${Name}-${Other}-${Fn}'
                  - Name: !Ref Param
                    Fn: !GetAtt X.Y
        """);
    assertThat(refs(s)).containsExactly(
        "SUB A -> AWS::Partition @Properties.One",
        "SUB A -> Bucket @Properties.One",
        "SUB A -> Bucket.Arn @Properties.One",
        "SUB A -> Other @Properties.Two",
        "REF A -> Param @Properties.Two",
        "GET_ATT A -> X.Y @Properties.Two");
  }

  @Test
  void longFormJsonReferences() {
    ReadResult r = reader.read("t.json", "app", """
        {"Resources": {"A": {"Type": "T", "Properties": {
          "X": {"Ref": "B"}, "Y": {"Fn::GetAtt": ["B", "Arn"]}, "Z": {"Fn::GetAtt": "B.Name.Deep"}}},
          "B": {"Type": "T"}}}
        """);
    assertThat(refs(r.stack().orElseThrow())).containsExactly(
        "REF A -> B @Properties.X", "GET_ATT A -> B.Arn @Properties.Y", "GET_ATT A -> B.Name.Deep @Properties.Z");
  }

  @Test
  void propertyNamedConditionIsNotAConditionReference() {
    Stack s = stack("Resources:\n  A: {Type: T, Properties: {Statement: {Condition: NotACondition}}}\n");
    assertThat(s.references()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "plain-name                                    | plain-name",
    "!Sub '${AWS::StackName}-vpc'                  | app-vpc",
    "!Sub '${Env}-${AWS::StackName}'               | dev-app",
    "!Sub ['${A}-x', {A: !Ref Env}]                | dev-x",
    "!Sub '${!Literal}-x'                          | ${Literal}-x",
    "!Join [':', [!Ref AWS::StackName, !Ref Env, v1]] | app:dev:v1",
    "!Ref Env                                      | dev",
    "!Sub '${AWS::Region}-x'                       | ",
    "!Sub '${AWS::AccountId}-x'                    | ",
    "!Sub '${NoDefault}-x'                         | ",
    "!Sub '${Secret}-x'                            | ",
    "!GetAtt A.Name                                | ",
    "!Join ['', [a, !GetAtt A.Name]]               | ",
  })
  void exportNameResolution(String exportName, String expected) {
    Stack s = stack("""
        Parameters:
          Env: {Type: String, Default: dev}
          NoDefault: {Type: String}
          Secret: {Type: String, NoEcho: true, Default: s3cret}
        Resources:
          A: {Type: T}
        Outputs:
          O:
            Value: x
            Export: {Name: %s}
        """.formatted(exportName));
    assertThat(s.outputs().get(0).exported()).isTrue();
    assertThat(s.outputs().get(0).resolvedExportName()).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "!ImportValue net-vpc                           | net-vpc",
    "!ImportValue {Fn::Sub: '${Env}-vpc'}           | dev-vpc",
    "!ImportValue {Fn::Sub: '${AWS::Region}-vpc'}   | ${AWS::Region}-vpc",
    "!ImportValue {Fn::Sub: '${NetStack}-VpcId'}    | ${NetStack}-VpcId",
  })
  void importValueTargets(String expression, String target) {
    Stack s = stack("""
        Parameters:
          Env: {Type: String, Default: dev}
          NetStack: {Type: String}
        Resources:
          A: {Type: T, Properties: {Vpc: %s}}
        """.formatted(expression));
    assertThat(s.references()).filteredOn(r -> r.kind() == Kind.IMPORT_VALUE)
        .singleElement().satisfies(r -> assertThat(r.target()).isEqualTo(target));
  }

  @Test
  void readsFromDiskAndReportsMissingFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("net.yaml");
    Files.writeString(file, "Resources: {B: {Type: T}}\n");
    ReadResult ok = reader.read(new TemplateSource(file, "cfn/net.yaml", "net"));
    assertThat(ok.stack().orElseThrow().sourceFile()).isEqualTo("cfn/net.yaml");
    ReadResult missing = reader.read(new TemplateSource(dir.resolve("nope.yaml"), "cfn/nope.yaml", "nope"));
    assertThat(missing.stack()).isEmpty();
    assertThat(missing.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("io");
      assertThat(f.location().file()).isEqualTo("cfn/nope.yaml");
    });
  }

  @Test
  void findingsCarryTheStackName() {
    ReadResult r = read("Resources: [x]\n");
    assertThat(r.findings()).extracting(Finding::stack).containsOnly("app");
  }

  @Test
  void keepsForEachLoopsAsWrittenOutOfTheirSections() {
    Stack s = stack("""
        Transform: AWS::LanguageExtensions
        Conditions:
          IsProd: !Equals [a, a]
          'Fn::ForEach::Conds': [E, [a], {'Is${E}': !Equals [x, x]}]
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
          'Fn::ForEach::Topics': [T, [a, b], {'Topic${T}': {Type: AWS::SNS::Topic}}]
        Outputs:
          Out: {Value: x}
          'Fn::ForEach::Outs': [T, [a], {'Out${T}': {Value: !Ref T}}]
        """);
    assertThat(s.conditions()).containsOnlyKeys("IsProd");
    assertThat(s.resources()).extracting(r -> r.logicalId()).containsExactly("Bucket");
    assertThat(s.outputs()).extracting(o -> o.name()).containsExactly("Out");
    assertThat(s.loops().resources()).containsOnlyKeys("Fn::ForEach::Topics");
    assertThat(s.loops().outputs()).containsOnlyKeys("Fn::ForEach::Outs");
    assertThat(s.loops().conditions()).containsOnlyKeys("Fn::ForEach::Conds");
    assertThat(s.loops().resources().get("Fn::ForEach::Topics").location().line()).isEqualTo(7);
    assertThat(refs(s)).noneMatch(r -> r.contains("ForEach"));
  }
}
