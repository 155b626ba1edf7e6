package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runbook write killed (-9) at random points: the folder holds every runbook old or every runbook new, or, killed
 * while the staged runbooks were being renamed in, a committed journal that the next run finishes. No kill loses a
 * line anyone wrote or leaves a torn or temporary file in the folder. Each kill costs a JVM and a whole write, so the
 * suite kills 3 times; {@code -Dstackdocs.runbookKills=20} for the figures in the README (it prints them).
 */
class RunbookFolderCrashTest {
  private static final int RUNBOOKS = 1000;
  private static final int KILLS = Integer.getInteger("stackdocs.runbookKills", 3);

  @TempDir Path tmp;

  private Path dir() {
    return tmp.resolve("runbooks");
  }

  private Path journal() {
    return tmp.resolve(".runbooks" + Staging.SUFFIX).resolve(Staging.JOURNAL);
  }

  @Test
  void everyKillLeavesAllOldOrAllNewRunbooksOrAJournalTheNextRunFinishes() throws Exception {
    SortedMap<String, String> old = oldFolder();
    SortedMap<String, String> fresh = WriteManyRunbooks.folder(dir()).preview(WriteManyRunbooks.files(RUNBOOKS, 'n'));
    assertThat(fresh.values()).allMatch(t -> t.contains("human note") && t.contains("nnnn"));

    long window = child(Long.MAX_VALUE); // unkilled: how long the write takes, from 'go' to the end
    assertThat(contents(dir())).isEqualTo(fresh);

    Random random = new Random(Long.getLong("stackdocs.runbookKills.seed", 24L));
    int allOld = 0;
    int allNew = 0;
    int mixed = 0;
    int mixedWithJournal = 0;
    List<String> failures = new ArrayList<>();
    for (int kill = 0; kill < KILLS; kill++) {
      reset(old);
      long at = (long) (random.nextDouble() * window * 1.1);
      child(at);
      SortedMap<String, String> now = contents(dir());
      int o = 0;
      int n = 0;
      for (Map.Entry<String, String> e : now.entrySet()) {
        if (e.getValue().equals(old.get(e.getKey()))) {
          o++;
        } else if (e.getValue().equals(fresh.get(e.getKey()))) {
          n++;
        } else {
          failures.add("kill " + kill + " at " + at + " ms: " + e.getKey() + " is neither the old nor the new runbook");
        }
      }
      if (!now.keySet().equals(old.keySet())) {
        failures.add("kill " + kill + " at " + at + " ms: other files in the folder: " + now.keySet().stream()
            .filter(p -> !old.containsKey(p)).limit(3).toList());
      }
      if (o == old.size()) {
        allOld++;
      } else if (n == old.size()) {
        allNew++;
      } else {
        mixed++;
        if (Files.exists(journal())) {
          mixedWithJournal++;
        } else {
          failures.add("kill " + kill + " at " + at + " ms: " + o + " old and " + n + " new runbooks, no journal");
        }
      }
      RegionReport next = WriteManyRunbooks.folder(dir()).write(WriteManyRunbooks.files(RUNBOOKS, 'n'));
      assertThat(next.warnings()).isEmpty();
      if (!contents(dir()).equals(fresh)) {
        failures.add("kill " + kill + ": the next run did not leave every runbook new");
      }
      assertThat(journal().getParent()).doesNotExist();
    }
    System.out.printf("runbook kills: %d in a %d ms write; all old %d, all new %d, mixed %d (%d with a committed"
        + " journal the next run finished)%n", KILLS, window, allOld, allNew, mixed, mixedWithJournal);
    assertThat(failures).isEmpty();
    assertThat(allOld + allNew + mixed).isEqualTo(KILLS);
  }

  @Test
  void aRunKilledWhileRenamingIsFinishedByTheNextRunExceptOverAFileEditedSince() throws IOException {
    Map<String, String> initial = Map.of("s/A.adoc", "= A\nmine A\n" + region("old"),
        "s/B.adoc", "= B\nmine B\n" + region("old"), "s/C.adoc", "= C\nmine C\n" + region("old"));
    reset(new TreeMap<>(initial));
    List<OutputFile> fresh = List.of(OutputFile.text("s/A.adoc", "= A\n" + region("new")),
        OutputFile.text("s/B.adoc", "= B\n" + region("new")), OutputFile.text("s/C.adoc", "= C\n" + region("new")),
        OutputFile.text("s/D.adoc", "= D\n" + region("new")));
    Staging.StepHook crashOnThirdMove = new Staging.StepHook() {
      int moves;

      @Override
      public void before(String step) throws IOException {
        if (step.startsWith("write ") && ++moves == 3) {
          throw new IOException("simulated crash before " + step);
        }
      }
    };
    try {
      new RegionFolder(dir(), p -> p.endsWith(".adoc"), p -> "ORPHANED\n", crashOnThirdMove).write(fresh);
      fail("the simulated crash did not happen");
    } catch (IOException expected) {
      // killed after the commit point: new D and A are renamed in, B and C are not
    }
    assertThat(Files.readString(dir().resolve("s/A.adoc"))).isEqualTo("= A\nmine A\n" + region("new"));
    assertThat(Files.readString(dir().resolve("s/B.adoc"))).isEqualTo("= B\nmine B\n" + region("old"));
    assertThat(journal()).exists();
    assertThat(WriteManyRunbooks.folder(dir()).interrupted()).isTrue();
    // after the kill, before the next run, someone edits B (its staged merge is older than the edit)
    Files.writeString(dir().resolve("s/B.adoc"), "= B\nmine B, edited after the kill\n" + region("old"));

    RegionReport next = WriteManyRunbooks.folder(dir()).write(fresh);

    assertThat(next.warnings()).singleElement().asString().startsWith(dir().resolve("s/B.adoc") + ": changed since"
        + " an interrupted run merged its generated regions; kept as it is");
    assertThat(next.updated()).as("merged by this run itself, after the journal").containsExactly("s/B.adoc");
    assertThat(contents(dir())).isEqualTo(Map.of("s/A.adoc", "= A\nmine A\n" + region("new"),
        "s/B.adoc", "= B\nmine B, edited after the kill\n" + region("new"),
        "s/C.adoc", "= C\nmine C\n" + region("new"), "s/D.adoc", "= D\n" + region("new")));
    assertThat(journal().getParent()).doesNotExist();
  }

  @Test
  void aWriteFailingBeforeTheCommitPointLeavesEveryRunbookAsItWas() throws IOException {
    SortedMap<String, String> initial = new TreeMap<>(Map.of("s/A.adoc", "= A\nmine\n" + region("old")));
    reset(initial);
    Staging.StepHook fullOnSecond = new Staging.StepHook() {
      int staged;

      @Override
      public void before(String step) throws IOException {
        if (step.startsWith("stage ") && ++staged == 2) {
          throw new IOException("No space left on device");
        }
      }
    };
    List<OutputFile> fresh = List.of(OutputFile.text("s/A.adoc", "= A\n" + region("new")),
        OutputFile.text("s/B.adoc", "= B\n" + region("new")));

    try {
      new RegionFolder(dir(), p -> p.endsWith(".adoc"), p -> "", fullOnSecond).write(fresh);
      fail("the simulated full disk did not stop the write");
    } catch (IOException e) {
      assertThat(e).hasMessageContaining("No space left on device").hasMessageContaining("were not changed");
    }
    assertThat(contents(dir())).isEqualTo(initial);
    assertThat(journal().getParent()).doesNotExist();
  }

  private static String region(String body) {
    return "// stackdocs:begin summary\n" + body + "\n// stackdocs:end summary\n";
  }

  /** The folder as people keep it: the 'o' runbooks, each with a line someone wrote under Notes. */
  private SortedMap<String, String> oldFolder() throws IOException {
    WriteManyRunbooks.folder(dir()).write(WriteManyRunbooks.files(RUNBOOKS, 'o'));
    for (String path : contents(dir()).keySet()) {
      Files.writeString(dir().resolve(path), "human note on " + path + "\n", java.nio.file.StandardOpenOption.APPEND);
    }
    return contents(dir());
  }

  private void reset(SortedMap<String, String> old) throws IOException {
    NoFollow.deleteTree(dir());
    NoFollow.deleteTree(journal().getParent());
    for (Map.Entry<String, String> e : old.entrySet()) {
      Files.createDirectories(dir().resolve(e.getKey()).getParent());
      Files.writeString(dir().resolve(e.getKey()), e.getValue());
    }
  }

  /**
   * Runs {@link WriteManyRunbooks} writing the 'n' runbooks and kills it {@code killAfterMs} after it says 'go'.
   *
   * @return the milliseconds from 'go' to its end
   */
  private long child(long killAfterMs) throws Exception {
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), WriteManyRunbooks.class.getName(),
        dir().toString(), String.valueOf(RUNBOOKS), "n")
        .redirectError(tmp.resolve("child.err").toFile()).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line = out.readLine();
      if (!"go".equals(line)) {
        child.destroyForcibly();
        fail("the child did not start its write: " + line + " " + Files.readString(tmp.resolve("child.err")));
      }
      long go = System.nanoTime();
      if (killAfterMs == Long.MAX_VALUE) {
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.err"))).isZero();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - go);
      }
      if (!child.waitFor(killAfterMs, TimeUnit.MILLISECONDS)) {
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      }
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - go);
    }
  }

  /** Every file under {@code dir} (temporary ones included): path → text. */
  private static SortedMap<String, String> contents(Path dir) throws IOException {
    SortedMap<String, String> m = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
      }
    }
    return m;
  }
}
