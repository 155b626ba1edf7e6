package io.github.stackdocs.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.render.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One Asciidoctor start for all cases: it costs seconds. */
class HtmlRendererTest {

  @Test
  void convertsBodiesAndTitlesDeterministicallyWithCapturedWarnings() {
    List<Document> adoc = List.of(
        new Document("runbooks/a/x.adoc", "= Runbook: *x* &#60;b&#62;\n\nSee xref:../../stacks/api.adoc#res-fn[the function].\n"),
        new Document("changelog.adoc", "[[res-fn]]\n== Fn\n\nText &#60;script&#62;\n\n----\nunterminated\n"));
    List<Finding> findings = new ArrayList<>();
    List<HtmlRenderer.Fragment> first;
    List<HtmlRenderer.Fragment> second;
    try (HtmlRenderer renderer = new HtmlRenderer()) {
      assertThat(renderer.started()).isFalse();
      first = renderer.convert(adoc, findings);
      assertThat(renderer.started()).isTrue();
      second = renderer.convert(adoc, new ArrayList<>());
    }

    assertThat(first).extracting(HtmlRenderer.Fragment::path).containsExactly("runbooks/a/x.html", "changelog.html");
    assertThat(first).isEqualTo(second);
    HtmlRenderer.Fragment runbook = first.get(0);
    assertThat(runbook.title()).as("tags stripped, references kept").isEqualTo("Runbook: x &#60;b&#62;");
    assertThat(runbook.body()).contains("<h1>Runbook: <strong>x</strong>", "href=\"../../stacks/api.html#res-fn\"")
        .doesNotContain("<html", "<head", "Last updated").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    HtmlRenderer.Fragment log = first.get(1);
    assertThat(log.title()).as("no title: the file's name").isEqualTo("changelog");
    assertThat(log.body()).contains("id=\"res-fn\"", "Text &#60;script&#62;").doesNotContain("<script>");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.location().file()).isEqualTo("changelog.adoc");
      assertThat(f.message()).contains("unterminated listing block");
    });
  }

  @Test
  void pagesConvertedOnSeveralThreadsMatchOnePageAtATimeAndEachWarningNamesItsOwnPage() {
    List<Document> adoc = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String body = i % 3 == 0 ? "----\nunterminated " + i + "\n" : "Page " + i + " ".repeat(i * 40) + "\n\n== Part\n\nText.\n";
      adoc.add(new Document("runbooks/s/r" + i + ".adoc", "= Runbook " + i + "\n\n" + body));
    }
    // two pages over HtmlRenderer.LARGE, converted one at a time beside the pool; one of them with a warning
    String big = "A row of text for a large overview page.\n\n".repeat(HtmlRenderer.LARGE / 40);
    adoc.set(5, new Document("index.adoc", "= Overview\n\n" + big));
    adoc.set(21, new Document("findings.adoc", "= Findings\n\n" + big + "----\nunterminated big\n"));
    List<Finding> together = new ArrayList<>();
    List<Document> batch;
    List<Document> oneByOne = new ArrayList<>();
    List<Finding> alone = new ArrayList<>();
    try (HtmlRenderer renderer = new HtmlRenderer(4)) {
      batch = renderer.render(adoc, together);
      for (Document page : adoc) {
        oneByOne.add(renderer.render(List.of(page), alone).get(0));
      }
      assertThat(renderer.conversions()).isEqualTo(96);
    }

    assertThat(batch.subList(0, adoc.size())).isEqualTo(oneByOne);
    assertThat(together).isEqualTo(alone).hasSize(16); // r0, r3, ... r45, with findings.adoc in the place of r21
    for (Finding f : together) {
      assertThat(f.message()).contains("unterminated listing block");
      if (!f.location().file().equals("findings.adoc")) {
        int page = Integer.parseInt(f.location().file().replaceAll("\\D", ""));
        assertThat(page % 3).isZero();
      }
    }
    assertThat(together).extracting(f -> f.location().file()).contains("findings.adoc");
    assertThat(together).extracting(f -> f.location().file()).doesNotHaveDuplicates();
  }
}
