package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.template.BuiltInTemplates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateExportTest {
  @TempDir Path dir;

  @Test
  void exportsEveryBuiltInTemplateAndNeverClobbersUserEditsUnlessAsked() throws IOException {
    TemplateExport.Result first = new TemplateExport().export(dir, false);
    assertThat(first.written()).containsExactlyInAnyOrderElementsOf(BuiltInTemplates.NAMES);
    for (String name : BuiltInTemplates.NAMES) {
      assertThat(Files.readString(dir.resolve(name))).as(name).isEqualTo(BuiltInTemplates.text(name));
    }

    Path edited = dir.resolve("md/parameters.ftl");
    Files.writeString(edited, "MY PARAMETERS\n");
    Files.delete(dir.resolve("adoc/index.ftl"));
    TemplateExport.Result second = new TemplateExport().export(dir, false);
    assertThat(second.written()).containsExactly("adoc/index.ftl");
    assertThat(second.kept()).containsExactly("md/parameters.ftl");
    assertThat(second.unchanged()).hasSize(BuiltInTemplates.NAMES.size() - 2);
    assertThat(Files.readString(edited)).isEqualTo("MY PARAMETERS\n");
    assertThat(second.summary()).contains("kept 1 you changed");

    TemplateExport.Result third = new TemplateExport().export(dir, true);
    assertThat(third.written()).containsExactly("md/parameters.ftl");
    assertThat(Files.readString(edited)).isEqualTo(BuiltInTemplates.text("md/parameters.ftl"));
  }

  @Test
  void theListOfBuiltInTemplatesMatchesTheFilesShipped() throws IOException {
    Path root = Path.of("src/main/resources/io/github/stackdocs/templates");
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')))
          .containsExactlyInAnyOrderElementsOf(BuiltInTemplates.NAMES);
    }
  }
}
