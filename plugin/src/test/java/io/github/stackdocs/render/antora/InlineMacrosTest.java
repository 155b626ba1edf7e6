package io.github.stackdocs.render.antora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.stackdocs.render.antora.InlineMacros.Macro;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InlineMacrosTest {
  /** The regular expressions the scans replace, kept as their oracle. */
  private static final Pattern FORMER_XREF =
      Pattern.compile("(?<![A-Za-z0-9_])xref:([^\\[\\s]+?\\.adoc)(#[^\\[\\s]*)?\\[");
  private static final Pattern FORMER_IMAGE = Pattern.compile("(?<![A-Za-z0-9_])(image::?)([^\\[\\s:{][^\\[\\s{]*)\\[");

  private static List<Macro> formerXrefs(String text) {
    List<Macro> found = new ArrayList<>();
    Matcher m = FORMER_XREF.matcher(text);
    while (m.find()) {
      found.add(new Macro(m.start(), m.end(), "xref:", m.group(1), m.group(2) == null ? "" : m.group(2)));
    }
    return found;
  }

  private static List<Macro> formerImages(String text) {
    List<Macro> found = new ArrayList<>();
    Matcher m = FORMER_IMAGE.matcher(text);
    while (m.find()) {
      found.add(new Macro(m.start(), m.end(), m.group(1), m.group(2), ""));
    }
    return found;
  }

  @Test
  void xrefsAndImagesOfAPageAreFoundWithTargetAndFragment() {
    String text = "see xref:../index.adoc[the index], xref:other.adoc#resource-x[X] and xref:resource-y[Y];\n"
        + "image::../diagrams/app.svg[Diagram] image:icon.png[] image:::x[] myxref:a.adoc[] text&#91;xref:a.adoc&#93;";
    assertThat(InlineMacros.xrefs(text)).extracting(Macro::target, Macro::fragment)
        .containsExactly(tuple("../index.adoc", ""),
            tuple("other.adoc", "#resource-x"));
    assertThat(InlineMacros.images(text)).extracting(Macro::prefix, Macro::target)
        .containsExactly(tuple("image::", "../diagrams/app.svg"),
            tuple("image:", "icon.png"));
  }

  @Test
  void edgeCasesGiveWhatTheFormerRegularExpressionsGave() {
    String[] samples = {"", "xref:", "xref:.adoc[", "xref:a.adoc[", "xref:a.adoc#[", "xref:a.adoc#b.adoc[",
        "xref:a.adoc.adoc[", "xref:a.adocx.adoc#y[", "xref:a.adocx[", "xxref:a.adoc[", "_xref:a.adoc[", ":xref:a.adoc[",
        "xref:xref:a.adoc[", "xref:a.adoc xref:b.adoc[", "xref:a.adoc\n[", "xref:{a}.adoc[", "image:", "image:[",
        "image::[", "image:::a[", "image::a[", "image:a{b}[", "{image:a[", "ximage:a[", "image:image:a[",
        "image:a image:b[", "image:\u2028a[", "xref:\u00A0a.adoc["};
    for (String s : samples) {
      assertThat(InlineMacros.xrefs(s)).as("xrefs in [%s]", s).isEqualTo(formerXrefs(s));
      assertThat(InlineMacros.images(s)).as("images in [%s]", s).isEqualTo(formerImages(s));
    }
  }

  @Test
  void randomTextGivesWhatTheFormerRegularExpressionsGave() {
    String[] pieces = {"xref:", "image:", ":", ".adoc", "#", "[", "]", " ", "\n", "a", "_", "{", "}", "../", "x"};
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      assertThat(InlineMacros.xrefs(s)).as("xrefs in [%s]", s).isEqualTo(formerXrefs(s));
      assertThat(InlineMacros.images(s)).as("images in [%s]", s).isEqualTo(formerImages(s));
    }
  }

  @Test
  void aLongWordOfXrefsWithoutABracketIsScannedInLinearTime() {
    // the former expression rescanned the word from each "xref:" and each ".adoc#" in it: 8,000 characters of
    // "xref:a.adoc#" took 11 s; 240,000 now take milliseconds
    String word = "xref:a.adoc#".repeat(20_000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> InlineMacros.xrefs(word))).isEmpty();
    String closed = "xref:".repeat(40_000) + "a.adoc[";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> InlineMacros.xrefs(closed)))
        .containsExactly(new Macro(0, closed.length(), "xref:", closed.substring(5, closed.length() - 1), ""));
  }

  @Test
  void aLongWordOfImagesWithoutABracketIsScannedInLinearTime() {
    // the former expression rescanned the word from each "image:" in it: 80,000 characters took 9 s
    String word = "image:".repeat(40_000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> InlineMacros.images(word))).isEmpty();
  }
}
