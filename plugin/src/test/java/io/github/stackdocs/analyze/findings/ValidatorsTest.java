package io.github.stackdocs.analyze.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

  @Test
  void undefinedNamesAreErrorsWithTheirPosition() {
    var stack = Stacks.read("s", """
        Parameters:
          Env:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Mappings:
          Sizes:
            prod: {mem: 1024}
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Condition: IsProdd
            DependsOn: Missing
            Properties:
              TopicName: !Ref Nope
              DisplayName: !Sub "${Env}-${Ghost}-${AWS::Region}-${Topic.TopicName}-${!Literal}"
              Size: !FindInMap [Sizez, !Ref Env, mem]
              Other: !GetAtt Phantom.Arn
              Fine: !FindInMap [Sizes, !Ref Env, mem]
        """);
    List<Finding> findings = new ReferenceValidator().validate(stack);
    assertThat(findings).allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(
        "undefined-condition", "undefined-depends-on", "undefined-ref", "undefined-sub-variable",
        "undefined-mapping", "undefined-getatt", "dependency-cycle"); // ${Topic.TopicName} inside Topic itself
    assertThat(findings).filteredOn(f -> f.code().equals("undefined-ref")).singleElement()
        .satisfies(f -> {
          assertThat(f.location().line()).isEqualTo(15);
          assertThat(f.message()).contains("'Nope'");
          assertThat(f.format()).startsWith("s.yaml:15:");
        });
    assertThat(findings).filteredOn(f -> f.code().equals("undefined-sub-variable")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("${Ghost}"));
  }

  @Test
  void aResourceReferringToItselfIsACycle() {
    var stack = Stacks.read("self", """
        Resources:
          C:
            Type: AWS::SNS::Topic
            DependsOn: C
            Properties:
              TopicName: !Ref C
        """);
    assertThat(new ReferenceValidator().validate(stack)).extracting(Finding::code, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("dependency-cycle", Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple("dependency-cycle", Severity.ERROR));
  }

  @Test
  void aTransformMakesUnknownNamesWarnings() {
    var stack = Stacks.read("sam", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Ref ServerlessRestApi
        """);
    assertThat(new ReferenceValidator().validate(stack)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
  }

  @Test
  void aCycleInATransformedTemplateIsAWarning() {
    Project project = Stacks.project("sam", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Api:
            Type: AWS::Serverless::Api
            Properties:
              DefinitionBody:
                uri: !GetAtt Fn.Arn
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Events:
                Get:
                  Type: Api
                  Properties:
                    RestApiId: !Ref Api
        """);
    assertThat(new GraphValidator().validate(project, DependencyGraph.build(project))).singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("dependency-cycle");
          assertThat(f.severity()).isEqualTo(Severity.WARN);
        });
  }

  @Test
  void cyclesDuplicateExportsAndExternalImportsAreReported() {
    Project project = Stacks.project(
        "a", """
            Resources:
              X:
                Type: AWS::SNS::Topic
                DependsOn: Y
              Y:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !GetAtt X.TopicName
            Outputs:
              O:
                Value: !Ref X
                Export: {Name: shared}
            """,
        "b", """
            Resources:
              Z:
                Type: AWS::SNS::Topic
                Properties:
                  TopicName: !ImportValue from-outside
            Outputs:
              O:
                Value: !Ref Z
                Export: {Name: shared}
            """);
    List<Finding> findings = new GraphValidator().validate(project, DependencyGraph.build(project));
    assertThat(findings).extracting(Finding::code, Finding::severity).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("dependency-cycle", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("duplicate-export", Severity.ERROR),
        org.assertj.core.groups.Tuple.tuple("external-import", Severity.INFO));
    assertThat(findings).filteredOn(f -> f.code().equals("dependency-cycle")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("X → Y → X"));
  }
}
