package io.github.stackdocs.render.runbook;

import static io.github.stackdocs.render.Fixtures.list;
import static io.github.stackdocs.render.Fixtures.map;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A runbook shows a template value whole, however long: the page wraps it, it never cuts it. */
class ValuesTest {
  @Test
  void aLongValueIsShownWhole() {
    String[] subnets = new String[12];
    for (int i = 0; i < subnets.length; i++) {
      subnets[i] = "subnet-0123456789abcdef" + Integer.toHexString(i);
    }
    String text = Values.text(map("SubnetIds", list((Object[]) subnets), "AssignPublicIp", "DISABLED"));

    assertThat(text).hasSizeGreaterThan(300).doesNotContain("…")
        .contains(subnets[0], subnets[11], "AssignPublicIp: DISABLED");
  }
}
