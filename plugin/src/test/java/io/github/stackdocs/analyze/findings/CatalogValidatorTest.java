package io.github.stackdocs.analyze.findings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogValidatorTest {
  private final CatalogValidator validator = new CatalogValidator(ResourceCatalog.bundled(), Severity.WARN);

  private List<Finding> validate(String yaml) {
    return validator.validate(Stacks.read("t", yaml));
  }

  @Test
  void misspelledTypeAndPropertyGetDidYouMean() {
    List<Finding> findings = validate("""
        Resources:
          Fn:
            Type: AWS::Lambda::Fucntion
            Properties:
              Code: {ZipFile: x}
          Fn2:
            Type: AWS::Lambda::Function
            Properties:
              Code: {ZipFile: x}
              Role: arn:aws:iam::123456789012:role/r
              FunctionNmae: hello
        """);

    assertThat(findings).extracting(Finding::code, Finding::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("unknown-type", Severity.WARN),
            org.assertj.core.groups.Tuple.tuple("unknown-property", Severity.WARN));
    Finding type = findings.stream().filter(f -> f.code().equals("unknown-type")).findFirst().orElseThrow();
    assertThat(type.message()).contains("'AWS::Lambda::Fucntion'").contains("did you mean AWS::Lambda::Function?");
    assertThat(type.location().line()).isEqualTo(2);
    Finding property = findings.stream().filter(f -> f.code().equals("unknown-property")).findFirst().orElseThrow();
    assertThat(property.message()).contains("'FunctionNmae'").contains("did you mean FunctionName?");
    assertThat(property.location().line()).isEqualTo(11);
    assertThat(property.location().column()).isEqualTo(7);
  }

  @Test
  void missingRequiredProperties() {
    List<Finding> findings = validate("""
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Handler: index.handler
        """);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-required-property");
      assertThat(f.message()).contains("'Code', 'Role'");
    });
  }

  @Test
  void computedPropertiesAreNotJudged() {
    assertThat(validate("""
        Conditions:
          C: !Equals [a, b]
        Resources:
          Whole:
            Type: AWS::Lambda::Function
            Properties: !If [C, {Code: {ZipFile: x}, Role: r}, {Code: {ZipFile: y}, Role: r}]
          Part:
            Type: AWS::Lambda::Function
            Properties:
              Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://b/k}}
              Handler: x
        """)).isEmpty();
  }

  @Test
  void customSamThirdPartyAndModulesAreNeverUnknown() {
    assertThat(validate("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          A: {Type: Custom::Thing, Properties: {ServiceToken: x, Anything: 1}}
          B: {Type: AWS::CloudFormation::CustomResource, Properties: {ServiceToken: x, Anything: 1}}
          C: {Type: MyOrg::Thing::Widget, Properties: {Whatever: 1}}
          D: {Type: MyOrg::Network::Vpc::MODULE, Properties: {Cidr: x}}
          E: {Type: AWS::Serverless::Function, Properties: {Handler: x}}
          F: {Type: AWS::Serverless::Connector, Properties: {Source: {Id: E}}}
        Outputs:
          O1: {Value: !GetAtt A.Whatever}
          O2: {Value: !GetAtt C.Anything}
          O3: {Value: !GetAtt E.NotThere}
        """)).isEmpty();
  }

  @Test
  void getAttOfAnAttributeTheTypeLacks() {
    List<Finding> findings = validate("""
        Resources:
          Q: {Type: AWS::SQS::Queue}
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {DBInstanceClass: db.t3.micro, Engine: mysql}
          Nested: {Type: AWS::CloudFormation::Stack, Properties: {TemplateURL: https://x}}
        Outputs:
          Good: {Value: !GetAtt Q.Arn}
          Dotted: {Value: !GetAtt Db.Endpoint.Address}
          NestedOut: {Value: !GetAtt Nested.Outputs.Thing}
          Dynamic: {Value: !GetAtt [Q, !Ref AWS::Region]}
          Bad: {Value: !GetAtt Q.Arnn}
          BadSub: {Value: !Sub "${Q.Url}"}
        """);

    assertThat(findings).extracting(Finding::code).containsOnly("unknown-getatt-attribute");
    assertThat(findings).extracting(Finding::message).containsExactlyInAnyOrder(
        "'Q.Arnn': AWS::SQS::Queue has no attribute 'Arnn'; did you mean Arn?",
        "'Q.Url': AWS::SQS::Queue has no attribute 'Url'; it has 'Arn', 'QueueName', 'QueueUrl'");
  }
}
