package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the doc site shows of a region folder: the files as a write would leave them, with nothing written. */
class RegionFolderPreviewTest {
  @TempDir Path dir;

  private RegionFolder folder() {
    return new RegionFolder(dir, p -> p.matches("[^/]+/[^/]+\\.adoc"), p -> "ORPHANED " + p + "\n");
  }

  private void write(String path, String text) throws IOException {
    Files.createDirectories(dir.resolve(path).getParent());
    Files.writeString(dir.resolve(path), text);
  }

  @Test
  void previewIsWhatWriteLeavesAndWritesNothing() throws IOException {
    write("app/Fn.adoc", "= Fn\nmine\n// stackdocs:begin a\nold\n// stackdocs:end a\n");
    write("app/Gone.adoc", "= Gone\n// stackdocs:begin a\nx\n// stackdocs:end a\n");
    write("app/notes.adoc", "= Notes, no markers\n");
    write("app/readme.txt", "not managed\n");
    List<OutputFile> generated = List.of(
        OutputFile.text("app/Fn.adoc", "= Fn\n// stackdocs:begin a\nnew\n// stackdocs:end a\n"),
        OutputFile.text("app/New.adoc", "= New\n// stackdocs:begin a\nfresh\n// stackdocs:end a\n"));

    Map<String, String> preview = folder().preview(generated);

    assertThat(preview).containsOnlyKeys("app/Fn.adoc", "app/Gone.adoc", "app/New.adoc", "app/notes.adoc");
    assertThat(dir.resolve("app/New.adoc")).doesNotExist();
    assertThat(Files.readString(dir.resolve("app/Fn.adoc"))).contains("old");
    folder().write(generated);
    for (Map.Entry<String, String> e : preview.entrySet()) {
      assertThat(Files.readString(dir.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
    }
    assertThat(preview.get("app/Fn.adoc")).contains("mine", "new").doesNotContain("old");
    assertThat(preview.get("app/Gone.adoc")).contains("ORPHANED app/Gone.adoc");
  }

  @Test
  void contentsAreTheManagedFilesAsTheyAreAndNoneForAMissingFolder() throws IOException {
    assertThat(new RegionFolder(dir.resolve("absent"), p -> true, p -> "").contents()).isEmpty();
    write("app/Fn.adoc", "= Fn\n");
    write("top.adoc", "= not in a stack folder\n");
    assertThat(folder().contents()).containsExactly(Map.entry("app/Fn.adoc", "= Fn\n"));
  }
}
