package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path dir;

  private OutputFolder folder() {
    return new OutputFolder(dir, p -> p.endsWith(".md"));
  }

  @Test
  void writeCreatesChangesAndDeletesOnlyManagedExtras() throws IOException {
    Files.writeString(dir.resolve("same.md"), "same\n");
    Files.writeString(dir.resolve("old.md"), "old\n");
    Files.writeString(dir.resolve("gone.md"), "gone\n");
    Files.writeString(dir.resolve("notes.txt"), "human\n");

    WriteReport report = folder().write(List.of(
        OutputFile.text("same.md", "same\n"),
        OutputFile.text("old.md", "new\n"),
        OutputFile.text("sub/new.md", "fresh\n")));

    assertThat(report.written()).containsExactly("old.md", "sub/new.md");
    assertThat(report.unchanged()).containsExactly("same.md");
    assertThat(report.deleted()).containsExactly("gone.md");
    assertThat(Files.readString(dir.resolve("old.md"))).isEqualTo("new\n");
    assertThat(Files.readString(dir.resolve("sub/new.md"))).isEqualTo("fresh\n");
    assertThat(dir.resolve("gone.md")).doesNotExist();
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("human\n");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void writeLeavesUnchangedFilesUntouched() throws IOException {
    Path f = dir.resolve("a.md");
    Files.writeString(f, "x\n");
    var before = Files.getLastModifiedTime(f);
    Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
    folder().write(List.of(OutputFile.text("a.md", "x\n")));
    assertThat(Files.getLastModifiedTime(f).toMillis()).isZero();
    assertThat(before).isNotNull();
  }

  @Test
  void checkReportsStaleMissingAndExtraWithDiffAndWritesNothing() throws IOException {
    Files.writeString(dir.resolve("a.md"), "line 1\nline 2\nline 3\n");
    Files.writeString(dir.resolve("extra.md"), "x\n");
    CheckReport report = folder().check(List.of(
        OutputFile.text("a.md", "line 1\nline two\nline 3\n"),
        OutputFile.text("b.md", "b\n")), 50);

    assertThat(report.upToDate()).isFalse();
    assertThat(report.stale()).containsExactly("a.md");
    assertThat(report.missing()).containsExactly("b.md");
    assertThat(report.extra()).containsExactly("extra.md");
    assertThat(report.diff()).contains("--- a.md (on disk)", "-line 2", "+line two", " line 1");
    assertThat(dir.resolve("b.md")).doesNotExist();
    assertThat(Files.readString(dir.resolve("a.md"))).contains("line 2");
  }

  @Test
  void checkOfIdenticalFolderIsUpToDate() throws IOException {
    folder().write(List.of(OutputFile.text("a.md", "a\n"), OutputFile.text("s/b.md", "b\n")));
    CheckReport report = folder().check(List.of(OutputFile.text("a.md", "a\n"), OutputFile.text("s/b.md", "b\n")), 50);
    assertThat(report.upToDate()).isTrue();
    assertThat(report.diff()).isEmpty();
  }

  @Test
  void diffIsCappedAtTheRequestedLines() throws IOException {
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      a.append("a").append(i).append('\n');
      b.append("b").append(i).append('\n');
    }
    Files.writeString(dir.resolve("big.md"), a);
    CheckReport report = folder().check(List.of(OutputFile.text("big.md", b.toString())), 50);
    assertThat(report.diff().split("\n")).hasSizeLessThanOrEqualTo(51);
    assertThat(report.diff()).endsWith("... (diff truncated)");
  }

  @Test
  void removedLinesComeBeforeAddedOnesSoATruncatedDiffStillShowsThem() throws IOException {
    Files.writeString(dir.resolve("a.md"), "old\n");
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      big.append("new ").append(i).append('\n');
    }
    CheckReport report = folder().check(List.of(OutputFile.text("a.md", big.toString())), 10);
    assertThat(report.diff().split("\n")[3]).isEqualTo("-old");
  }

  @Test
  void pathsLeavingTheFolderAreRefused() {
    for (String bad : List.of("../evil.md", "a/../../evil.md", "/etc/passwd", "a\\..\\b.md", "")) {
      assertThatThrownBy(() -> folder().write(List.of(OutputFile.text(bad, "x"))))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusing output path");
    }
    assertThat(dir.getParent().resolve("evil.md")).doesNotExist();
  }
}
