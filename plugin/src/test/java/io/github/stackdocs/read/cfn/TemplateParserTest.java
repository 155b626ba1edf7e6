package io.github.stackdocs.read.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateParserTest {

  private record Parsed(MapNode root, List<Finding> findings) {}

  private static Parsed parse(String file, String text) {
    Problems problems = new Problems(file, "s");
    ParsedTemplate t = TemplateParser.parse(file, text.getBytes(StandardCharsets.UTF_8), problems);
    return new Parsed(t.root().orElse(null), problems.findings());
  }

  private static Node value(String yaml) {
    Parsed p = parse("t.yaml", "v: " + yaml + "\n");
    assertThat(p.findings()).isEmpty();
    return p.root().get("v");
  }

  private static String compact(String yaml) {
    return NodeText.compact(value(yaml));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "!Ref X                      | {\"Ref\":\"X\"}",
    "!Condition C                | {\"Condition\":\"C\"}",
    "!GetAtt A.B.C               | {\"Fn::GetAtt\":[\"A\",\"B.C\"]}",
    "!GetAtt [A, B]              | {\"Fn::GetAtt\":[\"A\",\"B\"]}",
    "!Sub 'x-${AWS::Region}'     | {\"Fn::Sub\":\"x-${AWS::Region}\"}",
    "!Sub ['${a}', {a: 1}]       | {\"Fn::Sub\":[\"${a}\",{\"a\":1}]}",
    "!Join [',', [a, b]]         | {\"Fn::Join\":[\",\",[\"a\",\"b\"]]}",
    "!Select [0, !GetAZs '']     | {\"Fn::Select\":[0,{\"Fn::GetAZs\":\"\"}]}",
    "!Split [',', s]             | {\"Fn::Split\":[\",\",\"s\"]}",
    "!If [C, a, b]               | {\"Fn::If\":[\"C\",\"a\",\"b\"]}",
    "!Equals [a, b]              | {\"Fn::Equals\":[\"a\",\"b\"]}",
    "!And [!Condition A, !Condition B] | {\"Fn::And\":[{\"Condition\":\"A\"},{\"Condition\":\"B\"}]}",
    "!Or [a, b]                  | {\"Fn::Or\":[\"a\",\"b\"]}",
    "!Not [a]                    | {\"Fn::Not\":[\"a\"]}",
    "!FindInMap [M, k, v]        | {\"Fn::FindInMap\":[\"M\",\"k\",\"v\"]}",
    "!Base64 abc                 | {\"Fn::Base64\":\"abc\"}",
    "!Cidr [x, 6, 5]             | {\"Fn::Cidr\":[\"x\",6,5]}",
    "!GetAZs r                   | {\"Fn::GetAZs\":\"r\"}",
    "!ImportValue e              | {\"Fn::ImportValue\":\"e\"}",
    "!Transform {Name: n}        | {\"Fn::Transform\":{\"Name\":\"n\"}}",
    "!Length [a, b]              | {\"Fn::Length\":[\"a\",\"b\"]}",
    "!ToJsonString {a: b}        | {\"Fn::ToJsonString\":{\"a\":\"b\"}}",
    "!ForEach [x, [a], {}]       | {\"Fn::ForEach\":[\"x\",[\"a\"],{}]}",
    "!!str 12                    | \"12\"",
    "!!int 12                    | 12",
    "!!float 1.5                 | 1.5",
    "!!bool true                 | true",
    "!!null null                 | null",
    "!!binary aGVsbG8=           | \"aGVsbG8=\"",
    "!!timestamp 2001-12-14      | \"2001-12-14\"",
    "!!int abc                   | \"abc\"",
  })
  void shortFormTagsBecomeLongForms(String yaml, String expected) {
    assertThat(compact(yaml)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "plain         | plain",
    "'quoted'      | quoted",
    "42            | 42",
    "true          | true",
    "1.5           | 1.5",
    "012345678901  | 012345678901",
    "~             | ''",
  })
  void scalarsKeepTheirText(String yaml, String text) {
    assertThat(((ScalarNode) value(yaml)).text()).isEqualTo(text);
  }

  @Test
  void scalarTypes() {
    assertThat(((ScalarNode) value("42")).value()).isEqualTo(42L);
    assertThat(((ScalarNode) value("'42'")).value()).isEqualTo("42");
    assertThat(((ScalarNode) value("false")).value()).isEqualTo(false);
    assertThat(((ScalarNode) value("null")).isNull()).isTrue();
    Parsed json = parse("t.json", "{\"a\": 1, \"b\": 12345678901234567890123, \"c\": 1.5, \"d\": \"x\"}");
    assertThat(((ScalarNode) json.root().get("a")).value()).isEqualTo(1L);
    assertThat(((ScalarNode) json.root().get("b")).value()).isInstanceOf(java.math.BigInteger.class);
    assertThat(((ScalarNode) json.root().get("c")).value()).isEqualTo(1.5);
  }

  @Test
  void everyNodeAndKeyHasItsLineAndColumn() {
    Parsed p = parse("t.yaml", "# c\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Tags: [a, !Ref b]\n");
    MapNode resources = (MapNode) p.root().get("Resources");
    assertThat(p.root().keyLocation("Resources")).isEqualTo(new SourceLocation("t.yaml", 2, 1));
    assertThat(resources.keyLocation("Bucket")).isEqualTo(new SourceLocation("t.yaml", 3, 3));
    MapNode bucket = (MapNode) resources.get("Bucket");
    assertThat(bucket.get("Type").location()).isEqualTo(new SourceLocation("t.yaml", 4, 11));
    ListNode tags = (ListNode) bucket.get("Tags");
    assertThat(tags.location()).isEqualTo(new SourceLocation("t.yaml", 5, 11));
    assertThat(tags.get(1).location()).isEqualTo(new SourceLocation("t.yaml", 5, 15));
  }

  @Test
  void jsonLocations() {
    Parsed p = parse("t.json", "{\n  \"Resources\": {\n    \"B\": {\"Type\": \"T\"}\n  }\n}\n");
    MapNode resources = (MapNode) p.root().get("Resources");
    assertThat(p.root().keyLocation("Resources")).isEqualTo(new SourceLocation("t.json", 2, 3));
    assertThat(resources.keyLocation("B")).isEqualTo(new SourceLocation("t.json", 3, 5));
    assertThat(((MapNode) resources.get("B")).get("Type").location()).isEqualTo(new SourceLocation("t.json", 3, 19));
  }

  @Test
  void duplicateKeysAreErrorsAtTheSecondKey() {
    Parsed p = parse("t.yaml", "A: 1\nB:\n  x: 1\n  x: 2\n");
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("duplicate-key");
      assertThat(f.message()).isEqualTo("duplicate key 'x' (first defined at line 3)");
      assertThat(f.location()).isEqualTo(new SourceLocation("t.yaml", 4, 3));
    });
    Parsed json = parse("t.json", "{\"a\": 1,\n \"a\": 2}");
    assertThat(json.findings()).singleElement().satisfies(f ->
        assertThat(f.location()).isEqualTo(new SourceLocation("t.json", 2, 2)));
  }

  @Test
  void unknownTagIsAnErrorAndTheValueIsKept() {
    Parsed p = parse("t.yaml", "a: !Foo bar\nb: !Ref c\n");
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("unknown-tag");
      assertThat(f.message()).startsWith("unknown tag !Foo; expected one of !Ref, !Condition, !GetAtt");
      assertThat(f.location()).isEqualTo(new SourceLocation("t.yaml", 1, 4));
    });
    assertThat(((ScalarNode) p.root().get("a")).text()).isEqualTo("bar");
    assertThat(p.root().get("b")).isInstanceOf(MapNode.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "t.yaml | 'a: 1\\nb: [1, 2\\nc: 3\\n'       | yaml-syntax",
    "t.yaml | 'a:\\n  b: 1\\n c: 2\\n'          | yaml-syntax",
    "t.json | '{\\n  \"a\": 1\\n  \"b\": 2\\n}' | json-syntax",
    "t.json | '{\"a\": }'                        | json-syntax",
  })
  void syntaxErrorsHavePositionsAndCleanMessages(String file, String escaped, String code) {
    Parsed p = parse(file, escaped.replace("\\n", "\n"));
    assertThat(p.root()).isNull();
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.location().line()).isPositive();
      assertThat(f.location().column()).isPositive();
      assertThat(f.message()).doesNotContain("Exception", "[Source:", "\n", "com.fasterxml");
    });
  }

  @Test
  void jsonSyntaxErrorPosition() {
    Parsed p = parse("t.json", "{\n  \"a\": 1\n  \"b\": 2\n}");
    assertThat(p.findings().get(0).location()).isEqualTo(new SourceLocation("t.json", 3, 3));
    assertThat(p.findings().get(0).message()).contains("was expecting comma");
  }

  @Test
  void anUnquotedJsonTokenIsNotRepeatedInTheMessageSinceItMayBeASecret() {
    Parsed p = parse("t.json", "{\"Parameters\": {\"Db\": {\"Type\": \"String\", \"NoEcho\": true,"
        + " \"Default\": hunter2secret}}}");
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.message()).contains("Unrecognized token").doesNotContain("hunter2");
      assertThat(f.location().line()).isEqualTo(1);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n\n", "# only a comment\n", "---\n"})
  void emptyTemplates(String text) {
    Parsed p = parse("t.yaml", text);
    assertThat(p.root()).isNull();
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("empty-template");
      assertThat(f.message()).isEqualTo("empty template; expected a mapping with a Resources section");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"- a\n- b\n", "just text\n", "[1]"})
  void topLevelMustBeAMapping(String text) {
    Parsed p = parse("t.template", text);
    assertThat(p.root()).isNull();
    assertThat(p.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("not-a-mapping"));
  }

  @Test
  void formatIsSniffedForTemplateFiles() {
    assertThat(TemplateFormat.detect("x.template", "  {\"a\":1}")).isEqualTo(TemplateFormat.JSON);
    assertThat(TemplateFormat.detect("x.template", "a: 1")).isEqualTo(TemplateFormat.YAML);
    assertThat(TemplateFormat.detect("x.JSON", "a: 1")).isEqualTo(TemplateFormat.JSON);
    assertThat(TemplateFormat.detect("x.yml", "{}")).isEqualTo(TemplateFormat.YAML);
  }

  @Test
  void binaryAndNonUtf8InputAreRejected() {
    Problems problems = new Problems("t.yaml", "s");
    TemplateParser.parse("t.yaml", new byte[] {'a', ':', ' ', 0, 1, 2}, problems);
    assertThat(problems.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("not-text"));
    Problems latin1 = new Problems("t.yaml", "s");
    TemplateParser.parse("t.yaml", "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1), latin1);
    assertThat(latin1.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("not-utf8");
      assertThat(f.location().line()).isEqualTo(2);
    });
  }

  @Test
  void byteOrderMarkIsIgnored() {
    Parsed p = parse("t.json", "\uFEFF{\"a\": 1}");
    assertThat(p.findings()).isEmpty();
    assertThat(p.root().has("a")).isTrue();
  }

  @Test
  void aliasesResolveToTheSameNode() {
    Parsed p = parse("t.yaml", "a: &tags {k: v}\nb: *tags\nc: &s text\nd: *s\n");
    assertThat(p.findings()).isEmpty();
    assertThat(p.root().get("b")).isSameAs(p.root().get("a"));
    assertThat(((ScalarNode) p.root().get("d")).text()).isEqualTo("text");
  }

  @Test
  void undefinedAliasIsAnError() {
    Parsed p = parse("t.yaml", "a: *nothing\n");
    assertThat(p.findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("*nothing"));
  }

  @Test
  void billionLaughsIsStoppedQuickly() {
    StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char prev = (char) (c - 1);
      sb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        sb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      sb.append("]\n");
    }
    long start = System.nanoTime();
    Parsed p = parse("t.yaml", sb.toString());
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isLessThan(Duration.ofSeconds(1));
    assertThat(p.root()).isNull();
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-alias-limit");
      assertThat(f.message()).startsWith("YAML alias limit exceeded");
      assertThat(f.location().line()).isPositive();
    });
  }

  @Test
  void exponentialAliasesWithinTheAliasCountAreStoppedBySize() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 24; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
          .append(i - 1).append("]\n");
    }
    Parsed p = parse("t.yaml", sb.toString());
    assertThat(p.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("yaml-alias-limit"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"t.yaml", "t.json"})
  void deepNestingIsRefused(String file) {
    int depth = 300;
    String text = "[".repeat(depth) + "]".repeat(depth);
    Parsed p = parse(file, file.endsWith("json") ? "{\"a\": " + text + "}" : "a: " + text + "\n");
    assertThat(p.root()).isNull();
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("nesting-too-deep");
      assertThat(f.message()).isEqualTo("nesting deeper than 256 levels");
    });
  }

  @Test
  void onlyTheFirstYamlDocumentIsRead() {
    Parsed p = parse("t.yaml", "a: 1\n---\nb: 2\n");
    assertThat(p.root().has("a")).isTrue();
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.code()).isEqualTo("multi-document");
      assertThat(f.location().line()).isEqualTo(3);
    });
  }

  @Test
  void tagOnAKeyIsAnError() {
    Parsed p = parse("t.yaml", "a: [ !ImportValue Fn::Sub: x ]\n");
    assertThat(p.findings()).singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("key-tag"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"? [a, b]\n: c\n", "a: &k x\n? {k: v}\n: c\n", "a: &k x\n*k : c\n"})
  void aMappingKeyThatIsNotAStringIsAClearErrorWithoutParserClassNames(String yaml) {
    Parsed p = parse("t.yaml", yaml);
    assertThat(p.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-syntax");
      assertThat(f.message()).startsWith("a mapping key must be a plain string, found ").doesNotContain("org.", "Event");
      assertThat(f.location().line()).isPositive();
    });
  }
}
