package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Fn::ForEach} expanded into the entries CloudFormation generates, from the AWS docs' examples. */
class ForEachExpanderTest {
  private final List<Finding> findings = new ArrayList<>();

  private Stack expand(String yaml, Scope scope) {
    Stack stack = Fixture.read(yaml);
    return new ForEachExpander().expand(stack, new Evaluator(stack, scope, findings), findings);
  }

  private static List<String> ids(Stack s) {
    return s.resources().stream().map(Resource::logicalId).sorted().toList();
  }

  private static String references(Stack s, String source) {
    return s.referencesFrom(source).stream().map(r -> r.kind() + " " + r.target() + " @" + r.path()).toList()
        .toString();
  }

  /** The docs' SNS example: a collection from a Ref to a CommaDelimitedList, {@code Ref: TopicName} in a value. */
  @Test
  void snsTopicsFromACommaDelimitedListParameter() {
    Stack s = expand("""
        AWSTemplateFormatVersion: 2010-09-09
        Transform: 'AWS::LanguageExtensions'
        Parameters:
          pRepoARNs:
            Description: ARN of SSO instance
            Type: CommaDelimitedList
        Resources:
          'Fn::ForEach::Topics':
            - TopicName
            - !Ref pRepoARNs
            - 'SnsTopic${TopicName}':
                Type: 'AWS::SNS::Topic'
                Properties:
                  TopicName:
                    'Fn::Join':
                      - '.'
                      - - !Ref TopicName
                        - fifo
                  FifoTopic: true
        """, new Fixture.TestScope().list("pRepoARNs", "Success", "Failure", "Timeout", "Unknown"));
    assertThat(ids(s)).containsExactly("SnsTopicFailure", "SnsTopicSuccess", "SnsTopicTimeout", "SnsTopicUnknown");
    Resource success = s.resource("SnsTopicSuccess").orElseThrow();
    assertThat(success.type()).isEqualTo("AWS::SNS::Topic");
    assertThat(Fixture.json(success.properties()))
        .isEqualTo("{\"TopicName\":{\"Fn::Join\":[\".\",[\"Success\",\"fifo\"]]},\"FifoTopic\":true}");
    assertThat(success.location().line()).isEqualTo(11); // the OutputKey
    assertThat(s.loops().isEmpty()).isTrue();
    assertThat(findings).isEmpty();
  }

  /** The docs' example of {@code &{}}: the alphanumeric form of each item in the logical id. */
  @Test
  void ampersandKeepsOnlyLettersAndDigitsInTheKey() {
    Stack s = expand("""
        Transform: AWS::LanguageExtensions
        Resources:
          Vpc: {Type: AWS::EC2::VPC}
          'Fn::ForEach::Subnets':
            - CIDR
            - [10.0.2.0/24, 10.0.3.0/24, 10.0.4.0/24]
            - 'Subnet&{CIDR}':
                Type: AWS::EC2::Subnet
                Properties:
                  CidrBlock: !Ref CIDR
                  VpcId: !Ref Vpc
                  Tags: [{Key: Name, Value: 'subnet-${CIDR}'}]
        """, Scope.NONE);
    assertThat(ids(s)).containsExactly("Subnet1002024", "Subnet1003024", "Subnet1004024", "Vpc");
    assertThat(Fixture.json(s.resource("Subnet1003024").orElseThrow().properties())).isEqualTo(
        "{\"CidrBlock\":\"10.0.3.0/24\",\"VpcId\":{\"Ref\":\"Vpc\"},\"Tags\":[{\"Key\":\"Name\","
            + "\"Value\":\"subnet-10.0.3.0/24\"}]}");
    // the references of the new resources are collected as the reader collects them
    assertThat(references(s, "Subnet1003024")).isEqualTo("[REF Vpc @Properties.VpcId]");
    assertThat(s.referencesTo("Vpc")).extracting(Reference::source)
        .containsExactly("Subnet1002024", "Subnet1003024", "Subnet1004024");
  }

  @Test
  void nestedLoopsExpandWithTheOuterItemPutIn() {
    Stack s = expand("""
        Transform: AWS::LanguageExtensions
        Resources:
          'Fn::ForEach::Tiers':
            - Tier
            - [Public, Private]
            - 'Fn::ForEach::Zones':
                - Zone
                - [a, b]
                - '${Tier}Subnet${Zone}':
                    Type: AWS::EC2::Subnet
                    Properties:
                      AvailabilityZone: !Sub '${AWS::Region}${Zone}'
                      Tags: [{Key: Tier, Value: !Ref Tier}]
        Outputs:
          'Fn::ForEach::Out':
            - Tier
            - [Public, Private]
            - '${Tier}SubnetA':
                Value: !Ref '${Tier}Subneta'
                Export: {Name: !Sub '${AWS::StackName}-${Tier}'}
        """, Scope.NONE);
    assertThat(ids(s)).containsExactly("PrivateSubneta", "PrivateSubnetb", "PublicSubneta", "PublicSubnetb");
    assertThat(Fixture.json(s.resource("PrivateSubnetb").orElseThrow().properties())).isEqualTo(
        "{\"AvailabilityZone\":{\"Fn::Sub\":\"${AWS::Region}b\"},\"Tags\":[{\"Key\":\"Tier\",\"Value\":\"Private\"}]}");
    assertThat(s.outputs()).extracting(Output::name).containsExactly("PublicSubnetA", "PrivateSubnetA");
    Output o = s.outputs().get(0);
    assertThat(Fixture.json(o.value())).isEqualTo("{\"Ref\":\"PublicSubneta\"}");
    assertThat(o.resolvedExportName()).contains("app-Public");
    assertThat(references(s, "Outputs.PublicSubnetA")).contains("REF PublicSubneta @Value");
    assertThat(findings).isEmpty();
  }

  @Test
  void conditionLoopsBecomeNamedConditions() {
    Stack s = expand("""
        Transform: AWS::LanguageExtensions
        Parameters:
          Env: {Type: String}
        Conditions:
          'Fn::ForEach::Envs':
            - E
            - [dev, prod]
            - 'Is&{E}': !Equals [!Ref Env, '${E}']
        Resources:
          'Fn::ForEach::Buckets':
            - E
            - [dev, prod]
            - 'Bucket${E}':
                Type: AWS::S3::Bucket
                Condition: 'Is${E}'
        """, new Fixture.TestScope().string("Env", "prod"));
    assertThat(s.conditions()).containsOnlyKeys("Isdev", "Isprod");
    Evaluator e = new Evaluator(s, new Fixture.TestScope().string("Env", "prod"), findings);
    assertThat(e.condition("Isprod")).isEqualTo(Truth.TRUE);
    assertThat(e.condition("Isdev")).isEqualTo(Truth.FALSE);
    assertThat(s.resource("Bucketprod").orElseThrow().condition()).isEqualTo("Isprod");
    assertThat(references(s, "Conditions.Isprod")).isEqualTo("[REF Env @]");
    assertThat(references(s, "Bucketdev")).isEqualTo("[CONDITION Isdev @Condition]");
  }

  @Test
  void aLoopWhoseCollectionIsNotKnownStaysAsWritten() {
    String yaml = """
        Transform: AWS::LanguageExtensions
        Parameters:
          Names: {Type: CommaDelimitedList}
          Hidden: {Type: CommaDelimitedList, NoEcho: true}
        Resources:
          Keep: {Type: AWS::SNS::Topic}
          'Fn::ForEach::Topics':
            - Name
            - !Ref Names
            - 'Topic${Name}': {Type: AWS::SNS::Topic}
          'Fn::ForEach::Secret':
            - Name
            - !Ref Hidden
            - 'Hidden${Name}': {Type: AWS::SNS::Topic}
        """;
    Fixture.TestScope scope = new Fixture.TestScope();
    scope.parameters.put("Hidden", new BoundValue(new io.github.stackdocs.model.Node.ListNode(
        List.of(new io.github.stackdocs.model.Node.ScalarNode(Fixture.MARKER, Fixture.PARAMS)), Fixture.PARAMS),
        true));
    Stack s = expand(yaml, scope);
    assertThat(ids(s)).containsExactly("Keep");
    assertThat(s.loops().resources()).containsOnlyKeys("Fn::ForEach::Topics", "Fn::ForEach::Secret");
    assertThat(findings).extracting(f -> f.severity() + " " + f.code() + " " + f.location())
        .containsExactly("INFO foreach-not-expanded t.yaml:9:7", "INFO foreach-not-expanded t.yaml:13:7");
    assertThat(findings).allSatisfy(f -> assertThat(f.format()).doesNotContain(Fixture.MARKER));
  }

  @Test
  void badLoopsAreFindingsAndOthersStillExpand() {
    Stack s = expand("""
        Transform: AWS::LanguageExtensions
        Resources:
          Topica: {Type: AWS::SNS::Topic}
          'Fn::ForEach::Malformed': [X, [a]]
          'Fn::ForEach::NotAList':
            - X
            - just-a-string
            - 'T${X}': {Type: AWS::SNS::Topic}
          'Fn::ForEach::Clash':
            - X
            - [a, b]
            - 'Topic${X}': {Type: AWS::SNS::Topic}
          'Fn::ForEach::Same':
            - X
            - [a-1, a.1]
            - 'Same&{X}': {Type: AWS::SNS::Topic}
          'Fn::ForEach::Invalid':
            - X
            - [a-b]
            - 'Bad${X}': {Type: AWS::SNS::Topic}
        """, Scope.NONE);
    // an invalid generated id is reported and kept, as the reader keeps a written one
    assertThat(ids(s)).containsExactly("Bada-b", "Samea1", "Topica", "Topicb");
    assertThat(findings).extracting(f -> f.severity() + " " + f.code() + " " + f.location().line())
        .containsExactlyInAnyOrder(
            "ERROR malformed-intrinsic 4", "ERROR malformed-intrinsic 7", "ERROR foreach-duplicate-key 12",
            "ERROR foreach-duplicate-key 16", "ERROR invalid-logical-id 20");
    assertThat(s.loops().resources()).containsOnlyKeys("Fn::ForEach::Malformed", "Fn::ForEach::NotAList");
    assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isIn(Severity.ERROR));
  }

  @Test
  void aLoopMakingTooManyEntriesIsStoppedWithAFinding() {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      items.append(i == 0 ? "" : ", ").append("i").append(i);
    }
    Stack s = expand("""
        Transform: AWS::LanguageExtensions
        Resources:
          'Fn::ForEach::A':
            - X
            - [%1$s]
            - 'Fn::ForEach::B':
                - Y
                - [%1$s]
                - 'T${X}${Y}': {Type: AWS::SNS::Topic}
        """.formatted(items), Scope.NONE);
    assertThat(s.resources()).isEmpty();
    assertThat(findings).extracting(Finding::code).containsExactly("foreach-too-large");
    assertThat(s.loops().resources()).containsOnlyKeys("Fn::ForEach::A");
  }

  @Test
  void aStackWithoutLoopsIsReturnedAsItIs() {
    Stack stack = Fixture.read("Resources: {T: {Type: AWS::SNS::Topic}}");
    assertThat(new ForEachExpander().expand(stack, new Evaluator(stack, Scope.NONE, findings), findings))
        .isSameAs(stack);
  }
}
