package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files fed one at a time, in any order, give the folder and reports a write or check of them all at once gives. */
class OutputSessionTest {
  @TempDir Path tmp;

  private static OutputFolder folder(Path dir) {
    return new OutputFolder(dir, p -> p.endsWith(".md"));
  }

  /** A folder with unchanged, changed and extra managed files, a human file, and what a run generates for it. */
  private static List<OutputFile> seed(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<OutputFile> generated = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String lines = IntStream.range(0, 30).mapToObj(n -> "line " + n).collect(Collectors.joining("\n", "", "\n"));
      String path = "p" + i + ".md";
      if (i % 3 != 2) { // a third are missing
        Files.writeString(dir.resolve(path), lines);
      }
      generated.add(OutputFile.text(path, i % 3 == 0 ? lines : lines.replace("line 7", "line seven " + i)));
    }
    Files.writeString(dir.resolve("gone.md"), "gone\n");
    Files.writeString(dir.resolve("notes.txt"), "human\n");
    return generated;
  }

  @Test
  void aStreamedWriteInAnyOrderLeavesTheFolderAndReportAsAWriteOfTheList() throws IOException {
    Path listed = tmp.resolve("listed");
    Path streamed = tmp.resolve("streamed");
    List<OutputFile> files = seed(listed);
    seed(streamed);
    WriteReport expected = folder(listed).write(files);

    List<OutputFile> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(7));
    WriteReport report;
    try (OutputSession session = folder(streamed).openWrite()) {
      for (OutputFile f : shuffled) {
        session.add(f);
      }
      assertThat(tmp.resolve(".streamed" + Staging.SUFFIX)).as("staged as they come").isDirectory();
      assertThat(Files.readString(streamed.resolve("p1.md"))).as("not yet moved in").contains("line 7\n");
      report = session.commit();
      assertThat(session.files()).isEqualTo(40);
    }

    assertThat(report).isEqualTo(expected);
    assertThat(report.deleted()).containsExactly("gone.md");
    assertSameFiles(streamed, listed);
    assertThat(tmp.resolve(".streamed" + Staging.SUFFIX)).doesNotExist();
  }

  @Test
  void aStreamedCheckInAnyOrderGivesTheListsCheckWithTheSameTruncatedDiff() throws IOException {
    Path dir = tmp.resolve("docs");
    List<OutputFile> files = seed(dir);
    for (int max : new int[] {1, 4, 9, 25, 200}) {
      CheckReport expected = wholeCheck(folder(dir), files, max);
      for (int seed = 0; seed < 5; seed++) {
        List<OutputFile> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(seed));
        try (OutputSession session = folder(dir).openCheck(max)) {
          for (OutputFile f : shuffled) {
            session.add(f);
          }
          assertThat(session.checked()).as("max %d, order %d", max, seed).isEqualTo(expected);
        }
      }
    }
    assertThat(folder(dir).check(files, 25).diff()).endsWith("... (diff truncated)");
    assertThat(folder(dir).check(files, 25)).isEqualTo(wholeCheck(folder(dir), files, 25));
    assertThat(tmp.resolve(".docs" + Staging.SUFFIX)).doesNotExist();
  }

  @Test
  void filesWrittenStraightIntoTheStagingFolderGiveTheFolderAndReportTheirBytesGive() throws IOException {
    Path held = tmp.resolve("held");
    Path streamed = tmp.resolve("streamed");
    List<OutputFile> files = seed(held);
    seed(streamed);
    WriteReport expected;
    try (OutputSession session = folder(held).openWrite()) {
      for (OutputFile f : files) {
        session.add(f);
      }
      expected = session.commit();
    }
    WriteReport report;
    try (OutputSession session = folder(streamed).openWrite()) {
      for (OutputFile f : files) {
        assertThat(session.add(f.path(), out -> out.write(f.content()))).isEqualTo(Journal.sha256(f.content()));
      }
      assertThatThrownBy(() -> session.add(files.get(0).path(), out -> {}))
          .hasMessageContaining("two generated files share the path");
      report = session.commit();
    }
    assertThat(report).isEqualTo(expected);
    assertThat(report.unchanged()).isNotEmpty();
    assertSameFiles(streamed, held);
    assertThat(tmp.resolve(".streamed" + Staging.SUFFIX)).doesNotExist();
  }

  /** {@code actual} holds the files {@code expected} holds, with the same text. */
  private static void assertSameFiles(Path actual, Path expected) throws IOException {
    assertThat(FolderFiles.relativePaths(actual)).isEqualTo(FolderFiles.relativePaths(expected));
    for (String path : FolderFiles.relativePaths(expected)) {
      assertThat(Files.readString(actual.resolve(path))).isEqualTo(Files.readString(expected.resolve(path)));
    }
  }

  @Test
  void filesComparedAsTheyAreWrittenGiveTheCheckTheirBytesGive() throws IOException {
    Path dir = tmp.resolve("docs");
    List<OutputFile> files = new ArrayList<>(seed(dir));
    files.add(OutputFile.text("short.md", "line 0\n"));
    Files.writeString(dir.resolve("short.md"), "line 0\nline 1\n"); // the folder's file is longer: stale
    files.add(OutputFile.text("long.md", "line 0\nline 1\n"));
    Files.writeString(dir.resolve("long.md"), "line 0\n"); // shorter: stale
    for (int max : new int[] {1, 9, 200}) {
      CheckReport expected = wholeCheck(folder(dir), files, max);
      try (OutputSession session = folder(dir).openCheck(max)) {
        for (OutputFile f : files) {
          assertThat(session.add(f.path(), out -> {
            out.write(f.content(), 0, f.content().length / 2);
            out.write(f.content(), f.content().length / 2, f.content().length - f.content().length / 2);
          })).isEqualTo(Journal.sha256(f.content()));
        }
        assertThat(session.checked()).as("max %d", max).isEqualTo(expected);
      }
    }
    assertThat(tmp.resolve(".docs" + Staging.SUFFIX)).doesNotExist();
  }

  /** The check as it was made before files were streamed: the whole comparison first, then the diffs in path order. */
  private static CheckReport wholeCheck(OutputFolder folder, List<OutputFile> files, int maxDiffLines)
      throws IOException {
    OutputFolder.Comparison c = folder.compare(files);
    List<String> diff = new ArrayList<>();
    for (OutputFile f : c.changed()) {
      if (diff.size() >= maxDiffLines) {
        break;
      }
      diff.addAll(UnifiedDiff.diff(f.path(), new String(c.onDisk().get(f.path()), StandardCharsets.UTF_8),
          new String(f.content(), StandardCharsets.UTF_8), maxDiffLines - diff.size()));
    }
    if (diff.size() > maxDiffLines) {
      diff = new ArrayList<>(diff.subList(0, maxDiffLines));
      diff.add("... (diff truncated)");
    }
    return new CheckReport(c.changed().stream().map(OutputFile::path).toList(),
        c.missing().stream().map(OutputFile::path).toList(), c.extra(), String.join("\n", diff));
  }

  @Test
  void aWriteClosedBeforeItsCommitLeavesTheFolderAsItWasAndRemovesWhatItStaged() throws IOException {
    Path dir = tmp.resolve("docs");
    List<OutputFile> files = seed(dir);
    String before = Files.readString(dir.resolve("p1.md"));
    try (OutputSession session = folder(dir).openWrite()) {
      for (OutputFile f : files) {
        session.add(f);
      }
      assertThatThrownBy(() -> session.add(files.get(0))).hasMessageContaining("two generated files share the path");
    }
    assertThat(Files.readString(dir.resolve("p1.md"))).isEqualTo(before);
    assertThat(dir.resolve("p2.md")).doesNotExist();
    assertThat(dir.resolve("gone.md")).exists();
    assertThat(tmp.resolve(".docs" + Staging.SUFFIX)).doesNotExist();
  }

  @Test
  void aWriteWithNothingToChangeMakesNoStagingFolder() throws IOException {
    Path dir = tmp.resolve("docs");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("a.md"), "a\n");
    try (OutputSession session = folder(dir).openWrite()) {
      session.add(OutputFile.text("a.md", "a\n"));
      assertThat(tmp.resolve(".docs" + Staging.SUFFIX)).doesNotExist();
      assertThat(session.commit().unchanged()).containsExactly("a.md");
    }
  }
}
