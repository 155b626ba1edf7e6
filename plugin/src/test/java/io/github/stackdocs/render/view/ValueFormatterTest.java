package io.github.stackdocs.render.view;

import static io.github.stackdocs.render.Fixtures.getAtt;
import static io.github.stackdocs.render.Fixtures.importValue;
import static io.github.stackdocs.render.Fixtures.list;
import static io.github.stackdocs.render.Fixtures.map;
import static io.github.stackdocs.render.Fixtures.node;
import static io.github.stackdocs.render.Fixtures.ref;
import static io.github.stackdocs.render.Fixtures.sub;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {

  @Test
  void intrinsicsInShortForm() {
    assertThat(ValueFormatter.format(ref("Bucket"))).isEqualTo("!Ref Bucket");
    assertThat(ValueFormatter.format(ref("AWS::Region"))).isEqualTo("!Ref AWS::Region");
    assertThat(ValueFormatter.format(getAtt("Fn", "Arn"))).isEqualTo("!GetAtt Fn.Arn");
    assertThat(ValueFormatter.format(map("Fn::GetAtt", "Db.Endpoint.Address"))).isEqualTo("!GetAtt Db.Endpoint.Address");
    assertThat(ValueFormatter.format(sub("${AWS::StackName}-x"))).isEqualTo("!Sub \"${AWS::StackName}-x\"");
    assertThat(ValueFormatter.format(map("Fn::Sub", list("${A}-${B}", map("B", ref("X"))))))
        .isEqualTo("!Sub [\"${A}-${B}\", {B: !Ref X}]");
    assertThat(ValueFormatter.format(importValue("net-VpcId"))).isEqualTo("!ImportValue net-VpcId");
    assertThat(ValueFormatter.format(importValue(sub("${Env}-VpcId")))).isEqualTo("!ImportValue !Sub \"${Env}-VpcId\"");
    assertThat(ValueFormatter.format(map("Fn::If", list("IsProd", 3, ref("AWS::NoValue")))))
        .isEqualTo("!If [IsProd, 3, !Ref AWS::NoValue]");
    assertThat(ValueFormatter.format(map("Fn::Join", list("", list("arn:aws:s3:::", ref("B"))))))
        .isEqualTo("!Join [\"\", [\"arn:aws:s3:::\", !Ref B]]");
    assertThat(ValueFormatter.format(map("Condition", "IsProd"))).isEqualTo("!Condition IsProd");
  }

  @Test
  void scalarsAndFlowCollections() {
    assertThat(ValueFormatter.format(node("plain"))).isEqualTo("plain");
    assertThat(ValueFormatter.format(node(42L))).isEqualTo("42");
    assertThat(ValueFormatter.format(node(true))).isEqualTo("true");
    assertThat(ValueFormatter.format(node(""))).isEqualTo("\"\"");
    assertThat(ValueFormatter.format(node("a, b: \"c\"\nd"))).isEqualTo("\"a, b: \\\"c\\\"\\nd\"");
    assertThat(ValueFormatter.format(map("Key", "Name", "Value", 1))).isEqualTo("{Key: Name, Value: 1}");
    assertThat(ValueFormatter.format(list("a", list(), map()))).isEqualTo("[a, [], {}]");
    assertThat(ValueFormatter.format(new io.github.stackdocs.model.Node.ScalarNode(null,
        io.github.stackdocs.model.SourceLocation.UNKNOWN))).isEqualTo("null");
  }

  @Test
  void longValuesAreCutAt120WithEllipsis() {
    String s = ValueFormatter.format(list(Collections.nCopies(100, "item").toArray()));
    assertThat(s).hasSize(120).startsWith("[item, item").endsWith("…");
  }

  @Test
  void inlineNeverCuts() {
    String s = ValueFormatter.inline(list(Collections.nCopies(100, "item").toArray()));
    assertThat(s).hasSize(2 + 100 * 4 + 99 * 2).endsWith("item]").doesNotContain("…");
  }

  @Test
  void everyPropertyIsShownInSourceOrderAndBigStructuresWhole() {
    var props = map(
        "Z", "first",
        "Role", getAtt("R", "Arn"),
        "Small", list("a", "b"),
        "Policy", map("Version", "2012-10-17", "Statement", list(map("Effect", "Allow", "Action", "s3:GetObject",
            "Resource", "arn:aws:s3:::bucket/*"))),
        "Tags", list(map("Key", "a-long-key-name", "Value", "a-long-value"), map("Key", "b", "Value", "c-long")),
        "P6", 6, "P7", 7, "P8", 8, "P9", 9);
    var shown = KeyProperties.of(props);
    assertThat(shown).extracting(PropertyView::name)
        .containsExactly("Z", "Role", "Small", "Policy", "Tags", "P6", "P7", "P8", "P9");
    assertThat(shown.subList(0, 3)).containsExactly(
        new PropertyView("Z", "first", ""),
        new PropertyView("Role", "!GetAtt R.Arn", ""),
        new PropertyView("Small", "[a, b]", ""));
    assertThat(shown.get(8)).isEqualTo(new PropertyView("P9", "9", ""));

    PropertyView policy = shown.get(3);
    assertThat(policy.value()).isEqualTo("1 statement");
    assertThat(policy.detail().table().caption()).isEqualTo("Version 2012-10-17");
    assertThat(policy.detail().table().rows()).containsExactly(List.of(List.of("Allow"), List.of(),
        List.of("s3:GetObject"), List.of("arn:aws:s3:::bucket/*"), List.of()));

    PropertyView tags = shown.get(4);
    assertThat(tags.value()).isEqualTo("2 items");
    assertThat(tags.detail().entries()).extracting(e -> e.key() + "=" + e.value().text())
        .containsExactly("a-long-key-name=a-long-value", "b=c-long");
    assertThat(shown).noneMatch(p -> p.value().contains("…"));
  }
}
