package io.github.stackdocs.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The output folder. {@link #write} and {@link #check} share one comparison ({@link #compare}); only the
 * last step differs, so they cannot disagree. A write is all or nothing: new and changed files are staged beside
 * the folder and moved in only once all of them are written ({@link Staging}), so a run killed mid-write leaves
 * the previous docs intact, and a run killed while moving is finished by the next one. Unchanged files are not
 * touched. Only files the {@code managed} predicate claims are ever deleted or reported as extra, so human files
 * living in the same folder are left alone.
 */
public final class OutputFolder {
  private final Path root;
  private final Predicate<String> managed;
  private final Staging.StepHook hook;

  /**
   * @param root the folder
   * @param managed which relative paths ('/' separators) this tool owns in the folder
   */
  public OutputFolder(Path root, Predicate<String> managed) {
    this(root, managed, Staging.StepHook.NONE);
  }

  /** With a hook called before each step of moving staged files in (tests simulate a crash there). */
  OutputFolder(Path root, Predicate<String> managed, Staging.StepHook hook) {
    this.root = root.toAbsolutePath().normalize();
    this.managed = managed;
    this.hook = hook;
  }

  public Path root() {
    return root;
  }

  /** The comparison of generated files with the folder, the step write and check share. */
  public record Comparison(
      List<OutputFile> changed, List<OutputFile> missing, List<String> unchanged, List<String> extra,
      Map<String, byte[]> onDisk) {}

  public Comparison compare(List<OutputFile> files) throws IOException {
    List<OutputFile> changed = new ArrayList<>();
    List<OutputFile> missing = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    Map<String, byte[]> onDisk = new HashMap<>();
    TreeSet<String> generated = new TreeSet<>();
    for (OutputFile f : files.stream().sorted().toList()) {
      if (!generated.add(f.path())) {
        throw new IllegalArgumentException("two generated files share the path '" + f.path() + "'");
      }
      Path target = SafePaths.resolve(root, f.path());
      byte[] existing;
      try {
        existing = Files.readAllBytes(target);
      } catch (NoSuchFileException e) {
        missing.add(f);
        continue;
      }
      if (Arrays.equals(existing, f.content())) {
        unchanged.add(f.path());
      } else {
        changed.add(f);
        onDisk.put(f.path(), existing);
      }
    }
    List<String> extra = new ArrayList<>();
    for (String path : existingFiles()) {
      if (!generated.contains(path) && managed.test(path)) {
        extra.add(path);
      }
    }
    return new Comparison(changed, missing, unchanged, extra, onDisk);
  }

  /**
   * Writes new and changed files and deletes managed files that are no longer generated, all or nothing (see the
   * class comment). First finishes or discards what an interrupted earlier write left beside the folder.
   */
  public WriteReport write(List<OutputFile> files) throws IOException {
    try (OutputSession session = openWrite()) {
      for (OutputFile f : files.stream().sorted().toList()) {
        session.add(f);
      }
      return session.commit();
    }
  }

  /**
   * A write fed one file at a time ({@link OutputSession}); as {@link #write}, it first finishes or discards what an
   * interrupted earlier write left beside the folder.
   */
  public OutputSession openWrite() throws IOException {
    return new OutputSession(this, new Staging(root, managed, hook).open(), 0);
  }

  /** A check fed one file at a time ({@link OutputSession}); the folder is not touched. */
  public OutputSession openCheck(int maxDiffLines) {
    return new OutputSession(this, null, maxDiffLines);
  }

  /** Whether this tool owns {@code path} (relative, '/' separators) in the folder. */
  boolean manages(String path) {
    return managed.test(path);
  }

  /** True when an interrupted write left something beside the folder (the next {@link #write} deals with it). */
  public boolean interrupted() {
    return root.getParent() != null && new Staging(root, managed, hook).present();
  }

  /** Compares only; the folder is not touched. */
  public CheckReport check(List<OutputFile> files, int maxDiffLines) throws IOException {
    try (OutputSession session = openCheck(maxDiffLines)) {
      for (OutputFile f : files.stream().sorted().toList()) {
        session.add(f);
      }
      return session.checked();
    }
  }

  private List<String> existingFiles() throws IOException {
    return FolderFiles.relativePaths(root);
  }
}
