package io.github.stackdocs.analyze.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested property names, required nested properties and value kinds, through {@link CatalogValidator}. */
class PropertyValueValidatorTest {
  private final CatalogValidator validator = new CatalogValidator(ResourceCatalog.bundled(), Severity.WARN);

  private List<Finding> validate(String yaml) {
    return validator.validate(Stacks.read("t", yaml));
  }

  @Test
  void misspelledNestedPropertyGetsDidYouMeanAtItsKey() {
    List<Finding> findings = validate("""
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              BucketEncryption:
                ServerSideEncryptionConfiguration:
                  - ServerSideEncryptionByDefault:
                      SSEAlgoritm: aws:kms
        """);

    assertThat(findings).hasSize(2);
    Finding unknown = only(findings, "unknown-property");
    assertThat(unknown.message()).isEqualTo("resource 'Bucket' (AWS::S3::Bucket): "
        + "'BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault' "
        + "(ServerSideEncryptionByDefault) has no property 'SSEAlgoritm'; did you mean SSEAlgorithm?");
    assertThat(unknown.location().line()).isEqualTo(8);
    assertThat(unknown.location().column()).isEqualTo(15);
    assertThat(unknown.severity()).isEqualTo(Severity.WARN);
    // the misspelling also leaves the required SSEAlgorithm missing: one finding each, at the mapping
    Finding missing = only(findings, "missing-required-property");
    assertThat(missing.message()).endsWith("lacks the required property 'SSEAlgorithm'");
    assertThat(missing.location().line()).isEqualTo(8);
  }

  @Test
  void aValueTheSpecificationDoesNotEnumerateIsNamedWithTheAllowedOnes() {
    List<Finding> findings = validate("""
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              VersioningConfiguration: {Status: enabled}
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Role: r
              Code: {ZipFile: x}
              PackageType: zip
              TracingConfig: {Mode: !Ref Mode}
        """);
    assertThat(findings).extracting(Finding::code).containsOnly("value-not-allowed");
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "resource 'Bucket' (AWS::S3::Bucket): 'VersioningConfiguration.Status' should be one of Enabled, Suspended,"
            + " found 'enabled'; did you mean Enabled?",
        "resource 'Fn' (AWS::Lambda::Function): 'PackageType' should be one of Image, Zip, found 'zip'; did you mean"
            + " Zip?");
    assertThat(findings).extracting(f -> f.location().line()).containsExactlyInAnyOrder(5, 11);
  }

  @Test
  void wrongKindsOfValueAreLocatedAtTheValue() {
    List<Finding> findings = validate("""
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              DelaySeconds: soon
              FifoQueue: maybe
              RedrivePolicy: {deadLetterTargetArn: x, maxReceiveCount: 3}
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Code: {ZipFile: x}
              Role: r
              Layers: arn:aws:lambda:eu-west-1:123456789012:layer:l:1
              VpcConfig: [sg-1]
        """);

    assertThat(findings).extracting(Finding::code).containsOnly("invalid-property-value");
    assertThat(findings).extracting(f -> f.location().line() + ":" + f.location().column() + " " + f.message())
        .containsExactlyInAnyOrder(
            "5:21 resource 'Queue' (AWS::SQS::Queue): 'DelaySeconds' should be an integer, found 'soon'",
            "6:18 resource 'Queue' (AWS::SQS::Queue): 'FifoQueue' should be a boolean (true or false), found 'maybe'",
            "13:15 resource 'Fn' (AWS::Lambda::Function): 'Layers' should be a list, "
                + "found 'arn:aws:lambda:eu-west-1:123456789012:la…'",
            "14:18 resource 'Fn' (AWS::Lambda::Function): 'VpcConfig' should be a mapping (VpcConfig), found a list");
  }

  @Test
  void whatCloudFormationAcceptsRaisesNothing() {
    assertThat(validate("""
        Parameters:
          Port: {Type: Number}
          Secret: {Type: String, NoEcho: true}
        Conditions:
          C: !Equals [a, b]
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              DelaySeconds: "5"
              MaximumMessageSize: 1024.0
              FifoQueue: "true"
              ContentBasedDeduplication: False
              QueueName: 42
              RedrivePolicy: {Ref: AWS::NoValue}
              VisibilityTimeout: '{{resolve:ssm:/queue/timeout}}'
              Tags:
                - Key: !Ref Port
                  Value: !Sub '${Port}'
                - !If [C, {Key: a, Value: b}, !Ref AWS::NoValue]
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: g
              SecurityGroupIngress: !If
                - C
                - [{IpProtocol: tcp, FromPort: !Ref Port, ToPort: "443", CidrIp: 0.0.0.0/0}]
                - !Ref AWS::NoValue
              SecurityGroupEgress:
                - IpProtocol: "-1"
                  CidrIp: 0.0.0.0/0
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Anything: [1, 2]}]}
              Policies:
                - PolicyName: p
                  PolicyDocument: '{"Version": "2012-10-17"}'
                - Fn::If: [C, {PolicyName: q, PolicyDocument: {}}, !Ref AWS::NoValue]
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Code: ./src
              Role: !GetAtt Role.Arn
              Environment:
                Variables: {A: 1, B: true, C: !Ref Port}
          Custom:
            Type: Custom::Thing
            Properties: {ServiceToken: x, Nested: {Anything: [1]}}
          Sam:
            Type: AWS::Serverless::Function
            Properties: {Runtime: [not, checked, here]}
        """)).isEmpty();
  }

  @Test
  void requiredNestedPropertiesAndBuiltInTags() {
    List<Finding> findings = validate("""
        Resources:
          Group:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: g
              SecurityGroupIngress:
                - FromPort: 80
                  ToPort: 80
                  CidrIp: 0.0.0.0/0
              Tags:
                - Key: Name
                  Vaule: web
        """);

    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "resource 'Group' (AWS::EC2::SecurityGroup): 'SecurityGroupIngress[0]' (Ingress) lacks the required property "
            + "'IpProtocol'",
        "resource 'Group' (AWS::EC2::SecurityGroup): 'Tags[0]' (Tag) has no property 'Vaule'; did you mean Value?",
        "resource 'Group' (AWS::EC2::SecurityGroup): 'Tags[0]' (Tag) lacks the required property 'Value'");
  }

  @Test
  void valuesOfSecretNamedPropertiesAreNotQuoted() {
    List<Finding> findings = validate("""
        Resources:
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties:
              GenerateSecretString: hunter2
          Db:
            Type: AWS::RDS::DBCluster
            Properties:
              Port: hunter3
        """);

    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "resource 'Secret' (AWS::SecretsManager::Secret): 'GenerateSecretString' should be a mapping "
            + "(GenerateSecretString), found another value",
        "resource 'Db' (AWS::RDS::DBCluster): 'Port' should be an integer, found 'hunter3'");
  }

  private static Finding only(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).reduce((a, b) -> {
      throw new AssertionError("more than one " + code + ": " + findings);
    }).orElseThrow(() -> new AssertionError("no " + code + ": " + findings));
  }
}
