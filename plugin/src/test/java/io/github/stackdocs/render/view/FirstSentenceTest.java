package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstSentenceTest {
  @Test
  void indexSummaryIsTheFirstSentenceOfTheFirstLineCappedAt160() {
    assertThat(ProjectViewBuilder.firstSentence("Shop API: orders. Runs in the VPC.\nMore.")).isEqualTo("Shop API: orders.");
    assertThat(ProjectViewBuilder.firstSentence("  One line without a stop  \nsecond")).isEqualTo("One line without a stop");
    assertThat(ProjectViewBuilder.firstSentence("v1.2 release")).isEqualTo("v1.2 release");
    assertThat(ProjectViewBuilder.firstSentence("x".repeat(300))).hasSize(160).endsWith("…");
    assertThat(ProjectViewBuilder.firstSentence("")).isEmpty();
  }
}
