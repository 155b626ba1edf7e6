package io.github.stackdocs.bind;

import static io.github.stackdocs.bind.Fixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each intrinsic function against CloudFormation's documented semantics, with a scope that knows some values. */
class EvaluatorTest {
  /** Line 30 of the template holds the property V whose value each case sets. */
  static String template(String expression) {
    return """
        Transform: AWS::LanguageExtensions
        Parameters:
          Env: {Type: String, Default: prod}
          Subnets: {Type: CommaDelimitedList}
          Secret: {Type: String, NoEcho: true}
          Count: {Type: Number}
          Unset: {Type: String}
        Mappings:
          RegionMap:
            us-east-1: {Ami: ami-1, Zones: [a, b]}
            eu-west-1: {Ami: ami-2}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
          Unknown: !Equals [!Ref Unset, x]
          Both: !And [!Condition IsProd, !Condition Unknown]
          Either: !Or [!Condition IsProd, !Condition Unknown]
          NotEither: !And [!Condition IsDev, !Condition Unknown]
          CountIs3: !Equals [!Ref Count, 3]
          BoolText: !Equals [true, "true"]
          SecretIsMarker: !Equals [!Ref Secret, "%s"]
          ListEquals: !Equals [!Ref Subnets, [a, b, c]]
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              Other: x
              V: %s
        """.formatted(Fixture.MARKER, expression);
  }

  private final List<Finding> findings = new ArrayList<>();

  private Node expression(Stack stack) {
    return stack.resource("Bucket").orElseThrow().properties().get("V");
  }

  private Optional<Node> resolve(String expression) {
    Stack stack = Fixture.read(template(expression));
    return new Evaluator(stack, Fixture.scope(), findings).resolve(expression(stack));
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of("!Ref Env", "\"prod\""),
        Arguments.of("!Ref Subnets", "[\"a\",\"b\",\"c\"]"),
        Arguments.of("!Ref AWS::Region", "\"us-east-1\""),
        Arguments.of("!Ref AWS::NotificationARNs", "{\"Ref\":\"AWS::NotificationARNs\"}"),
        Arguments.of("!Ref Unset", "{\"Ref\":\"Unset\"}"),
        Arguments.of("!Ref Bucket", "{\"Ref\":\"Bucket\"}"),
        Arguments.of("!GetAtt Bucket.Arn", "{\"Fn::GetAtt\":[\"Bucket\",\"Arn\"]}"),
        Arguments.of("!Sub '${AWS::StackName}-${Env}'", "\"app-prod\""),
        Arguments.of("!Sub 'arn:aws:s3:::${Bucket}'", "{\"Fn::Sub\":\"arn:aws:s3:::${Bucket}\"}"),
        Arguments.of("!Sub 'arn:${AWS::Partition}:s3:::${Bucket}/${Env}'",
            "{\"Fn::Sub\":\"arn:aws:s3:::${Bucket}/prod\"}"),
        Arguments.of("!Sub '${Bucket.Arn}/${AWS::AccountId}'", "{\"Fn::Sub\":\"${Bucket.Arn}/123456789012\"}"),
        Arguments.of("!Sub '${!Literal}-${Env}'", "\"${Literal}-prod\""),
        Arguments.of("!Sub '${!Literal}-${Bucket}'", "{\"Fn::Sub\":\"${!Literal}-${Bucket}\"}"),
        Arguments.of("!Sub ['${A}-${B}', {A: !Ref Env, B: !Ref Bucket}]",
            "{\"Fn::Sub\":[\"prod-${B}\",{\"B\":{\"Ref\":\"Bucket\"}}]}"),
        Arguments.of("!Sub ['${A}-${B}', {A: !Ref Env, B: x}]", "\"prod-x\""),
        Arguments.of("!Sub ['${Env}', {Env: shadowed}]", "\"shadowed\""),
        Arguments.of("!Join ['-', [a, !Ref Env, 1, true]]", "\"a-prod-1-true\""),
        Arguments.of("!Join [',', !Ref Subnets]", "\"a,b,c\""),
        Arguments.of("!Join ['-', [a, !Ref Bucket]]", "{\"Fn::Join\":[\"-\",[\"a\",{\"Ref\":\"Bucket\"}]]}"),
        Arguments.of("!Join ['-', [a, !Ref Env, !Ref Bucket]]",
            "{\"Fn::Join\":[\"-\",[\"a\",\"prod\",{\"Ref\":\"Bucket\"}]]}"),
        Arguments.of("!Select [1, !Ref Subnets]", "\"b\""),
        Arguments.of("!Select ['0', [x, !Ref Bucket]]", "\"x\""),
        Arguments.of("!Select [1, [x, !Ref Bucket]]", "{\"Ref\":\"Bucket\"}"),
        Arguments.of("!Select [0, [x, !If [Unknown, y, !Ref AWS::NoValue], z]]", "\"x\""),
        Arguments.of("!Select [2, [x, !If [Unknown, y, !Ref AWS::NoValue], z]]",
            "{\"Fn::Select\":[2,[\"x\",{\"Fn::If\":[\"Unknown\",\"y\",{\"Ref\":\"AWS::NoValue\"}]},\"z\"]]}"),
        Arguments.of("!Select [0, !GetAtt Vpc.Ipv6CidrBlocks]",
            "{\"Fn::Select\":[0,{\"Fn::GetAtt\":[\"Vpc\",\"Ipv6CidrBlocks\"]}]}"),
        Arguments.of("!Split [',', 'a,,b']", "[\"a\",\"\",\"b\"]"),
        Arguments.of("!Select [2, !Split ['/', x/y/z]]", "\"z\""),
        Arguments.of("!FindInMap [RegionMap, !Ref AWS::Region, Ami]", "\"ami-1\""),
        Arguments.of("!FindInMap [RegionMap, !Ref AWS::Region, Zones]", "[\"a\",\"b\"]"),
        Arguments.of("!FindInMap [RegionMap, eu-west-1, Zones, {DefaultValue: none}]", "\"none\""),
        Arguments.of("!FindInMap [RegionMap, !Ref Unset, Ami]",
            "{\"Fn::FindInMap\":[\"RegionMap\",{\"Ref\":\"Unset\"},\"Ami\"]}"),
        Arguments.of("!If [IsProd, big, small]", "\"big\""),
        Arguments.of("!If [IsDev, big, small]", "\"small\""),
        Arguments.of("!If [Either, a, b]", "\"a\""),
        Arguments.of("!If [NotEither, a, b]", "\"b\""),
        Arguments.of("!If [CountIs3, a, b]", "\"a\""),
        Arguments.of("!If [BoolText, a, b]", "\"a\""),
        Arguments.of("!If [ListEquals, a, b]", "\"a\""),
        Arguments.of("!If [Both, a, b]", "{\"Fn::If\":[\"Both\",\"a\",\"b\"]}"),
        Arguments.of("!If [Unknown, !Ref Env, !Ref AWS::NoValue]",
            "{\"Fn::If\":[\"Unknown\",\"prod\",{\"Ref\":\"AWS::NoValue\"}]}"),
        Arguments.of("[a, !If [IsDev, b, !Ref AWS::NoValue], c]", "[\"a\",\"c\"]"),
        Arguments.of("{K: !Ref AWS::NoValue, L: 1}", "{\"L\":1}"),
        Arguments.of("{K: !If [IsProd, !Ref AWS::NoValue, x], L: [!Ref Env]}", "{\"L\":[\"prod\"]}"),
        Arguments.of("!GetAZs ''", "[\"us-east-1a\",\"us-east-1b\",\"us-east-1c\",\"us-east-1d\",\"us-east-1e\","
            + "\"us-east-1f\"]"),
        Arguments.of("!GetAZs {Ref: AWS::Region}", "[\"us-east-1a\",\"us-east-1b\",\"us-east-1c\",\"us-east-1d\","
            + "\"us-east-1e\",\"us-east-1f\"]"),
        Arguments.of("!GetAZs eu-west-1", "[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\"]"),
        Arguments.of("!Select [0, !GetAZs '']", "\"us-east-1a\""),
        // the AWS docs' example: six /27 subnets of 192.168.0.0/24
        Arguments.of("!Cidr ['192.168.0.0/24', 6, 5]", "[\"192.168.0.0/27\",\"192.168.0.32/27\","
            + "\"192.168.0.64/27\",\"192.168.0.96/27\",\"192.168.0.128/27\",\"192.168.0.160/27\"]"),
        Arguments.of("!Cidr ['10.0.0.0/16', 2, 8]", "[\"10.0.0.0/24\",\"10.0.1.0/24\"]"),
        Arguments.of("!Cidr ['2001:db8::/56', 3, 64]",
            "[\"2001:db8::/64\",\"2001:db8:0:1::/64\",\"2001:db8:0:2::/64\"]"),
        Arguments.of("!Cidr ['2600:1f16:ab:1200::/56', 2, 64]",
            "[\"2600:1f16:ab:1200::/64\",\"2600:1f16:ab:1201::/64\"]"),
        Arguments.of("!Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 2, 8]]",
            "{\"Fn::Select\":[1,{\"Fn::Cidr\":[{\"Fn::GetAtt\":[\"Vpc\",\"CidrBlock\"]},2,8]}]}"),
        Arguments.of("!Base64 {'Fn::Sub': 'echo ${Env}'}", "\"ZWNobyBwcm9k\""),
        Arguments.of("!Base64 {Ref: Bucket}", "{\"Fn::Base64\":{\"Ref\":\"Bucket\"}}"),
        Arguments.of("!Length [a, b, !Ref Bucket]", "3"),
        Arguments.of("!Length {Ref: Subnets}", "3"),
        Arguments.of("!Length [a, !If [Unknown, b, !Ref AWS::NoValue]]",
            "{\"Fn::Length\":[\"a\",{\"Fn::If\":[\"Unknown\",\"b\",{\"Ref\":\"AWS::NoValue\"}]}]}"),
        // the AWS docs' example
        Arguments.of("!ToJsonString {key1: value1, key2: !Ref Env}", "\"{\\\"key1\\\":\\\"value1\\\","
            + "\\\"key2\\\":\\\"prod\\\"}\""),
        Arguments.of("!ToJsonString [1, !Ref Env]", "\"[1,\\\"prod\\\"]\""),
        Arguments.of("!ToJsonString {a: !Ref Bucket}", "{\"Fn::ToJsonString\":{\"a\":{\"Ref\":\"Bucket\"}}}"),
        Arguments.of("!ImportValue shared-vpc", "\"vpc-123\""),
        Arguments.of("!ImportValue {'Fn::Sub': '${Env}-db'}", "{\"Fn::ImportValue\":\"prod-db\"}"),
        Arguments.of("!ImportValue {'Fn::Sub': '${Bucket}-db'}", "{\"Fn::ImportValue\":{\"Fn::Sub\":\"${Bucket}-db\"}}"),
        Arguments.of("{'Fn::Transform': {Name: AWS::Include, Parameters: {Location: !Ref Env}}}",
            "{\"Fn::Transform\":{\"Name\":\"AWS::Include\",\"Parameters\":{\"Location\":{\"Ref\":\"Env\"}}}}"),
        Arguments.of("{'Fn::GetStackOutput': {StackName: !Ref Env, OutputName: Out}}",
            "{\"Fn::GetStackOutput\":{\"StackName\":{\"Ref\":\"Env\"},\"OutputName\":\"Out\"}}"),
        Arguments.of("{'Fn::Sub': {'Fn::Transform': {Name: UserData}}}",
            "{\"Fn::Sub\":{\"Fn::Transform\":{\"Name\":\"UserData\"}}}"),
        Arguments.of("{'Fn::Unheard': [!Ref Env]}", "{\"Fn::Unheard\":[{\"Ref\":\"Env\"}]}"),
        Arguments.of("{Condition: {StringEquals: {k: !Ref Env}}}", "{\"Condition\":{\"StringEquals\":{\"k\":\"prod\"}}}"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("values")
  void resolvesAsCloudFormationDocuments(String expression, String expected) {
    assertThat(resolve(expression)).map(Fixture::json).contains(expected);
    assertThat(findings).isEmpty();
  }

  @Test
  void aNoValueAtTheTopIsLeftOut() {
    assertThat(resolve("!Ref AWS::NoValue")).isEmpty();
    assertThat(resolve("!If [IsProd, !Ref AWS::NoValue, x]")).isEmpty();
  }

  @Test
  void aResolvedValueKeepsTheLocationOfTheExpressionItReplaces() {
    Stack stack = Fixture.read(template("!Ref Env"));
    Node expr = expression(stack);
    Node value = new Evaluator(stack, Fixture.scope(), findings).resolve(expr).orElseThrow();
    assertThat(value.location()).isEqualTo(expr.location());
    assertThat(value.location().line()).isEqualTo(30);
    Node sub = new Evaluator(Fixture.read(template("!Sub 'x-${Env}'")), Fixture.scope(), findings)
        .resolve(expression(Fixture.read(template("!Sub 'x-${Env}'")))).orElseThrow();
    assertThat(sub.location().line()).isEqualTo(30);
  }

  @Test
  void conditionsAreDecidedByWhatIsKnown() {
    Stack stack = Fixture.read(template("x"));
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    assertThat(e.condition("IsProd")).isEqualTo(Truth.TRUE);
    assertThat(e.condition("IsDev")).isEqualTo(Truth.FALSE);
    assertThat(e.condition("Unknown")).isEqualTo(Truth.UNKNOWN);
    assertThat(e.condition("Both")).isEqualTo(Truth.UNKNOWN);
    assertThat(e.condition("Either")).isEqualTo(Truth.TRUE);
    assertThat(e.condition("NotEither")).isEqualTo(Truth.FALSE);
    assertThat(e.condition("NoSuchCondition")).isEqualTo(Truth.UNKNOWN);
    assertThat(new Evaluator(stack, Scope.NONE, findings).condition("IsProd")).isEqualTo(Truth.UNKNOWN);
    assertThat(findings).isEmpty();
  }

  @Test
  void textIsAKnownScalar() {
    Stack stack = Fixture.read(template("!Sub '${Env}-vpc'"));
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    assertThat(e.text(expression(stack))).contains("prod-vpc");
    Stack list = Fixture.read(template("!Ref Subnets"));
    assertThat(new Evaluator(list, Fixture.scope(), findings).text(expression(list))).isEmpty();
    Stack symbolic = Fixture.read(template("!Ref Bucket"));
    assertThat(new Evaluator(symbolic, Fixture.scope(), findings).text(expression(symbolic))).isEmpty();
  }

  @Test
  void pruneAppliesOnlyTheEnvironmentsChoices() {
    assertThat(prune("!If [IsProd, !Ref Bucket, !Ref AWS::NoValue]")).map(Fixture::json)
        .contains("{\"Ref\":\"Bucket\"}");
    assertThat(prune("[!Ref Env, !If [IsDev, x, !Ref AWS::NoValue]]")).map(Fixture::json)
        .contains("[{\"Ref\":\"Env\"}]");
    assertThat(prune("!Join ['', [!Ref Env, !If [Unknown, a, !Ref AWS::NoValue]]]")).map(Fixture::json)
        .contains("{\"Fn::Join\":[\"\",[{\"Ref\":\"Env\"},{\"Fn::If\":[\"Unknown\",\"a\",{\"Ref\":\"AWS::NoValue\"}]}]]}");
    assertThat(prune("{A: !Ref AWS::NoValue, B: !Sub '${Env}'}")).map(Fixture::json)
        .contains("{\"B\":{\"Fn::Sub\":\"${Env}\"}}");
    assertThat(prune("!If [IsDev, x, !Ref AWS::NoValue]")).isEmpty();
  }

  private Optional<Node> prune(String expression) {
    Stack stack = Fixture.read(template(expression));
    return new Evaluator(stack, Fixture.scope(), findings).prune(expression(stack));
  }

  @Test
  void evaluatesTheCorpusShapesOfSubWithoutChangingWhatIsNotKnown() {
    // a Sub with nothing known is returned as written, the same node
    Stack stack = Fixture.read(template("!Sub 'arn:${AWS::Partition}:s3:::${Bucket}'"));
    Node expr = expression(stack);
    assertThat(new Evaluator(stack, Scope.NONE, findings).resolve(expr)).containsSame(expr);
  }

  @Test
  void aSubstitutedValueHoldingAPlaceholderIsEscapedInAPartialSub() {
    Fixture.TestScope scope = Fixture.scope().string("Env", "${NotAVariable}");
    Stack stack = Fixture.read(template("!Sub '${Env}-${Bucket}'"));
    assertThat(new Evaluator(stack, scope, findings).resolve(expression(stack))).map(Fixture::json)
        .contains("{\"Fn::Sub\":\"${!NotAVariable}-${Bucket}\"}");
  }
}
