package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MarkerRegionsTest {
  private static final String FILE = """
      = Title
      :toc:

      Human intro.
      // stackdocs:begin one (generated)
      old one
      // stackdocs:end one
      Between, by hand.
        // stackdocs:begin two
      old two
        // stackdocs:end two
      Tail without newline""";

  @Test
  void parsingKeepsEveryByte() {
    assertThat(MarkerRegions.parse(FILE, "f").text()).isEqualTo(FILE);
    String crlf = FILE.replace("\n", "\r\n");
    assertThat(MarkerRegions.parse(crlf, "f").text()).isEqualTo(crlf);
    assertThat(MarkerRegions.parse(FILE, "f").regions()).containsOnlyKeys("one", "two");
    assertThat(MarkerRegions.parse("", "f").parts()).isEmpty();
  }

  @Test
  void mergeReplacesOnlyRegionBodiesAndKeepsMarkerLinesAndOutsideText() {
    MarkerRegions.Parsed generated = MarkerRegions.parse("""
        // stackdocs:begin one
        new one
        // stackdocs:end one
        // stackdocs:begin two
        new two
        // stackdocs:end two
        """, "g");
    String merged = MarkerRegions.merge(MarkerRegions.parse(FILE, "f"), generated).text();
    assertThat(merged).isEqualTo(FILE.replace("old one", "new one").replace("old two", "new two"));
  }

  @Test
  void aRegionPeopleRemovedIsNotAddedBackButReported() {
    MarkerRegions.Parsed generated = MarkerRegions.parse("""
        // stackdocs:begin one
        new one
        // stackdocs:end one
        // stackdocs:begin three
        three
        // stackdocs:end three
        """, "g");
    MarkerRegions.Merge merge = MarkerRegions.merge(MarkerRegions.parse(FILE, "f"), generated);
    assertThat(merge.text()).doesNotContain("three").contains("new one").contains("old two");
    assertThat(merge.absentRegions()).containsExactly("three");
  }

  @Test
  void crlfFilesKeepCrlfInsideReplacedRegions() {
    String crlf = FILE.replace("\n", "\r\n");
    MarkerRegions.Parsed generated = MarkerRegions.parse("// stackdocs:begin one\na\nb\n// stackdocs:end one\n", "g");
    String merged = MarkerRegions.merge(MarkerRegions.parse(crlf, "f"), generated).text();
    assertThat(merged).contains("// stackdocs:begin one (generated)\r\na\r\nb\r\n// stackdocs:end one\r\n");
    assertThat(merged.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void orphanBannerGoesAfterTheHeaderAndLeavesWithoutATrace() {
    MarkerRegions.Parsed parsed = MarkerRegions.parse(FILE, "f");
    String marked = MarkerRegions.markOrphaned(parsed, "GONE\n");
    assertThat(marked).startsWith("= Title\n:toc:\n\n// stackdocs:begin orphaned\nGONE\n// stackdocs:end orphaned\nHuman intro.");
    // marking again refreshes the banner only
    assertThat(MarkerRegions.markOrphaned(MarkerRegions.parse(marked, "f"), "GONE\n")).isEqualTo(marked);
    // when the subject is back, a merge drops the banner and the file is byte for byte what it was
    MarkerRegions.Parsed generated = MarkerRegions.parse("""
        // stackdocs:begin one
        old one
        // stackdocs:end one
        // stackdocs:begin two
        old two
        // stackdocs:end two
        """, "g");
    assertThat(MarkerRegions.merge(MarkerRegions.parse(marked, "f"), generated).text()).isEqualTo(FILE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unclosed         | a\\n// stackdocs:begin x\\nbody\\n                                                      | 2 | never closed
      duplicated       | // stackdocs:begin x\\n// stackdocs:end x\\n// stackdocs:begin x\\n// stackdocs:end x\\n | 3 | appears twice
      nested           | // stackdocs:begin x\\n// stackdocs:begin y\\n// stackdocs:end y\\n// stackdocs:end x\\n | 2 | cannot nest
      stray end        | text\\n// stackdocs:end x\\n                                                            | 2 | without a matching
      mismatched end   | // stackdocs:begin x\\n// stackdocs:end y\\n                                              | 2 | closes region 'x'
      misspelled       | // stackdocs:begin x\\n// stackdocs:stop x\\n                                             | 2 | malformed stackdocs marker
      missing id       | // stackdocs:begin\\n                                                                   | 1 | malformed stackdocs marker
      bad id           | // stackdocs:begin Not_An_Id\\n// stackdocs:end Not_An_Id\\n                            | 1 | malformed stackdocs marker
      """)
  void malformedMarkersNameFileAndLine(String name, String text, int line, String problem) {
    String input = text.strip().replace("\\n", "\n");
    assertThatThrownBy(() -> MarkerRegions.parse(input, "runbooks/app/Fn.adoc"))
        .isInstanceOf(MarkerException.class)
        .hasMessageStartingWith("runbooks/app/Fn.adoc:" + line + ": ")
        .hasMessageContaining(problem)
        .satisfies(e -> assertThat(((MarkerException) e).line()).isEqualTo(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unclosed         | a\\n<!-- stackdocs:begin x -->\\nbody\\n                                      | 2 | add '<!-- stackdocs:end x -->'
      duplicated       | <!-- stackdocs:begin x -->\\n<!-- stackdocs:end x -->\\n<!-- stackdocs:begin x -->\\n<!-- stackdocs:end x -->\\n | 3 | appears twice
      mismatched end   | <!-- stackdocs:begin x -->\\n<!-- stackdocs:end y -->\\n                    | 2 | expected '<!-- stackdocs:end x -->'
      misspelled       | <!-- stackdocs:begin x -->\\n<!-- stackdocs:stop x -->\\n                   | 2 | malformed stackdocs marker
      unterminated     | <!-- stackdocs:begin x\\n                                                        | 1 | malformed stackdocs marker
      """)
  void markdownMarkersAreHtmlCommentsWithTheSameRules(String name, String text, int line, String problem) {
    String input = text.strip().replace("\\n", "\n");
    assertThatThrownBy(() -> MarkerRegions.parse(input, "README.md", MarkerRegions.Syntax.HTML_COMMENT))
        .isInstanceOf(MarkerException.class).hasMessageStartingWith("README.md:" + line + ": ")
        .hasMessageContaining(problem);
  }

  @org.junit.jupiter.api.Test
  void markdownRegionsKeepEveryByteAndLeaveAsciiDocMarkersAlone() {
    String md = "# T\r\n  <!-- stackdocs:begin stacks note -->  \r\nold\r\n<!--  stackdocs:end stacks -->"
        .replace("<!--  ", "<!-- ") + "\r\n// stackdocs:begin x\r\ntext";
    MarkerRegions.Parsed parsed = MarkerRegions.parse(md, "README.md", MarkerRegions.Syntax.HTML_COMMENT);
    assertThat(parsed.text()).isEqualTo(md);
    assertThat(parsed.regions()).containsOnlyKeys("stacks");
    assertThat(parsed.regions().get("stacks").body()).isEqualTo("old\r\n");
  }
}
