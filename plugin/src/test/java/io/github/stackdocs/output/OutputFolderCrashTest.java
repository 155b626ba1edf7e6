package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write killed at any point leaves the previous docs intact or, after the next run, the new ones complete. */
class OutputFolderCrashTest {
  @TempDir Path tmp;

  private Path out() {
    return tmp.resolve("docs");
  }

  private Path staging() {
    return tmp.resolve(".docs" + Staging.SUFFIX);
  }

  @Test
  void aRunKilledMidWriteLeavesThePreviousDocsByteIdenticalAndTheNextRunSucceeds() throws Exception {
    List<OutputFile> old = new ArrayList<>(WriteManyFiles.files(300, 4096, 'o'));
    old.add(OutputFile.text("gone.md", "a page the new run no longer makes\n"));
    new OutputFolder(out(), p -> true).write(old);
    Map<String, String> before = contents(out());

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), WriteManyFiles.class.getName(),
        out().toString(), "300", "262144", "n")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (staged() < 20) {
      if (!child.isAlive()) {
        fail("the child ended before it could be killed mid-write (exit " + child.exitValue() + "): "
            + Files.readString(tmp.resolve("child.log")));
      }
      if (System.nanoTime() > deadline) {
        child.destroyForcibly();
        fail("the child staged no files within 2 minutes: " + Files.readString(tmp.resolve("child.log")));
      }
      Thread.sleep(2);
    }
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(staging().resolve(".commit")).as("killed before the commit point").doesNotExist();
    assertThat(contents(out())).isEqualTo(before);

    WriteReport rerun = new OutputFolder(out(), p -> true).write(WriteManyFiles.files(300, 1000, 'n'));
    assertThat(rerun.written()).hasSize(300);
    assertThat(rerun.deleted()).containsExactly("gone.md");
    assertThat(staging()).as("the killed run's staging folder is cleaned up").doesNotExist();
    assertThat(contents(out())).isEqualTo(expected(WriteManyFiles.files(300, 1000, 'n')));
  }

  @Test
  void aRunKilledAfterTheCommitPointIsFinishedByTheNextRun() throws IOException {
    new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("a.md", "old a\n"),
        OutputFile.text("b.md", "old b\n"), OutputFile.text("gone.md", "old\n")));
    List<OutputFile> fresh = List.of(OutputFile.text("a.md", "new a\n"), OutputFile.text("b.md", "new b\n"),
        OutputFile.text("c.md", "new c\n"));
    Staging.StepHook crashOnSecondMove = new Staging.StepHook() {
      int moves;

      @Override
      public void before(String step) throws IOException {
        if (step.startsWith("write ") && ++moves == 2) {
          throw new IOException("simulated crash before " + step);
        }
      }
    };
    assertThatThrownBy(() -> new OutputFolder(out(), p -> true, crashOnSecondMove).write(fresh))
        .hasMessageContaining("simulated crash");
    assertThat(Files.readString(out().resolve("a.md"))).isEqualTo("new a\n"); // half applied: a mix
    assertThat(Files.readString(out().resolve("b.md"))).isEqualTo("old b\n");
    assertThat(staging().resolve(".commit")).exists();

    WriteReport next = new OutputFolder(out(), p -> true).write(fresh);
    assertThat(next.written()).as("the journal already brought every file up to date").isEmpty();
    assertThat(next.unchanged()).containsExactly("a.md", "b.md", "c.md");
    assertThat(contents(out())).isEqualTo(expected(fresh));
    assertThat(staging()).doesNotExist();
  }

  @Test
  void aStagingFolderWithoutJournalIsDiscardedAndTheDocsAreLeftAsTheyWere() throws IOException {
    new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("a.md", "a\n")));
    Files.createDirectories(staging().resolve("stacks"));
    Files.writeString(staging().resolve("stacks/half.md"), "half writ");
    Files.writeString(staging().resolve("a.md"), "stale");

    WriteReport r = new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("a.md", "a\n")));
    assertThat(r.written()).isEmpty();
    assertThat(staging()).doesNotExist();
    assertThat(contents(out())).isEqualTo(Map.of("a.md", "a\n"));
  }

  @Test
  void nothingIsStagedWhenNothingChanges() throws IOException {
    Staging.StepHook none = step -> fail("no step expected, got " + step);
    new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("a.md", "a\n")));
    new OutputFolder(out(), p -> true, none).write(List.of(OutputFile.text("a.md", "a\n")));
    assertThat(staging()).doesNotExist();
  }

  @Test
  void newFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
    new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("stacks/a.md", "a\n")));
    Path baseline = Files.writeString(tmp.resolve("baseline.txt"), "x");
    if (!Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
      return;
    }
    assertThat(Files.getPosixFilePermissions(out().resolve("stacks/a.md")))
        .isEqualTo(Files.getPosixFilePermissions(baseline));
  }

  @Test
  void aWriteFailingBeforeTheCommitPointLeavesTheOldDocsAndNoStagingFolder() throws IOException {
    new OutputFolder(out(), p -> true).write(List.of(OutputFile.text("a.md", "old a\n"),
        OutputFile.text("gone.md", "old\n")));
    Map<String, String> before = contents(out());
    // a real failure part-way: n.md is staged as a file, then n.md/deeper.md needs it to be a folder
    List<OutputFile> fresh = List.of(OutputFile.text("a.md", "new a\n"), OutputFile.text("n.md", "n\n"),
        OutputFile.text("n.md/deeper.md", "d\n"));

    assertThatThrownBy(() -> new OutputFolder(out(), p -> true).write(fresh))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("could not stage the new files in " + staging() + ": " + staging().resolve("n.md"))
        .hasMessageContaining("the files in " + out() + " were not changed and " + staging() + " was removed");

    assertThat(contents(out())).isEqualTo(before);
    assertThat(staging()).doesNotExist();
  }

  @Test
  void aFullDiskWhileStagingNamesTheFolderAndTheCauseAndLeavesNoStagingFolder() throws IOException {
    new OutputFolder(out(), p -> true).write(WriteManyFiles.files(10, 100, 'o'));
    Map<String, String> before = contents(out());
    Staging.StepHook fullOnThird = new Staging.StepHook() {
      int staged;

      @Override
      public void before(String step) throws IOException {
        if (step.startsWith("stage ") && ++staged == 3) {
          throw new java.nio.file.FileSystemException(staging().resolve(step.substring(6)).toString(), null,
              "No space left on device");
        }
      }
    };

    assertThatThrownBy(() -> new OutputFolder(out(), p -> true, fullOnThird).write(WriteManyFiles.files(10, 100, 'n')))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("could not stage the new files in " + staging())
        .hasMessageContaining("No space left on device")
        .hasMessageContaining(staging() + " was removed");

    assertThat(contents(out())).isEqualTo(before);
    assertThat(staging()).doesNotExist();
    assertThat(new OutputFolder(out(), p -> true).interrupted()).isFalse();
  }

  private long staged() {
    try (Stream<Path> files = Files.walk(staging())) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException | UncheckedIOException e) {
      return 0; // not there yet
    }
  }

  private static Map<String, String> expected(List<OutputFile> files) {
    Map<String, String> m = new TreeMap<>();
    files.forEach(f -> m.put(f.path(), text(f.content())));
    return m;
  }

  /** Every file under {@code dir}: path → content (as text, or a hash for large files, to keep failures short). */
  private static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(f).toString().replace('\\', '/'), text(Files.readAllBytes(f)));
      }
    }
    return m;
  }

  private static String text(byte[] content) {
    if (content.length <= 64) {
      return new String(content, StandardCharsets.UTF_8);
    }
    try {
      return content.length + " bytes, sha-256 " + HexFormat.of().formatHex(
          java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
