package io.github.stackdocs.render.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkerLinesTest {
  @Test
  void anEndMarkerGluedToRegionTextMovesToALineOfItsOwn() {
    assertThat(MarkerLines.ownLines("// stackdocs:begin notes\nWrite here.// stackdocs:end notes\n"))
        .isEqualTo("// stackdocs:begin notes\nWrite here.\n// stackdocs:end notes\n");
  }

  @Test
  void blanksBeforeTheMarkerStayWithTheTextBeforeIt() {
    assertThat(MarkerLines.ownLines("Write here. // stackdocs:end notes\n"))
        .isEqualTo("Write here. \n// stackdocs:end notes\n");
  }

  @Test
  void markersThatStartTheirLineOrAreOnlyIndentedAreLeftAlone() {
    String text = "= Title\n// stackdocs:begin a\n  \t// stackdocs:end a\r\n// stackdocs:begin b x\r\n// stackdocs:end b";
    assertThat(MarkerLines.ownLines(text)).isEqualTo(text);
  }

  @Test
  void everyMarkerOfALineGetsItsOwnLine() {
    assertThat(MarkerLines.ownLines("a// stackdocs:end x b // stackdocs:begin y\n"))
        .isEqualTo("a\n// stackdocs:end x b \n// stackdocs:begin y\n");
  }

  @Test
  void textThatOnlyLooksLikeAMarkerIsNotSplit() {
    String text = "see // stackdocs:beginning and // stackdocs:other\n";
    assertThat(MarkerLines.ownLines(text)).isEqualTo(text);
  }

  @Test
  void aTextWithoutMarkersIsReturnedAsItIs() {
    String text = "x".repeat(100_000) + " y";
    assertThat(MarkerLines.ownLines(text)).isSameAs(text);
  }

  @Test
  void aLoneCarriageReturnDoesNotEndALineAsTheRegionReaderSplitsThem() {
    assertThat(MarkerLines.ownLines("text\r// stackdocs:end a\n")).isEqualTo("text\r\n// stackdocs:end a\n");
  }
}
