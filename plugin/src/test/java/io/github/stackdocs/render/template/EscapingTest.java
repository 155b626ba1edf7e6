package io.github.stackdocs.render.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EscapingTest {
  private static final String HOSTILE = Fixtures.HOSTILE;

  @Test
  void asciiDocInlineNeutralizesMarkupMacrosAndCells() {
    assertThat(AsciiDocText.inline(HOSTILE)).isEqualTo(
        "&#60;script&#62;alert(1)&#60;/script&#62; javascript:alert(1) "
            + "&#43;&#43;&#43;&#60;b&#62;x&#60;/b&#62;&#43;&#43;&#43; pass&#58;&#91;&#60;b&#62;&#93; &#123;attr&#125; "
            + "&#124; include&#58;:/etc/passwd&#91;&#93; &#91;link&#93;(javascript:x) &#42;&#42;bold&#42;&#42;");
  }

  @Test
  void asciiDocMacroNamesAndEmailAddressesLoseTheirColonAndAt() {
    for (String name : AsciiDocText.MACRO_NAMES) {
      assertThat(AsciiDocText.inline(name + ":x y")).as(name).isEqualTo(name + "&#58;x y");
      assertThat(AsciiDocText.inline("x" + name.toUpperCase(java.util.Locale.ROOT) + "::y"))
          .as(name).isEqualTo("x" + name.toUpperCase(java.util.Locale.ROOT) + "&#58;:y");
    }
    // the target of an inline image may hold blanks: the bracket of what follows the value must not close it
    assertThat(AsciiDocText.code("image:http://h/x.png")).isEqualTo("``image&#58;http&#58;//h/x.png``");
    assertThat(AsciiDocText.inline("mailto:a@b.example a@b.example"))
        .isEqualTo("mailto&#58;a&#64;b.example a&#64;b.example");
    // other colons stay readable: ARNs, types, times
    assertThat(AsciiDocText.inline("arn:aws:sns:eu-west-1:1:t AWS::SNS::Topic 10:30 imagex:y"))
        .isEqualTo("arn:aws:sns:eu-west-1:1:t AWS::SNS::Topic 10:30 imagex:y");
  }

  @Test
  void asciiDocInlineJoinsLinesAndKeepsIdentifiersReadable() {
    assertThat(AsciiDocText.inline("MyBucket-1.arn:aws:s3")).isEqualTo("MyBucket-1.arn:aws:s3");
    assertThat(AsciiDocText.inline("a\n  b\r\nc")).isEqualTo("a b c");
    assertThat(AsciiDocText.inline("see https://example.com")).isEqualTo("see https&#58;//example.com");
    assertThat(AsciiDocText.inline("<<xref>> `code` #hi# ^sup^ ~sub~ a&b \\"))
        .isEqualTo("&#60;&#60;xref&#62;&#62; &#96;code&#96; &#35;hi&#35; &#94;sup&#94; &#126;sub&#126; a&#38;b &#92;");
  }

  @Test
  void asciiDocTextNeverHoldsARunbookRegionMarkerButKeepsOtherSlashes() {
    assertThat(AsciiDocText.inline("Handler // stackdocs:end summary")).isEqualTo("Handler &#47;/ stackdocs:end summary");
    assertThat(AsciiDocText.paragraph("a // stackdocs:begin x\n// stackdocs:end x"))
        .isEqualTo("a &#47;/ stackdocs:begin x +\n&#47;/ stackdocs:end x");
    assertThat(AsciiDocText.inline("s3://bucket/key // a comment")).isEqualTo("s3&#58;//bucket/key // a comment");
  }

  @Test
  void asciiDocParagraphKeepsLinesButNoBlockCanStart() {
    String text = "first\ninclude::/etc/passwd[]\n. title\n- item\n== section\n:attr: x\n// comment\n'''\n"
        + "1. one\n    indented\n\n|===";
    assertThat(AsciiDocText.paragraph(text)).isEqualTo(String.join(" +\n",
        "first",
        "include&#58;:/etc/passwd&#91;&#93;",
        "&#46; title",
        "&#45; item",
        "&#61;= section",
        "&#58;attr: x",
        "&#47;/ comment",
        "&#39;&#39;&#39;",
        "1&#46; one",
        "indented",
        "&#124;===")); 
  }

  @Test
  void markdownCellNeutralizesMarkupLinksAndHtml() {
    assertThat(MarkdownText.cell(HOSTILE)).isEqualTo(
        "\\<script\\>alert(1)\\</script\\> javascript:alert(1) +++\\<b\\>x\\</b\\>+++ pass:\\[\\<b\\>\\] {attr} "
            + "\\| include::/etc/passwd\\[\\] \\[link\\](javascript:x) \\*\\*bold\\*\\*");
  }

  @Test
  void markdownCellBreaksLinesAndAutolinks() {
    assertThat(MarkdownText.cell("a\nb")).isEqualTo("a<br>b");
    assertThat(MarkdownText.cell("x & y ![img](u) ~~s~~ $m$ `c` _e_ #h"))
        .isEqualTo("x &amp; y \\!\\[img\\](u) \\~\\~s\\~\\~ \\$m\\$ \\`c\\` \\_e\\_ \\#h");
    assertThat(MarkdownText.cell("https://evil.example www.evil.example"))
        .isEqualTo("https\\://evil.example www\\.evil.example");
    assertThat(MarkdownText.cell("MyBucket-1.arn:aws:s3")).isEqualTo("MyBucket-1.arn:aws:s3");
  }

  @Test
  void asciiDocNeutralizesIndexTermsReplacementsAndAdmonitions() {
    assertThat(AsciiDocText.inline("(((gone))) ((term))")).isEqualTo("&#40;&#40;(gone&#41;&#41;) &#40;(term&#41;)");
    assertThat(AsciiDocText.inline("my--bucket (C) (R) (TM) a...b it's"))
        .isEqualTo("my&#45;-bucket &#40;C) &#40;R) &#40;TM) a&#46;..b it&#39;s");
    assertThat(AsciiDocText.inline("f(x) - 1. ok")).isEqualTo("f(x) - 1. ok");
    assertThat(AsciiDocText.paragraph("NOTE: not an admonition\nWARNING: nor this"))
        .isEqualTo("NOTE&#58; not an admonition +\nWARNING&#58; nor this");
  }

  @Test
  void plainValuesComeBackAsTheyAreAndEveryKindOfLineBreakJoins() {
    String plain = "OrdersTable0001 AWS::DynamoDB::Table arn:aws:s3 1.5 50%";
    assertThat(AsciiDocText.inline(plain)).isSameAs(plain.strip()).isEqualTo(plain);
    assertThat(MarkdownText.cell(plain)).isEqualTo(plain);
    for (String lineBreak : java.util.List.of("\n", "\r", "\r\n", "\u2028", "\u2029")) {
      assertThat(AsciiDocText.inline("a " + lineBreak + " b")).isEqualTo("a b");
      assertThat(MarkdownText.cell("a" + lineBreak + "b")).isEqualTo("a<br>b");
    }
    // control characters (the line breaks VT, FF and NEL too) are U+FFFD, whoever calls the escaper, as in every document
    assertThat(AsciiDocText.inline("tab\there\u0001bell\u0085")).isEqualTo("tab\there\uFFFDbell\uFFFD");
    assertThat(AsciiDocText.inline("a\u000Bb\u000Cc")).isEqualTo("a\uFFFDb\uFFFDc");
    assertThat(MarkdownText.cell("tab\there\u0001bell\u0085")).isEqualTo("tab\there\uFFFDbell\uFFFD");
    assertThat(MarkdownText.code("\u001b[2J\u0007\b\u007f")).isEqualTo("`\uFFFD[2J\uFFFD\uFFFD\uFFFD`");
    assertThat(AsciiDocText.paragraph("a\u0000\nb\u009b")).isEqualTo("a\uFFFD +\nb\uFFFD");
    assertThat(MarkdownText.cell("wwwx www. WwW.x")).isEqualTo("wwwx www\\. WwW\\.x");
    assertThat(AsciiDocText.inline("ends with (")).isEqualTo("ends with (");
    assertThat(AsciiDocText.inline("a:/b c://")).isEqualTo("a:/b c&#58;//");
  }

  @Test
  void markdownCodeSpansNeedNoEscapesButPipesAndGrowTheirFence() {
    assertThat(MarkdownText.code("!Ref OrdersApi")).isEqualTo("`!Ref OrdersApi`");
    assertThat(MarkdownText.code("<script>alert(1)</script> [x](javascript:y)"))
        .isEqualTo("`<script>alert(1)</script> [x](javascript:y)`");
    assertThat(MarkdownText.code("a|b\nc")).isEqualTo("`a\\|b c`");
    assertThat(MarkdownText.code("x `y` z")).isEqualTo("``x `y` z``");
    assertThat(MarkdownText.code("`edge")).isEqualTo("`` `edge ``");
    assertThat(MarkdownText.code("  ")).isEmpty();
  }

  @Test
  void asciiDocCodeIsTheInlineEscapeInAnUnconstrainedMonospaceSpan() {
    assertThat(AsciiDocText.code("!Ref OrdersApi")).isEqualTo("``!Ref OrdersApi``");
    assertThat(AsciiDocText.code("a`b+c|d")).isEqualTo("``" + AsciiDocText.inline("a`b+c|d") + "``")
        .doesNotContain("a`b").doesNotContain("|d");
    assertThat(AsciiDocText.code("")).isEmpty();
  }

  @Test
  void markdownParagraphKeepsLinesButNoBlockCanStart() {
    assertThat(MarkdownText.paragraph("first\n- item\n+ item\n= x\n> quote\n# h\n12. n\n    code\n\n\nnext"))
        .isEqualTo("first\n\\- item\n\\+ item\n\\= x\n\\> quote\n\\# h\n12\\. n\ncode\n\nnext");
  }

  @Test
  void templatesAutoEscapeByFolder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("adoc"));
    Files.createDirectories(dir.resolve("md"));
    Files.writeString(dir.resolve("adoc/t.ftl"), "|${x}\n${paragraph(x)}\n");
    Files.writeString(dir.resolve("md/t.ftl"), "| ${x} |\n${paragraph(x)}\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(dir));
    String value = HOSTILE + "\n* line";
    assertThat(engine.process("adoc/t.ftl", Map.of("x", value))).isEqualTo(
        "|" + AsciiDocText.inline(value) + "\n" + AsciiDocText.paragraph(value) + "\n");
    assertThat(engine.process("md/t.ftl", Map.of("x", value))).isEqualTo(
        "| " + MarkdownText.cell(value) + " |\n" + MarkdownText.paragraph(value) + "\n");
    assertThat(AsciiDocText.paragraph(value)).endsWith(" +\n&#42; line");
    assertThat(MarkdownText.paragraph(value)).endsWith("\n\\* line");
  }
}
