package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments are findings at the expression's file:line:column, the part stays symbolic, never an exception. */
class EvaluatorErrorsTest {
  private final List<Finding> findings = new ArrayList<>();

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("!Select [5, [a, b]]", "select-out-of-range", "index 5 is out of range for a list of 2 items"),
        Arguments.of("!Select [-1, !Ref Subnets]", "select-out-of-range", "expected 0 to 2"),
        Arguments.of("!Select [x, [a]]", "malformed-intrinsic", "an index that is a whole number"),
        Arguments.of("!Select [a]", "malformed-intrinsic", "Fn::Select expects [index, list]"),
        Arguments.of("!Select [0, !Ref Env]", "malformed-intrinsic", "a list to select from, found a string"),
        Arguments.of("!FindInMap [RegionMap, eu-west-1, Zones]", "find-in-map-missing-key",
            "mapping 'RegionMap' has no key 'Zones' under 'eu-west-1'"),
        Arguments.of("!FindInMap [RegionMap, ap-south-2, Ami]", "find-in-map-missing-key",
            "has no top-level key 'ap-south-2'"),
        Arguments.of("!FindInMap [NoSuchMap, a, b]", "find-in-map-missing-key", "there is no mapping 'NoSuchMap'"),
        Arguments.of("!FindInMap [RegionMap, a]", "malformed-intrinsic", "[MapName, TopLevelKey, SecondLevelKey]"),
        Arguments.of("!Join x", "malformed-intrinsic", "Fn::Join expects [delimiter, list of values]"),
        Arguments.of("!Join ['', [a, {k: v}]]", "malformed-intrinsic", "a list of strings, found a mapping at item 1"),
        Arguments.of("!Join ['', !Ref Env]", "malformed-intrinsic", "found [a string, a string]"),
        Arguments.of("!Sub [a, b, c]", "malformed-intrinsic", "Fn::Sub expects a string, or [string, mapping"),
        Arguments.of("!Sub ['${A}', {A: [x]}]", "malformed-intrinsic", "variable 'A' to be a string"),
        Arguments.of("!Sub '${Subnets}'", "malformed-intrinsic", "variable 'Subnets' to be a string"),
        Arguments.of("!Split ['', abc]", "malformed-intrinsic", "a delimiter that is not empty"),
        Arguments.of("!Base64 [a]", "malformed-intrinsic", "Fn::Base64 expects a string"),
        Arguments.of("!If [IsProd]", "malformed-intrinsic", "[condition name, value if true, value if false]"),
        Arguments.of("!Ref [a]", "malformed-intrinsic", "the name of a parameter"),
        Arguments.of("!Cidr ['10.0.0.0/24', 300, 5]", "cidr-invalid", "a count of subnets from 1 to 256, found 300"),
        Arguments.of("!Cidr ['10.0.0.0/28', 2, 5]", "cidr-invalid", "cidrBits from 0 to 4 for a /28 block"),
        Arguments.of("!Cidr ['10.0.0.0/24', 9, 5]", "cidr-invalid", "at most 8 subnets of /27"),
        Arguments.of("!Cidr ['10.0.300.0/24', 1, 5]", "cidr-invalid", "four numbers from 0 to 255"),
        Arguments.of("!Cidr ['2001:db8:::/56', 1, 64]", "cidr-invalid", "at most one '::'"),
        Arguments.of("!Cidr [a, 1]", "malformed-intrinsic", "[ipBlock, count, cidrBits]"),
        Arguments.of("!Length x", "malformed-intrinsic", "Fn::Length expects a list"),
        Arguments.of("!ToJsonString x", "malformed-intrinsic", "a mapping or a list"),
        Arguments.of("!GetAZs [a]", "malformed-intrinsic", "a region name"),
        Arguments.of("!ImportValue [a]", "malformed-intrinsic", "the name of an export"),
        Arguments.of("!GetAZs mars-north-1", "unknown-region", "no Availability Zones are known for region"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("errors")
  void badArgumentsAreOneFindingAtTheExpression(String expression, String code, String message) {
    var read = Fixture.readAll(EvaluatorTest.template(expression));
    Stack stack = read.stack().orElseThrow();
    Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    Node result = e.resolve(expr).orElseThrow();
    e.resolve(expr); // the binder may resolve an expression twice: still one finding
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo(code);
    assertThat(f.message()).contains(message);
    assertThat(f.location().file()).isEqualTo("t.yaml");
    assertThat(f.location().line()).isEqualTo(30);
    assertThat(f.location().column()).isGreaterThan(0);
    assertThat(f.stack()).isEqualTo("app");
    assertThat(f.severity()).isEqualTo(code.equals("unknown-region") ? Severity.INFO : Severity.ERROR);
    assertThat(Evaluator.known(result)).as("the part stays symbolic").isFalse();
    // a shape the reader checks already is its finding at the same place, which the binder then drops as a repeat
    read.findings().stream().filter(r -> r.severity() == Severity.ERROR).forEach(r -> {
      assertThat(r.code()).isEqualTo(f.code());
      assertThat(r.location()).isEqualTo(f.location());
    });
  }

  private static final String CYCLE = """
      Parameters:
        Env: {Type: String}
      Conditions:
        A: !Condition B
        B: !Not [!Condition C]
        C: !Or [!Condition A, !Equals [!Ref Env, prod]]
        D: !Not [!Condition A]
        Self: !And [!Condition Self, !Equals [a, a]]
        Fine: !Equals [!Ref Env, prod]
        Bad: !Equals [a]
        NotACondition: !Ref Env
      Resources:
        R: {Type: AWS::SNS::Topic}
      """;

  @Test
  void aCircularConditionIsReportedOnceAndIsUnknown() {
    Stack stack = Fixture.readAll(CYCLE).stack().orElseThrow();
    Evaluator e = new Evaluator(stack, Fixture.scope(), findings);
    for (int round = 0; round < 2; round++) {
      assertThat(e.condition("A")).isEqualTo(Truth.UNKNOWN);
      assertThat(e.condition("B")).isEqualTo(Truth.UNKNOWN);
      assertThat(e.condition("C")).isEqualTo(Truth.UNKNOWN); // true by its Equals, but CloudFormation rejects it
      assertThat(e.condition("D")).isEqualTo(Truth.UNKNOWN);
      assertThat(e.condition("Self")).isEqualTo(Truth.UNKNOWN);
      assertThat(e.condition("Fine")).isEqualTo(Truth.TRUE);
      assertThat(e.condition("Bad")).isEqualTo(Truth.UNKNOWN);
      assertThat(e.condition("NotACondition")).isEqualTo(Truth.UNKNOWN);
    }
    assertThat(findings).extracting(Finding::code)
        .containsExactlyInAnyOrder("circular-condition", "circular-condition", "malformed-intrinsic",
            "malformed-intrinsic");
    assertThat(findings).filteredOn(f -> f.code().equals("circular-condition"))
        .extracting(f -> f.location().line()).containsExactlyInAnyOrder(4, 8);
    assertThat(findings).filteredOn(f -> f.code().equals("circular-condition")).first()
        .extracting(Finding::message).asString().contains("A -> B -> C -> A");
  }

  @Test
  void aHugeResultIsCappedWithAFinding() {
    String big = "x".repeat(700_000);
    Fixture.TestScope scope = Fixture.scope().string("Env", big);
    for (String expression : List.of("!Join ['', [!Ref Env, !Ref Env]]", "!Sub '${Env}${Env}'",
        "!ToJsonString [!Ref Env, !Ref Env]", "!Base64 {'Fn::Join': ['', [!Ref Env, !Ref Env]]}")) {
      findings.clear();
      Stack stack = Fixture.read(EvaluatorTest.template(expression));
      Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
      long start = System.nanoTime();
      Node result = new Evaluator(stack, scope, findings).resolve(expr).orElseThrow();
      assertThat((System.nanoTime() - start) / 1_000_000).as(expression).isLessThan(2_000);
      assertThat(Evaluator.known(result)).as(expression).isFalse();
      assertThat(findings).as(expression).extracting(Finding::code).contains("value-too-large");
    }
  }

  @Test
  void deeplyNestedExpressionsDoNotThrow() {
    String expression = "!Join ['', [" + "{'Fn::Join': ['', [".repeat(60) + "a" + "]]}".repeat(60) + "]]";
    var read = Fixture.readAll(EvaluatorTest.template(expression));
    Stack stack = read.stack().orElseThrow();
    Node expr = stack.resource("Bucket").orElseThrow().properties().get("V");
    assertThat(new Evaluator(stack, Fixture.scope(), findings).resolve(expr)).map(Fixture::json).contains("\"a\"");
  }
}
