package io.github.stackdocs.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.read.cfn.CfnTemplateReader;
import org.junit.jupiter.api.Test;

class NodesTest {
  private static Node value(String yaml) {
    return new CfnTemplateReader().read("t.yaml", "t", "Resources:\n  R:\n    Type: T\n    Properties:\n      P: " + yaml + "\n")
        .stack().orElseThrow().resources().get(0).properties().get("P");
  }

  @Test
  void sameComparesStructureAndTextNotLocationAndNullsOnlyWhenAsked() {
    assertThat(Nodes.same(value("{a: [1, x], b: !Ref Y}"), value("{b: {Ref: Y}, a: ['1', x]}"), true)).isTrue();
    assertThat(Nodes.same(value("[1, 2]"), value("[2, 1]"), true)).isFalse();
    assertThat(Nodes.same(value("{a: 1}"), value("{a: 1, b: 2}"), true)).isFalse();
    assertThat(Nodes.same(value("null"), value("null"), true)).isTrue();
    assertThat(Nodes.same(value("null"), value("null"), false)).isFalse();
    assertThat(Nodes.same(value("''"), value("null"), true)).isFalse();
    assertThat(Nodes.same(null, null, true)).isTrue();
    assertThat(Nodes.same(null, null, false)).isFalse();
  }

  @Test
  void appendQuotedEscapesLikeJson() {
    StringBuilder sb = new StringBuilder();
    Nodes.appendQuoted(sb, "a\"b\\c\nd\te\u0001");
    assertThat(sb).hasToString("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  }
}
