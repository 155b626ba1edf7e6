package io.github.stackdocs.analyze.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
  private static final String NETWORK = """
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
        Subnet:
          Type: AWS::EC2::Subnet
          Properties:
            VpcId: !Ref Vpc
      Outputs:
        SubnetId:
          Value: !Ref Subnet
          Export:
            Name: !Sub "${AWS::StackName}-SubnetId"
        Unexported:
          Value: !GetAtt Vpc.CidrBlock
      """;

  private static final String APP = """
      Parameters:
        Net:
          Type: String
          Default: network
      Resources:
        Table:
          Type: AWS::DynamoDB::Table
        Role:
          Type: AWS::IAM::Role
          Properties:
            Policies:
              - PolicyDocument:
                  Statement:
                    - Resource: !GetAtt Table.Arn
        Fn:
          Type: AWS::Lambda::Function
          DependsOn: Table
          Properties:
            Role: !GetAtt [Role, Arn]
            Environment:
              Variables:
                URL: !Sub "https://${Table}.example/${AWS::Region}/${Net}"
            VpcConfig:
              SubnetIds:
                - !ImportValue
                  Fn::Sub: "${Net}-SubnetId"
        Alarm:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Dimensions:
              - Name: FunctionName
                Value: !Ref Fn
            AlarmActions:
              - !ImportValue elsewhere-TopicArn
      """;

  private final Project project = Stacks.project("network", NETWORK, "app", APP);
  private final DependencyGraph graph = DependencyGraph.build(project);

  private static NodeId n(String stack, String id) {
    return new NodeId(stack, id);
  }

  @Test
  void directDependenciesComeFromRefGetAttSubDependsOnAndImports() {
    assertThat(graph.dependencies(n("app", "Fn")))
        .containsExactly(n("app", "Role"), n("app", "Table"), n("network", "Subnet"));
    assertThat(graph.edge(n("app", "Fn"), n("app", "Table")).orElseThrow().kinds())
        .containsExactlyInAnyOrder(Reference.Kind.DEPENDS_ON, Reference.Kind.SUB);
    assertThat(graph.edge(n("app", "Fn"), n("network", "Subnet")).orElseThrow().crossStack()).isTrue();
    assertThat(graph.dependencies(n("network", "Vpc"))).isEmpty();
  }

  @Test
  void dependentsAndTransitiveBlastRadiusCrossStacks() {
    assertThat(graph.dependents(n("app", "Table"))).containsExactly(n("app", "Fn"), n("app", "Role"));
    assertThat(graph.blastRadius(n("network", "Vpc")))
        .containsExactly(n("app", "Alarm"), n("app", "Fn"), n("network", "Subnet"));
    assertThat(graph.blastRadius(n("app", "Alarm"))).isEmpty();
  }

  @Test
  void importsResolveByExportNameIncludingSubBuiltNames() {
    assertThat(graph.exports()).containsOnlyKeys("network-SubnetId");
    List<CrossStackLink> links = graph.crossStackLinks();
    assertThat(links).extracting(CrossStackLink::source, CrossStackLink::exportName, CrossStackLink::exportingStack,
            CrossStackLink::outputName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Alarm", "elsewhere-TopicArn", "", ""),
            org.assertj.core.groups.Tuple.tuple("Fn", "network-SubnetId", "network", "SubnetId"));
    assertThat(graph.stackDependencies()).containsOnlyKeys("app");
    assertThat(graph.stackDependencies().get("app")).containsExactly("network");
  }

  @Test
  void cyclesAreFoundOncePerComponentInStableOrder() {
    Project cyclic = Stacks.project("c", """
        Resources:
          A:
            Type: AWS::SNS::Topic
            DependsOn: B
          B:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !GetAtt C.TopicName
          C:
            Type: AWS::SNS::Topic
            DependsOn: [A]
          D:
            Type: AWS::SNS::Topic
            DependsOn: A
        """);
    assertThat(DependencyGraph.build(cyclic).cycles())
        .containsExactly(List.of(n("c", "A"), n("c", "B"), n("c", "C")));
    assertThat(graph.cycles()).isEmpty();
  }

  @Test
  void conditionsAndMappingsNamedLikeResourcesMakeNoEdges() {
    Project p = Stacks.project("n", """
        Parameters:
          Env: {Type: String}
        Conditions:
          Db: !Equals [!Ref Env, prod]
        Mappings:
          Queue:
            prod: {size: 1}
        Resources:
          Db:
            Type: AWS::SNS::Topic
          Queue:
            Type: AWS::SQS::Queue
          Topic:
            Type: AWS::SNS::Topic
            Condition: Db
            Properties:
              DisplayName: !If [Db, a, b]
              TopicName: !FindInMap [Queue, !Ref Env, size]
        """);
    DependencyGraph g = DependencyGraph.build(p);
    assertThat(g.dependencies(n("n", "Topic"))).isEmpty();
    assertThat(g.dependents(n("n", "Db"))).isEmpty();
  }
}
