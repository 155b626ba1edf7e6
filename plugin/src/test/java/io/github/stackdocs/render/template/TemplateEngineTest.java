package io.github.stackdocs.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.render.RenderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {

  @Test
  void runtimeErrorNamesTemplateAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("md"));
    Files.writeString(dir.resolve("md/bad.ftl"), "ok\nstill ok\n${missing.value}\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(dir));
    assertThatThrownBy(() -> engine.process("md/bad.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("template md/bad.ftl line 3, column 3: ")
        .hasMessageContaining("missing");
  }

  @Test
  void syntaxErrorNamesTemplateAndLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("adoc"));
    Files.writeString(dir.resolve("adoc/bad.ftl"), "ok\n<#if x>\nno end\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(dir));
    assertThatThrownBy(() -> engine.process("adoc/bad.ftl", Map.of("x", true)))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("template adoc/bad.ftl line ")
        .hasMessageContaining("syntax error");
  }

  @Test
  void missingTemplateIsReported() {
    TemplateEngine engine = new TemplateEngine(Optional.empty());
    assertThatThrownBy(() -> engine.process("md/nope.ftl", Map.of()))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("md/nope.ftl");
  }

  @Test
  void javaApiAndClassInstantiationAreDisabled(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("md"));
    Files.writeString(dir.resolve("md/new.ftl"), "<#assign e = \"freemarker.template.utility.Execute\"?new()>${e(\"id\")}\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(dir));
    assertThatThrownBy(() -> engine.process("md/new.ftl", Map.of())).isInstanceOf(RenderException.class);
  }

  @Test
  void everyBuiltInTemplateIsOnTheClasspath() {
    // 22 partials in adoc and md, the site's findings page, the 22 partials, frame, findings page and AsciiDoc frame
    // in html, 19 runbook templates; incidents section and page in adoc, md and html
    assertThat(BuiltInTemplates.NAMES).hasSize(44 + 1 + 25 + 19 + 2 + 6 + 6).allSatisfy(name ->
        assertThat(TemplateEngine.class.getResource(TemplateEngine.BUILT_IN + "/" + name)).as(name).isNotNull());
  }

  @Test
  void normalizesLineEndsTrailingBlanksAndFinalNewline() {
    assertThat(TextNormalizer.normalize("\n\na  \r\nb\t\r\n\n\n\nc\n\n\n")).isEqualTo("a\nb\n\nc\n");
    assertThat(TextNormalizer.normalize("")).isEqualTo("\n");
    assertThat(TextNormalizer.normalize("a\rb\r\r\rc")).isEqualTo("a\nb\n\nc\n");
    assertThat(TextNormalizer.normalize(" \t \n x \u2003\n")).isEqualTo(" x\n");
    assertThat(TextNormalizer.normalize("\r\n\r\n")).isEqualTo("\n");
    assertThat(TextNormalizer.normalize("last line without end")).isEqualTo("last line without end\n");
  }
}
