package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery replays only a journal stackdocs wrote, within the paths the folder owns. The forged journals here know
 * the format (marker, run id, MAC), as anyone who reads the source does: what bounds them is ownership of every path,
 * no links, and the recorded hashes.
 */
class StagingJournalTest {
  @TempDir Path tmp;

  private static final Predicate<String> MD_ONLY = p -> p.endsWith(".md");

  private Path out() {
    return tmp.resolve("docs");
  }

  private Path staging() {
    return tmp.resolve(".docs" + Staging.SUFFIX);
  }

  /** Plants a staging folder with a marker and a journal in the current format, MAC and all. */
  private void forge(List<Journal.Entry> entries) throws IOException {
    String runId = Journal.newRunId();
    Files.createDirectories(staging());
    Path marker = Files.write(staging().resolve(Staging.MARKER), List.of("stackdocs-staging 2", runId));
    if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(marker, PosixFilePermissions.fromString("rw-------"));
    }
    Files.write(staging().resolve(Staging.JOURNAL), Journal.lines(runId, entries), StandardCharsets.UTF_8);
  }

  private static Journal.Entry write(String path, String content) {
    return new Journal.Entry(true, path, Journal.sha256(content.getBytes(StandardCharsets.UTF_8)), 0);
  }

  private static Journal.Entry delete(String path) {
    return new Journal.Entry(false, path, "", 0);
  }

  private WriteReport writeIndex() throws IOException {
    return new OutputFolder(out(), MD_ONLY).write(List.of(OutputFile.text("index.md", "index\n")));
  }

  @Test
  void aWellFormedJournalNamingAFileTheFolderDoesNotOwnIsRefusedWhole() throws IOException {
    writeIndex();
    Files.writeString(out().resolve("README.txt"), "people's\n");
    Files.writeString(out().resolve("other.md"), "managed, no longer generated\n");
    forge(List.of(delete("other.md"), delete("README.txt")));

    WriteReport r = writeIndex();

    assertThat(out().resolve("README.txt")).hasContent("people's");
    assertThat(r.warnings()).singleElement().asString()
        .startsWith(staging().resolve(".commit") + ":3: discarded this journal")
        .contains("not a file stackdocs owns");
    assertThat(r.deleted()).as("deleted by this run's own comparison, not the journal").containsExactly("other.md");
    assertThat(staging()).doesNotExist();
  }

  @Test
  void aJournalWhoseStagedFileIsNotTheRecordedOneIsRefused() throws IOException {
    writeIndex();
    forge(List.of(write("index.md", "what the journal says\n"), delete("index.md")));
    Files.writeString(staging().resolve("index.md"), "something else\n");

    WriteReport r = writeIndex();

    assertThat(r.warnings()).singleElement().asString().startsWith(staging().resolve(".commit") + ":2: ")
        .contains("does not have the SHA-256 recorded for it");
    assertThat(r.written()).as("index.md was never touched").isEmpty();
    assertThat(out().resolve("index.md")).hasContent("index");
  }

  @Test
  void aJournalOfAnotherRunOrAnEditedOneIsRefused() throws IOException {
    writeIndex();
    forge(List.of(delete("index.md")));
    Path journal = staging().resolve(Staging.JOURNAL);
    List<String> lines = Files.readAllLines(journal);
    Files.write(journal, List.of(lines.get(0), "delete other.md", lines.get(2)));

    WriteReport edited = writeIndex();
    forge(List.of(delete("index.md")));
    Files.write(staging().resolve(Staging.MARKER), List.of("stackdocs-staging 2", Journal.newRunId()));
    WriteReport otherRun = writeIndex();

    assertThat(edited.warnings()).singleElement().asString().startsWith(journal + ":3: ").contains("MAC");
    assertThat(otherRun.warnings()).singleElement().asString().startsWith(journal + ":1: ").contains("another run");
    assertThat(edited.written()).isEmpty();
    assertThat(otherRun.written()).isEmpty();
  }

  @Test
  void aMarkerOthersCanReadIsNotOneStackdocsMade() throws IOException {
    Assumptions.assumeTrue(Files.getFileStore(tmp).supportsFileAttributeView("posix"));
    writeIndex();
    forge(List.of(delete("index.md")));
    Files.setPosixFilePermissions(staging().resolve(Staging.MARKER), PosixFilePermissions.fromString("rw-rw-rw-"));

    WriteReport r = writeIndex();

    assertThat(r.warnings()).singleElement().asString().startsWith(staging().resolve(".commit") + ": ")
        .contains("no owner-only marker");
    assertThat(r.written()).isEmpty();
  }

  @Test
  void aJournalThroughALinkInTheOutputFolderIsRefusedAndWritesNothingOutside() throws IOException {
    writeIndex();
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("a.md"), "outside\n");
    Files.createSymbolicLink(out().resolve("stacks"), elsewhere);
    forge(List.of(delete("stacks/a.md")));

    WriteReport r = writeIndex();

    assertThat(r.warnings()).singleElement().asString().startsWith(staging().resolve(".commit") + ":2: ")
        .contains("a symbolic link is on its path");
    assertThat(elsewhere.resolve("a.md")).hasContent("outside");
  }

  @Test
  void evenAJournalForgedInFullOnlyTouchesOwnedFilesAndTheSameWritePutsThemRight() throws IOException {
    writeIndex();
    forge(List.of(write("index.md", "forged\n")));
    Files.writeString(staging().resolve("index.md"), "forged\n");

    WriteReport r = writeIndex();

    assertThat(r.warnings()).isEmpty();
    assertThat(r.written()).containsExactly("index.md");
    assertThat(out().resolve("index.md")).hasContent("index");
    assertThat(staging()).doesNotExist();
  }

  @Test
  void aStagingFolderThatIsAFileIsRemovedWithAWarning() throws IOException {
    writeIndex();
    Files.writeString(staging(), "not a folder\n");

    WriteReport r = writeIndex();

    assertThat(r.warnings()).singleElement().asString().startsWith(staging() + ": removed this file");
    assertThat(staging()).doesNotExist();
  }

  @Test
  void journalPathsMustBePlainRelativePaths() {
    for (String bad : List.of("", "/etc/passwd", "../pom.xml", "a/../../b", "a//b", "./a", "a/.", "C:x",
        "a\\b", "a\u0000b", "a\u001bb", "a/")) {
      assertThat(Journal.plainPath(bad)).as(bad).isNotNull();
    }
    assertThat(Journal.plainPath("stacks/shop.md")).isNull();
    assertThat(Journal.plainPath("a..b/.hidden")).isNull();
    assertThatThrownBy(() -> Journal.parse(List.of("write stacks/a.md"), "00", p -> true))
        .isInstanceOf(Journal.Refused.class).hasMessageContaining("another tool or an older version");
  }
}
