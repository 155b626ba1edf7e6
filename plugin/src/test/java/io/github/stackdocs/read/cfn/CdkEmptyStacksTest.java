package io.github.stackdocs.read.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import org.junit.jupiter.api.Test;

class CdkEmptyStacksTest {
  private final CfnTemplateReader reader = new CfnTemplateReader();

  @Test
  void anEmptyCdkTemplateIsANoteAndOtherProblemsStayErrors() {
    Finding empty = reader.read("cdk.out/Nested.nested.template.json", "Parent-Nested", "{}").findings().get(0);
    assertThat(empty.code()).isEqualTo("missing-resources");
    Finding relaxed = CdkEmptyStacks.relax(empty, "Parent-Nested");
    assertThat(relaxed.severity()).isEqualTo(Severity.INFO);
    assertThat(relaxed.code()).isEqualTo("cdk-empty-stack");
    assertThat(relaxed.location()).isEqualTo(empty.location());

    Finding other = reader.read("t.yaml", "s", "Resources:\n  A: {}\n").findings().get(0);
    assertThat(CdkEmptyStacks.relax(other, "s")).isSameAs(other);
  }
}
