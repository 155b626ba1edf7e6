package io.github.stackdocs.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The staging folder beside an output folder, for writes that leave the previous docs intact or the new ones
 * complete, whenever the process is killed.
 *
 * <ol>
 *   <li><b>Stage</b>: every new or changed file is written in full into {@code <parent>/.<name>.stackdocs-staging/}
 *       (a sibling, so on the same file system). The output folder is not touched; a run killed now leaves it as
 *       it was, and the next run deletes the half-written staging folder.</li>
 *   <li><b>Commit</b>: a journal naming every file to move in and every file to delete is written to a temporary
 *       name and renamed to {@code .commit} inside the staging folder. That rename is the commit point.</li>
 *   <li><b>Apply</b>: each staged file is renamed over its target (an atomic replace, so no file is ever seen half
 *       written), the deletions follow, and the staging folder is removed. A run killed while applying leaves a
 *       committed journal; the next run finishes it (every step can be repeated) before doing anything else, so
 *       the folder ends up exactly as the interrupted run meant it.</li>
 * </ol>
 *
 * Files that do not change are never staged, moved or rewritten (their timestamps stay), and files this tool
 * does not own are never touched: a folder shared with hand-written files stays shared. Swapping the whole folder
 * would have had a shorter window between states, but would have had to carry those files across and would
 * replace a folder someone may have open, or that is the project's own root.
 */
final class Staging {
  static final String SUFFIX = ".stackdocs-staging";
  private static final String JOURNAL = ".commit";
  private static final String WRITE = "write ";
  private static final String DELETE = "delete ";

  private final Path root;
  private final Path dir;
  private final StepHook hook;

  /** Called before each step of the apply phase; tests throw from it to simulate a crash there. */
  interface StepHook {
    StepHook NONE = step -> {};

    void before(String step) throws IOException;
  }

  Staging(Path root, StepHook hook) {
    this.root = root;
    Path parent = root.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("the output folder " + root + " has no parent folder to stage files in");
    }
    this.dir = parent.resolve("." + root.getFileName() + SUFFIX);
    this.hook = hook;
  }

  Path dir() {
    return dir;
  }

  /**
   * Finishes or discards what an earlier, interrupted run left: a committed journal is applied, an uncommitted
   * staging folder deleted.
   *
   * @return true when there was something to finish or discard
   */
  boolean recover() throws IOException {
    if (!Files.exists(dir)) {
      return false;
    }
    Path journal = dir.resolve(JOURNAL);
    if (Files.isRegularFile(journal)) {
      apply(Files.readAllLines(journal, StandardCharsets.UTF_8));
    }
    deleteTree(dir);
    return true;
  }

  /**
   * Stages {@code writes}, commits, applies: after this returns, the output folder holds every file of
   * {@code writes} and none of {@code deletes} (paths relative to the output folder, already checked).
   */
  void replace(List<OutputFile> writes, List<String> deletes) throws IOException {
    recover();
    Files.createDirectories(dir);
    List<String> journal = new ArrayList<>();
    for (OutputFile f : writes) {
      if (f.path().indexOf('\n') >= 0 || f.path().indexOf('\r') >= 0) {
        throw new IllegalArgumentException("refusing output path '" + f.path() + "': it spans lines");
      }
      Path staged = SafePaths.resolve(dir, f.path());
      Files.createDirectories(staged.getParent());
      Files.write(staged, f.content());
      journal.add(WRITE + f.path());
    }
    deletes.forEach(path -> journal.add(DELETE + path));
    Path tmp = dir.resolve(JOURNAL + ".tmp");
    Files.write(tmp, journal, StandardCharsets.UTF_8);
    move(tmp, dir.resolve(JOURNAL)); // the commit point
    apply(journal);
    deleteTree(dir);
  }

  /** Moves staged files in and deletes the rest; repeatable (a step already done is skipped). */
  private void apply(List<String> journal) throws IOException {
    for (String line : journal) {
      if (line.startsWith(WRITE)) {
        String path = line.substring(WRITE.length());
        Path staged = SafePaths.resolve(dir, path);
        if (Files.exists(staged)) {
          hook.before(line);
          Path target = SafePaths.resolve(root, path);
          Files.createDirectories(target.getParent());
          move(staged, target);
        }
      } else if (line.startsWith(DELETE)) {
        hook.before(line);
        Files.deleteIfExists(SafePaths.resolve(root, line.substring(DELETE.length())));
      } else if (!line.isBlank()) {
        throw new IOException("unreadable line in " + dir.resolve(JOURNAL) + ": '" + line + "'; delete the folder "
            + dir + " and run again");
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (NoSuchFileException e) {
      return;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
