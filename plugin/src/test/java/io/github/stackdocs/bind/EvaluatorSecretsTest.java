package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret (NoEcho) value may decide a condition, but is never put into a resolved value: the smallest expression
 * that would hold it stays as written, and {@code text()} is empty for it.
 */
class EvaluatorSecretsTest {
  private final List<Finding> findings = new ArrayList<>();

  static Stream<Arguments> secretExpressions() {
    return Stream.of(
        Arguments.of("!Ref Secret", "{\"Ref\":\"Secret\"}"),
        Arguments.of("!Sub '${Env}-${Secret}'", "{\"Fn::Sub\":\"prod-${Secret}\"}"),
        Arguments.of("!Sub ['${A}', {A: !Ref Secret}]", "{\"Fn::Sub\":[\"${A}\",{\"A\":{\"Ref\":\"Secret\"}}]}"),
        Arguments.of("!Join ['-', [!Ref Env, !Ref Secret]]", "{\"Fn::Join\":[\"-\",[\"prod\",{\"Ref\":\"Secret\"}]]}"),
        Arguments.of("!Select [0, !Split ['-', !Ref Secret]]",
            "{\"Fn::Select\":[0,{\"Fn::Split\":[\"-\",{\"Ref\":\"Secret\"}]}]}"),
        Arguments.of("!Split ['-', !Ref Secret]", "{\"Fn::Split\":[\"-\",{\"Ref\":\"Secret\"}]}"),
        Arguments.of("!Base64 {Ref: Secret}", "{\"Fn::Base64\":{\"Ref\":\"Secret\"}}"),
        Arguments.of("!ToJsonString {k: !Ref Secret, e: !Ref Env}",
            "{\"Fn::ToJsonString\":{\"k\":{\"Ref\":\"Secret\"},\"e\":\"prod\"}}"),
        Arguments.of("!Length {'Fn::Split': ['-', !Ref Secret]}",
            "{\"Fn::Length\":{\"Fn::Split\":[\"-\",{\"Ref\":\"Secret\"}]}}"),
        Arguments.of("!FindInMap [Secrets, !Ref Secret, v]",
            "{\"Fn::FindInMap\":[\"Secrets\",{\"Ref\":\"Secret\"},\"v\"]}"),
        Arguments.of("!ImportValue secret-export", "{\"Fn::ImportValue\":\"secret-export\"}"),
        Arguments.of("!ImportValue {'Fn::Sub': '${Secret}'}", "{\"Fn::ImportValue\":{\"Fn::Sub\":\"${Secret}\"}}"),
        Arguments.of("{Password: !Ref Secret, User: !Ref Env}", "{\"Password\":{\"Ref\":\"Secret\"},\"User\":\"prod\"}"),
        Arguments.of("[!Ref Secret, !Ref Env]", "[{\"Ref\":\"Secret\"},\"prod\"]"),
        Arguments.of("!If [IsProd, !Ref Secret, x]", "{\"Ref\":\"Secret\"}"),
        Arguments.of("!Select [!Ref Secret, [a, b]]", "{\"Fn::Select\":[{\"Ref\":\"Secret\"},[\"a\",\"b\"]]}"),
        Arguments.of("!Cidr [!Ref Secret, 1, 5]", "{\"Fn::Cidr\":[{\"Ref\":\"Secret\"},1,5]}"),
        Arguments.of("!GetAZs {Ref: Secret}", "{\"Fn::GetAZs\":{\"Ref\":\"Secret\"}}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("secretExpressions")
  void theSmallestExpressionHoldingASecretStaysAsWritten(String expression, String expected) {
    String yaml = EvaluatorTest.template(expression).replace("Resources:\n",
        "Mappings2: {}\nResources:\n").replace("Mappings2: {}\n", "")
        .replace("Mappings:\n", "Mappings:\n  Secrets:\n    " + Fixture.MARKER + ": {v: found}\n");
    Stack stack = Fixture.read(yaml);
    Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    Node result = e.resolve(expr).orElseThrow();
    assertThat(Fixture.json(result)).isEqualTo(expected).doesNotContain(Fixture.MARKER);
    assertThat(e.text(expr)).isEmpty();
    assertThat(e.prune(expr).map(Fixture::json).orElse("")).doesNotContain(Fixture.MARKER);
    assertThat(findings).allSatisfy(f -> assertThat(f.format()).doesNotContain(Fixture.MARKER));
  }

  @Test
  void aSecretDecidesAConditionButNeverAppears() {
    Stack stack = Fixture.read(EvaluatorTest.template("!If [SecretIsMarker, chosen, other]"));
    Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    assertThat(e.condition("SecretIsMarker")).isEqualTo(Truth.TRUE);
    assertThat(e.resolve(expr)).map(Fixture::json).contains("\"chosen\"");
  }

  @Test
  void badArgumentsFromASecretDoNotQuoteIt() {
    for (String expression : List.of("!Select [!Ref Secret, [a]]", "!Cidr [!Ref Secret, 1, 5]",
        "!FindInMap [RegionMap, !Ref Secret, Ami]")) {
      Stack stack = Fixture.read(EvaluatorTest.template(expression));
      Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
      new Evaluator(stack, Fixture.scope(), findings).resolve(expr);
    }
    assertThat(findings).hasSize(3).allSatisfy(f -> assertThat(f.format()).doesNotContain(Fixture.MARKER));
  }
}
