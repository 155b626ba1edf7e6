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

  @Test
  void aStreamedDocumentWritesItsTextWhenAskedAndEqualsTheSameTextHeld() throws java.io.IOException {
    String text = "{ \"ünïcode\": \"𝄞\" }\n";
    int[] writes = {0};
    Document d = Document.streamed("model.json", out -> {
      writes[0]++;
      out.write(text.getBytes(StandardCharsets.UTF_8));
    });
    assertThat(d.streamed()).isTrue();
    assertThat(writes[0]).as("nothing written until asked").isZero();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    d.writeTo(out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    assertThat(d.content()).isEqualTo(text);
    assertThat(d).isEqualTo(new Document("model.json", text)).hasSameHashCodeAs(new Document("model.json", text));
    assertThat(new Document("model.json", text).streamed()).isFalse();
  }
}
