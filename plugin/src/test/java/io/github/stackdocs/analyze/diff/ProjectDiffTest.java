package io.github.stackdocs.analyze.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectDiffTest {
  private final ProjectDiff differ = new ProjectDiff(ResourceCatalog.bundled());

  static Project project(String... nameAndYaml) {
    CfnTemplateReader reader = new CfnTemplateReader();
    List<Stack> stacks = new ArrayList<>();
    for (int i = 0; i < nameAndYaml.length; i += 2) {
      stacks.add(reader.read(nameAndYaml[i] + ".yaml", nameAndYaml[i], nameAndYaml[i + 1]).stack().orElseThrow());
    }
    return new Project("p", stacks);
  }

  private ChangeSet diff(String before, String after) {
    return differ.diff(project("app", before), project("app", after));
  }

  private static ResourceChange only(ChangeSet c) {
    assertThat(c.stacks()).hasSize(1);
    assertThat(c.stacks().get(0).resources()).hasSize(1);
    return c.stacks().get(0).resources().get(0);
  }

  @Test
  void identicalTemplatesHaveNoChanges() {
    String t = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n";
    assertThat(diff(t, t).stacks()).isEmpty();
  }

  @Test
  void valuesAreComparedByContentNotLocationOrKeyOrder() {
    String a = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: {DelaySeconds: 5, VisibilityTimeout: 30}\n";
    String b = "\n\nResources:\n  Q:\n    Properties:\n      VisibilityTimeout: '30'\n      DelaySeconds: 5\n    Type: AWS::SQS::Queue\n";
    assertThat(diff(a, b).stacks()).isEmpty();
  }

  @Test
  void nestedChangeCountsWithItsTopLevelPropertysReplacement() {
    String a = "Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      KeySchema:\n        - {AttributeName: id, KeyType: HASH}\n      BillingMode: PAY_PER_REQUEST\n";
    String b = a.replace("AttributeName: id", "AttributeName: pk").replace("PAY_PER_REQUEST", "PROVISIONED");
    ResourceChange r = only(diff(a, b));
    assertThat(r.kind()).isEqualTo(ChangeKind.MODIFIED);
    assertThat(r.impact()).isEqualTo(Impact.WILL_REPLACE);
    assertThat(r.changes()).extracting(PropertyChange::path, PropertyChange::impact).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Properties.BillingMode", Impact.IN_PLACE),
        org.assertj.core.groups.Tuple.tuple("Properties.KeySchema[0].AttributeName", Impact.WILL_REPLACE));
    assertThat(r.changes().get(1).oldValue()).contains("id");
    assertThat(r.changes().get(1).newValue()).contains("pk");
  }

  @Test
  void addedRemovedTypeChangedAndOrphaned() {
    String a = "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  B:\n    Type: AWS::SNS::Topic\n"
        + "  C:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Retain\n  D:\n    Type: AWS::SNS::Topic\n";
    String b = "Resources:\n  A:\n    Type: AWS::SQS::Queue\n  E:\n    Type: AWS::SNS::Topic\n  D:\n    Type: AWS::SNS::Topic\n    DependsOn: A\n";
    List<ResourceChange> rs = diff(a, b).stacks().get(0).resources();
    assertThat(rs).extracting(ResourceChange::logicalId, ResourceChange::kind, ResourceChange::impact).containsExactly(
        org.assertj.core.groups.Tuple.tuple("A", ChangeKind.TYPE_CHANGED, Impact.WILL_REPLACE),
        org.assertj.core.groups.Tuple.tuple("B", ChangeKind.REMOVED, Impact.DESTROY),
        org.assertj.core.groups.Tuple.tuple("C", ChangeKind.REMOVED, Impact.ORPHAN),
        org.assertj.core.groups.Tuple.tuple("D", ChangeKind.MODIFIED, Impact.IN_PLACE),
        org.assertj.core.groups.Tuple.tuple("E", ChangeKind.ADDED, Impact.CREATE));
    assertThat(rs.get(3).changes()).extracting(PropertyChange::path).containsExactly("DependsOn");
  }

  @Test
  void tableReplacedWithoutRetainIsDataLoss() {
    String a = "Resources:\n  T:\n    Type: AWS::DynamoDB::Table\n    Properties:\n      TableName: orders\n";
    ChangeSet c = diff(a, a.replace("orders", "orders-v2"));
    assertThat(c.risks()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RiskKind.DATA_LOSS);
      assertThat(r.logicalId()).isEqualTo("T");
      assertThat(r.reason()).contains("will be replaced", "TableName");
    });
    String retained = a.replace("    Properties:", "    UpdateReplacePolicy: Retain\n    Properties:");
    assertThat(diff(retained, retained.replace("orders", "orders-v2")).risks()).isEmpty();
  }

  @Test
  void bucketRemovedWithoutRetainIsDataLossButNotWithRetain() {
    String a = "Resources:\n  B:\n    Type: AWS::S3::Bucket\n  K:\n    Type: AWS::S3::Bucket\n    DeletionPolicy: Retain\n";
    ChangeSet c = diff(a, "Resources:\n  X:\n    Type: AWS::SNS::Topic\n");
    assertThat(c.risks()).extracting(Risk::kind, Risk::logicalId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RiskKind.DATA_LOSS, "B"));
  }

  @Test
  void iamBroadeningIsSecurity() {
    String a = "Resources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n"
        + "      AssumeRolePolicyDocument:\n        Statement:\n          - {Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}\n";
    String b = a.replace("Principal: {Service: lambda.amazonaws.com}", "Principal: {AWS: '*'}")
        + "      ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]\n"
        + "      Policies:\n        - PolicyName: p\n          PolicyDocument:\n            Statement:\n"
        + "              - {Effect: Allow, Action: 's3:*', Resource: '*'}\n";
    List<Risk> risks = diff(a, b).risks();
    assertThat(risks).allMatch(r -> r.kind() == RiskKind.SECURITY);
    assertThat(risks).extracting(Risk::reason).anyMatch(s -> s.contains("new principal *"))
        .anyMatch(s -> s.contains("wildcard action") && s.contains("every resource"))
        .anyMatch(s -> s.contains("AdministratorAccess"));
  }

  @Test
  void ingressOpenedToTheInternetIsSecurity() {
    String a = "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n"
        + "      SecurityGroupIngress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}\n";
    String b = a + "        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}\n"
        + "        - {IpProtocol: tcp, FromPort: 8080, ToPort: 8080, CidrIp: 10.0.0.0/8}\n";
    assertThat(diff(a, b).risks()).extracting(Risk::reason)
        .containsExactly("ingress tcp 22 opened to 0.0.0.0/0", "new ingress port tcp 8080 from 10.0.0.0/8");
  }

  @Test
  void removedDatabasesFollowCloudFormationsDefaultDeletionPolicy() {
    // DeletionPolicy defaults to Snapshot for RDS clusters and for RDS instances outside a cluster; an instance of a
    // cluster keeps no data of its own; every other stateful type defaults to Delete
    String a = "Resources:\n"
        + "  Cluster:\n    Type: AWS::RDS::DBCluster\n    Properties: {Engine: aurora-postgresql}\n"
        + "  Member:\n    Type: AWS::RDS::DBInstance\n    Properties: {DBClusterIdentifier: !Ref Cluster,"
        + " DBInstanceClass: db.r6g.large, Engine: aurora-postgresql}\n"
        + "  Standalone:\n    Type: AWS::RDS::DBInstance\n    Properties: {DBInstanceClass: db.t3.micro, Engine: mysql}\n"
        + "  Deleted:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Delete\n"
        + "    Properties: {DBInstanceClass: db.t3.micro, Engine: mysql}\n"
        + "  Graph:\n    Type: AWS::Neptune::DBCluster\n"
        + "  GraphMember:\n    Type: AWS::Neptune::DBInstance\n    Properties: {DBInstanceClass: db.r5.large}\n"
        + "  Warehouse:\n    Type: AWS::Redshift::Cluster\n";
    ChangeSet c = diff(a, "Resources:\n  X:\n    Type: AWS::SNS::Topic\n");
    assertThat(c.risks()).extracting(Risk::logicalId, Risk::reason).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("Deleted", "AWS::RDS::DBInstance is removed and deleted (DeletionPolicy"
            + " Delete); its data is lost"),
        org.assertj.core.groups.Tuple.tuple("Graph", "AWS::Neptune::DBCluster is removed and deleted (DeletionPolicy"
            + " Delete by default); its data is lost"),
        org.assertj.core.groups.Tuple.tuple("Warehouse", "AWS::Redshift::Cluster is removed and deleted"
            + " (DeletionPolicy Delete by default); its data is lost"));
  }

  @Test
  void aStandaloneDatabaseReplacedIsDataLossBecauseUpdateReplacePolicyDefaultsToDelete() {
    String a = "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
        + "      DBInstanceClass: db.t3.micro\n      Engine: mysql\n      DBInstanceIdentifier: orders\n";
    assertThat(diff(a, a.replace("orders", "orders-v2")).risks()).extracting(Risk::reason).containsExactly(
        "AWS::RDS::DBInstance will be replaced (DBInstanceIdentifier changed) and the old one deleted"
            + " (UpdateReplacePolicy Delete by default); its data is lost");
  }

  @Test
  void egressOpenedToTheInternetIsSecurity() {
    String a = "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n"
        + "      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}\n";
    String b = a + "        - {IpProtocol: '-1', CidrIpv6: '::/0'}\n"
        + "        - {IpProtocol: tcp, FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: sg-1}\n";
    assertThat(diff(a, b).risks()).extracting(Risk::reason)
        .containsExactly("egress all traffic opened to ::/0", "new egress port tcp 5432 to sg-1");
    String rule = "Resources:\n  E:\n    Type: AWS::EC2::SecurityGroupEgress\n    Properties:\n      GroupId: sg-1\n"
        + "      IpProtocol: tcp\n      FromPort: 443\n      ToPort: 443\n      CidrIp: 10.1.0.0/16\n";
    assertThat(diff(rule, rule.replace("10.1.0.0/16", "0.0.0.0/0")).risks()).extracting(Risk::reason)
        .containsExactly("egress tcp 443 opened to 0.0.0.0/0");
  }

  @Test
  void removingEveryEgressRuleRestoresTheDefaultAllowAllRule() {
    String a = "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n"
        + "      SecurityGroupEgress:\n        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}\n";
    String b = "Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: g\n";
    assertThat(diff(a, b).risks()).extracting(Risk::reason).containsExactly("egress all traffic opened to 0.0.0.0/0"
        + " (SecurityGroupEgress removed: the default rule allows all outbound traffic)");
    assertThat(diff(b, b + "      Tags: [{Key: k, Value: v}]\n").risks()).isEmpty();
  }

  @Test
  void assetHashChangesAreSuppressedUnlessAskedFor() {
    String hash = "a".repeat(64);
    String a = "Parameters:\n  AssetParameters" + hash + "S3Bucket:\n    Type: String\nResources:\n  F:\n"
        + "    Type: AWS::Lambda::Function\n    Properties:\n      Code: {S3Bucket: b, S3Key: " + hash + ".zip}\n";
    String b = a.replace(hash, "b".repeat(64));
    ChangeSet hidden = diff(a, b);
    assertThat(hidden.stacks().get(0).resources()).allMatch(ResourceChange::suppressed);
    assertThat(hidden.stacks().get(0).items()).allMatch(ItemChange::suppressed);
    ChangeSet shown = new ProjectDiff(ResourceCatalog.bundled(), new DiffOptions(true, List.of()))
        .diff(project("app", a), project("app", b));
    assertThat(shown.stacks().get(0).resources()).singleElement().satisfies(r -> {
      assertThat(r.suppressed()).isFalse();
      assertThat(r.changes()).extracting(PropertyChange::path).containsExactly("Properties.Code.S3Key");
    });
    assertThat(shown.stacks().get(0).items()).extracting(ItemChange::name, ItemChange::suppressed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("AssetParameters" + hash + "S3Bucket", false),
        org.assertj.core.groups.Tuple.tuple("AssetParameters" + "b".repeat(64) + "S3Bucket", false));
  }

  @Test
  void excludedPathsAreSuppressedWhereverTheyLie() {
    String a = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      DelaySeconds: 5\n"
        + "      Tags: [{Key: team, Value: a}]\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n"
        + "      TopicName: t\n      Tags: [{Key: team, Value: a}]\n";
    String b = a.replace("Value: a", "Value: b").replace("DelaySeconds: 5", "DelaySeconds: 6");
    ChangeSet c = new ProjectDiff(ResourceCatalog.bundled(), new DiffOptions(false, List.of(" Tags", "")))
        .diff(project("app", a), project("app", b));
    assertThat(c.stacks().get(0).resources()).extracting(ResourceChange::logicalId, ResourceChange::suppressed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Q", false), org.assertj.core.groups.Tuple.tuple("T", true));
    assertThat(c.stacks().get(0).resources().get(0).changes()).extracting(PropertyChange::path,
        PropertyChange::suppressed).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Properties.DelaySeconds", false),
        org.assertj.core.groups.Tuple.tuple("Properties.Tags[0].Value", true));
    // a pattern matches whole path segments only: Tag is not Tags
    ChangeSet partial = new ProjectDiff(ResourceCatalog.bundled(), new DiffOptions(false, List.of("Tag")))
        .diff(project("app", a), project("app", b));
    assertThat(partial.stacks().get(0).resources()).noneMatch(ResourceChange::suppressed);
  }

  @Test
  void removingAnImportedExportIsADeployFailure() {
    String producer = "Resources:\n  V:\n    Type: AWS::SNS::Topic\nOutputs:\n  TopicArn:\n    Value: !Ref V\n"
        + "    Export: {Name: shared-topic}\n";
    String consumer = "Resources:\n  S:\n    Type: AWS::SNS::Subscription\n    Properties:\n"
        + "      TopicArn: !ImportValue shared-topic\n      Protocol: email\n      Endpoint: a@b.c\n";
    ChangeSet c = differ.diff(project("net", producer, "app", consumer),
        project("net", "Resources:\n  V:\n    Type: AWS::SNS::Topic\n", "app", consumer));
    assertThat(c.risks()).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(RiskKind.DEPLOY_FAILURE);
      assertThat(r.reason()).contains("shared-topic", "app");
    });
    assertThat(c.stacks().get(0).items()).extracting(ItemChange::section, ItemChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ItemChange.Section.OUTPUT, ChangeKind.REMOVED),
        org.assertj.core.groups.Tuple.tuple(ItemChange.Section.EXPORT, ChangeKind.REMOVED));
  }

  @Test
  void cdkNoiseIsSuppressedAndCounted() {
    String hashA = "a".repeat(64);
    String hashB = "b".repeat(64);
    String a = "Parameters:\n  BootstrapVersion:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /cdk-bootstrap/v1\n"
        + "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      Code:\n        S3Bucket: b\n"
        + "        S3Key: " + hashA + ".zip\n      Role: r\n    Metadata:\n      aws:cdk:path: App/F/Resource\n"
        + "      aws:asset:path: asset." + hashA + "\n"
        + "  CDKMetadata:\n    Type: AWS::CDK::Metadata\n    Properties:\n      Analytics: v2:deflate64:abc\n";
    String b = a.replace(hashA, hashB).replace("/cdk-bootstrap/v1", "/cdk-bootstrap/v2")
        .replace("App/F/Resource", "App/G/Resource").replace("deflate64:abc", "deflate64:xyz");
    ChangeSet c = diff(a, b);
    assertThat(c.empty()).isTrue();
    assertThat(c.suppressed()).isEqualTo(3); // F (all of its changes), CDKMetadata, BootstrapVersion
    assertThat(c.visibleResources()).isEmpty();
  }

  @Test
  void noiseDoesNotHideRealChangesOfTheSameResource() {
    String a = "Resources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties:\n      MemorySize: 128\n"
        + "    Metadata:\n      aws:cdk:path: App/F\n";
    ChangeSet c = diff(a, a.replace("128", "256").replace("App/F", "App/G"));
    ResourceChange f = only(c);
    assertThat(f.suppressed()).isFalse();
    assertThat(f.visibleChanges()).extracting(PropertyChange::path).containsExactly("Properties.MemorySize");
    assertThat(c.suppressed()).isEqualTo(1);
  }

  @Test
  void cdkMetadataAddedOrRemovedAsAWholeIsNoiseAndOtherEntriesAreComparedOneByOne() {
    String a = "Resources:\n  F:\n    Type: AWS::SNS::Topic\n  G:\n    Type: AWS::SNS::Topic\n"
        + "    Metadata:\n      aws:cdk:path: App/G/Resource\n      aws:asset:path: asset.x\n";
    String b = "Resources:\n  F:\n    Type: AWS::SNS::Topic\n    Metadata:\n      aws:cdk:path: App/F/Resource\n"
        + "      Owner: team-a\n  G:\n    Type: AWS::SNS::Topic\n";
    ChangeSet c = diff(a, b);
    // F gains its construct path (noise) and an Owner entry (shown); G loses its CDK metadata as a whole (noise)
    assertThat(c.visibleResources()).singleElement().satisfies(f -> {
      assertThat(f.logicalId()).isEqualTo("F");
      assertThat(f.visibleChanges()).extracting(PropertyChange::path).containsExactly("Metadata.Owner");
    });
    assertThat(c.suppressed()).isEqualTo(2);
  }

  @Test
  void stackAddedAndRemoved() {
    String t = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";
    ChangeSet c = differ.diff(project("old", t), project("new", t));
    assertThat(c.stacks()).extracting(StackChange::stackName, StackChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("new", ChangeKind.ADDED), org.assertj.core.groups.Tuple.tuple("old", ChangeKind.REMOVED));
    assertThat(c.risks()).extracting(Risk::kind).containsExactly(RiskKind.DATA_LOSS); // the queue of "old" is deleted
  }

  @Test
  void resourcesReferencingAReplacedResourceUpdateAndMayBeReplacedInTurn() {
    String before = """
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: orders
              KeySchema: [{AttributeName: id, KeyType: HASH}]
              AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {}
              Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: 'dynamodb:*',
                Resource: !GetAtt Table.Arn}]}}]
          Mapping:
            Type: AWS::Lambda::EventSourceMapping
            Properties:
              FunctionName: f
              EventSourceArn: !GetAtt Table.StreamArn
          Alarm:
            Type: AWS::CloudWatch::Alarm
            DependsOn: Table
            Properties:
              AlarmName: !Sub '${Mapping}-alarm'
              ComparisonOperator: GreaterThanThreshold
              EvaluationPeriods: 1
              Threshold: 1
        """;
    ChangeSet c = diff(before, before.replace("TableName: orders", "TableName: orders-v2"));
    List<ResourceChange> resources = c.stacks().get(0).resources();
    assertThat(resources).extracting(r -> r.logicalId() + " " + r.impact())
        .containsExactly("Table WILL_REPLACE", "Mapping WILL_REPLACE", "Role IN_PLACE", "Alarm WILL_REPLACE");
    PropertyChange role = resources.get(2).changes().get(0);
    assertThat(role.path()).isEqualTo("Properties.Policies[0].PolicyDocument.Statement[0].Resource");
    assertThat(role.cause()).isEqualTo("Table");
    assertThat(role.oldValue()).contains("GetAtt Table.Arn");
    assertThat(role.newValue()).contains("updates because Table is replaced");
    // the event source mapping's EventSourceArn replaces it; the alarm's name refers to the mapping: replaced too
    assertThat(resources.get(3).changes()).extracting(PropertyChange::cause).containsExactly("Mapping");
  }

  @Test
  void aSamPropertyCountsWithTheGeneratedResourcesPropertyRule() {
    String before = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties: {FunctionName: orders, CodeUri: s3://b/k1, Handler: app.handler, Runtime: java17}
        """;
    assertThat(only(diff(before, before.replace("k1", "k2"))).impact()).isEqualTo(Impact.IN_PLACE);
    assertThat(only(diff(before, before.replace("java17", "java21"))).impact()).isEqualTo(Impact.IN_PLACE);
    assertThat(only(diff(before, before.replace("orders", "orders-v2"))).impact()).isEqualTo(Impact.WILL_REPLACE);
  }

  @Test
  void asCdkDiffListsOnlyReplacingCascadesFromSureReplacements() {
    ProjectDiff asCdkDiff = new ProjectDiff(ResourceCatalog.bundled(),
        new DiffOptions(false, List.of(), Cascades.AS_CDK_DIFF));
    String before = """
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: orders
              KeySchema: [{AttributeName: id, KeyType: HASH}]
              AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {}
              Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: 'dynamodb:*',
                Resource: !GetAtt Table.Arn}]}}]
          Mapping:
            Type: AWS::Lambda::EventSourceMapping
            Properties:
              FunctionName: f
              EventSourceArn: !GetAtt Table.StreamArn
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-1
              BlockDeviceMappings: [{DeviceName: /dev/sda1, Ebs: {VolumeSize: 8}}]
          Attachment:
            Type: AWS::EC2::VolumeAttachment
            Properties: {InstanceId: !Ref Server, VolumeId: vol-1, Device: /dev/sdf}
        """;
    String after = before.replace("TableName: orders", "TableName: orders-v2").replace("VolumeSize: 8", "VolumeSize: 16");
    // the role updates in place (not listed); the attachment follows a server that is only maybe replaced (not listed)
    assertThat(asCdkDiff.diff(project("app", before), project("app", after)).stacks().get(0).resources())
        .extracting(r -> r.logicalId() + " " + r.impact())
        .containsExactly("Server MAY_REPLACE", "Table WILL_REPLACE", "Mapping WILL_REPLACE");
    assertThat(diff(before, after).stacks().get(0).resources()).extracting(ResourceChange::logicalId)
        .contains("Role", "Attachment");
  }

  @Test
  void theEditedResourceComesFirstAndEachCascadeRightAfterItsCause() {
    // the one edit (Subnet's CIDR) replaces the subnet; everything else follows from it, two levels deep
    String before = """
        Resources:
          Zeta: {Type: AWS::SNS::Topic, Properties: {DisplayName: zeta}}
          Subnet:
            Type: AWS::EC2::Subnet
            Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}
          Alpha:
            Type: AWS::EC2::NetworkInterface
            Properties: {SubnetId: !Ref Subnet}
          Beta:
            Type: AWS::EC2::EIP
            Properties: {Domain: vpc, Tags: [{Key: eni, Value: !Ref Alpha}]}
          Gamma:
            Type: AWS::EC2::RouteTable
            Properties: {VpcId: vpc-1, Tags: [{Key: subnet, Value: !Ref Subnet}]}
        """;
    ChangeSet c = diff(before, before.replace("10.0.0.0/24", "10.0.1.0/24").replace("zeta}", "zeta-v2}"));
    List<ResourceChange> resources = c.stacks().get(0).resources();
    assertThat(resources).extracting(r -> r.logicalId() + " " + r.changes().stream().map(PropertyChange::cause)
        .filter(x -> !x.isEmpty()).findFirst().orElse("-"))
        .containsExactly("Subnet -", "Zeta -", "Alpha Subnet", "Gamma Subnet", "Beta Alpha");
  }

  @Test
  void aResourceThatIsOnlyMaybeReplacedOnlyMaybeReplacesWhatReferencesIt() {
    String before = """
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-1
              BlockDeviceMappings: [{DeviceName: /dev/sda1, Ebs: {VolumeSize: 8}}]
          Attachment:
            Type: AWS::EC2::VolumeAttachment
            Properties:
              InstanceId: !Ref Server
              VolumeId: vol-1
              Device: /dev/sdf
        """;
    List<ResourceChange> resources = diff(before, before.replace("VolumeSize: 8", "VolumeSize: 16")).stacks().get(0)
        .resources();
    // BlockDeviceMappings replaces an instance only for some changes; the attachment's InstanceId replaces it
    // whenever the instance is replaced: maybe
    assertThat(resources).extracting(r -> r.logicalId() + " " + r.impact())
        .containsExactly("Server MAY_REPLACE", "Attachment MAY_REPLACE");
    assertThat(resources.get(1).changes().get(0).newValue()).contains("updates because Server is maybe replaced");
  }

  private static final String DATA = """
      Resources:
        Table:
          Type: AWS::DynamoDB::Table
          Properties:
            TableName: orders
            KeySchema: [{AttributeName: id, KeyType: HASH}]
            AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
            StreamSpecification: {StreamViewType: NEW_IMAGE}
      Outputs:
        TableName:
          Value: !Ref Table
          Export: {Name: data-TableName}
        StreamArn:
          Value: !GetAtt Table.StreamArn
          Export: {Name: data-StreamArn}
        Fixed:
          Value: fixed
          Export: {Name: data-Fixed}
      """;
  private static final String API = """
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Handler: index.handler
            Runtime: nodejs20.x
            Role: arn:aws:iam::123456789012:role/r
            Code: {ZipFile: x}
            Environment:
              Variables:
                TABLE: !ImportValue data-TableName
                FIXED: !ImportValue data-Fixed
        Mapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            EventSourceArn: !ImportValue data-StreamArn
            FunctionName: !Ref Fn
            StartingPosition: LATEST
      Outputs:
        MappingId:
          Value: !Ref Mapping
          Export: {Name: api-MappingId}
      """;
  private static final String OPS = """
      Resources:
        Param:
          Type: AWS::SSM::Parameter
          Properties:
            Type: String
            Value: !ImportValue api-MappingId
      """;

  @Test
  void aReplacementSpreadsToOtherStacksThroughTheExportsThatReferenceIt() {
    ChangeSet c = differ.diff(project("data", DATA, "api", API, "ops", OPS),
        project("data", DATA.replace("TableName: orders", "TableName: orders-v2"), "api", API, "ops", OPS));

    assertThat(c.stacks()).extracting(StackChange::stackName).containsExactly("api", "data", "ops");
    StackChange api = c.stacks().get(0);
    StackChange data = c.stacks().get(1);
    StackChange ops = c.stacks().get(2);
    // the exports whose value is the table's name or stream: a new value, caused by the table; the fixed one: no change
    assertThat(data.items()).extracting(i -> i.section() + " " + i.name() + " " + i.kind() + " " + i.cause())
        .containsExactly("EXPORT data-StreamArn MODIFIED Table", "EXPORT data-TableName MODIFIED Table");
    assertThat(data.items().get(1).newValue()).contains("{\"Ref\":\"Table\"} (a new value: Table is replaced)");
    // the function imports the name: updates in place; the mapping imports the stream: EventSourceArn replaces it
    assertThat(api.resources()).extracting(r -> r.logicalId() + " " + r.kind() + " " + r.impact())
        .containsExactly("Fn MODIFIED IN_PLACE", "Mapping MODIFIED WILL_REPLACE");
    PropertyChange table = api.resources().get(0).changes().get(0);
    assertThat(table.path()).isEqualTo("Properties.Environment.Variables.TABLE");
    assertThat(table.oldValue()).contains("ImportValue data-TableName");
    assertThat(table.newValue()).contains("updates because export data-TableName changes: data/Table is replaced");
    assertThat(table.cause()).isEqualTo("data/Table");
    assertThat(api.resources().get(0).changes()).hasSize(1); // FIXED imports an export whose value is the same
    // and on: the replaced mapping's id is exported to ops
    assertThat(api.items()).extracting(i -> i.name() + " " + i.cause()).containsExactly("api-MappingId Mapping");
    assertThat(ops.resources()).singleElement().satisfies(r -> {
      assertThat(r.impact()).isEqualTo(Impact.IN_PLACE);
      assertThat(r.changes()).extracting(PropertyChange::path, PropertyChange::cause)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Properties.Value", "api/Mapping"));
    });
    // CloudFormation refuses to change an export another stack imports: each is a deploy failure
    assertThat(c.risks()).extracting(r -> r.kind() + " " + r.stack() + "/" + r.logicalId()).containsExactly(
        "DATA_LOSS data/Table", "DEPLOY_FAILURE api/api-MappingId", "DEPLOY_FAILURE data/data-StreamArn",
        "DEPLOY_FAILURE data/data-TableName");
    assertThat(c.risks().get(3).reason()).isEqualTo("changes the value of export data-TableName (Table is replaced),"
        + " which stack api still imports (Fn); CloudFormation refuses to update an export in use");
  }

  @Test
  void anExportWhoseTextChangesWhileImportedIsADeployFailureAndNoReplacementMeansNoSpread() {
    ChangeSet c = differ.diff(project("data", DATA, "api", API),
        project("data", DATA.replace("Value: fixed", "Value: other").replace("NEW_IMAGE", "KEYS_ONLY"), "api", API));
    assertThat(c.stacks()).extracting(StackChange::stackName).containsExactly("data");
    assertThat(c.risks()).extracting(r -> r.kind() + " " + r.logicalId() + ": " + r.reason()).containsExactly(
        "DEPLOY_FAILURE data-Fixed: changes export data-Fixed, which stack api still imports (Fn); CloudFormation"
            + " refuses to update an export in use");
  }
}
