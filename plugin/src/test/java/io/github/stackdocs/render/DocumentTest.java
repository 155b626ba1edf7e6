package io.github.stackdocs.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTest {
  @Test
  void keepsTheTextAsUtf8AndGivesItBack() {
    String text = "= Stack: ünïcode … 𝄞\n";
    Document d = new Document("stacks/a.adoc", text);
    assertThat(d.content()).isEqualTo(text);
    assertThat(d.utf8()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    assertThat(Document.ofUtf8("stacks/a.adoc", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(new Document("stacks/b.adoc", text)).isNotEqualTo(d);
    assertThat(new Document("stacks/a.adoc", text + "x")).isNotEqualTo(d);
    assertThat(d.compareTo(new Document("stacks/b.adoc", ""))).isNegative();
  }
}
