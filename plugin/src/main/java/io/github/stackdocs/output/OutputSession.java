package io.github.stackdocs.output;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One write or check of an {@link OutputFolder} fed a file at a time, as the files are made, so that none has to be
 * held until the last one is ready (at 50,000 resources the pages would be most of the heap). Each file is compared
 * with the folder when it arrives: in a write, a new or changed file goes straight into the staging folder
 * ({@link Staging}) and {@link #commit} moves them all in at once, so a write stays all or nothing; in a check, only
 * the paths and the first lines of the diff are kept. The reports are the same as {@link OutputFolder#write} and
 * {@link OutputFolder#check} give for the same files, whatever order they came in. Thread-safe ({@link #add} may be
 * called from the threads that lay out diagrams). Close it: a write not committed is discarded.
 */
public final class OutputSession implements AutoCloseable {
  private final OutputFolder folder;
  private final Staging.Open staging; // null when checking
  private final int maxDiffLines;
  private final Set<String> generated = new HashSet<>();
  private final List<String> written = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();
  private final List<String> stale = new ArrayList<>();
  /** The diffs of the first stale files in path order, as many as the check can show (see {@link #checked}). */
  private final java.util.TreeMap<String, List<String>> diffs = new java.util.TreeMap<>();

  OutputSession(OutputFolder folder, Staging.Open staging, int maxDiffLines) {
    this.folder = folder;
    this.staging = staging;
    this.maxDiffLines = maxDiffLines;
  }

  /** Compares {@code f} with the folder and, in a write, stages it when it is new or changed. */
  public synchronized void add(OutputFile f) throws IOException {
    if (!generated.add(f.path())) {
      throw new IllegalArgumentException("two generated files share the path '" + f.path() + "'");
    }
    Path target = SafePaths.resolve(folder.root(), f.path());
    byte[] existing;
    try {
      existing = Files.readAllBytes(target);
    } catch (NoSuchFileException e) {
      existing = null;
    }
    if (existing != null && Arrays.equals(existing, f.content())) {
      unchanged.add(f.path());
    } else if (staging != null) {
      staging.stage(f, "");
      written.add(f.path());
    } else if (existing == null) {
      missing.add(f.path());
    } else {
      stale(f.path(), existing, f.content());
    }
  }

  /** How a file too large to hold writes its bytes; writing it again writes the same bytes. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * As {@link #add(OutputFile)}, for a file too large to hold ({@code model.json} at 50,000 resources): in a write it
   * is written straight into the staging folder and compared there with the folder's, taken back when the same; in a
   * check it is compared with the folder's as it is written. Neither file is held, except to show a diff.
   *
   * @return the SHA-256 of its bytes
   */
  public synchronized String add(String path, Content content) throws IOException {
    if (!generated.add(path)) {
      throw new IllegalArgumentException("two generated files share the path '" + path + "'");
    }
    Path target = SafePaths.resolve(folder.root(), path);
    boolean exists = Files.exists(target);
    if (staging != null) {
      Staging.Staged staged = staging.stage(path, content, "");
      if (exists && Files.mismatch(staged.file(), target) == -1) {
        staging.unstage(path);
        unchanged.add(path);
      } else {
        written.add(path);
      }
      return staged.sha256();
    }
    MessageDigest digest = Journal.sha256();
    boolean same;
    try (InputStream existing = exists ? new BufferedInputStream(Files.newInputStream(target), 1 << 16)
        : InputStream.nullInputStream();
        SameAs compared = new SameAs(existing)) {
      content.writeTo(new DigestOutputStream(compared, digest));
      same = exists && compared.same();
    }
    if (same) {
      unchanged.add(path);
    } else if (!exists) {
      missing.add(path);
    } else if (diffShown(path)) {
      ByteArrayOutputStream now = new ByteArrayOutputStream();
      content.writeTo(now);
      stale(path, Files.readAllBytes(target), now.toByteArray());
    } else {
      stale.add(path);
    }
    return Journal.hex(digest);
  }

  /** Notes a stale file, with its diff while the check's diff is not full. */
  private void stale(String path, byte[] existing, byte[] content) {
    stale.add(path);
    if (diffShown(path)) {
      diffs.put(path, UnifiedDiff.diff(path, new String(existing, StandardCharsets.UTF_8),
          new String(content, StandardCharsets.UTF_8), maxDiffLines));
      prune();
    }
  }

  /** Compares what is written to it with what {@code existing} holds, byte for byte, keeping neither. */
  private static final class SameAs extends OutputStream {
    private final InputStream existing;
    private final byte[] read = new byte[1 << 16];
    private boolean same = true;

    SameAs(InputStream existing) {
      this.existing = existing;
    }

    @Override
    public void write(int b) throws IOException {
      if (same && existing.read() != (b & 0xff)) {
        same = false;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (same && len > 0) {
        int n = existing.readNBytes(read, 0, Math.min(len, read.length));
        if (n < Math.min(len, read.length) || !Arrays.equals(read, 0, n, b, off, off + n)) {
          same = false;
        }
        off += n;
        len -= n;
      }
    }

    /** Whether everything written was what {@code existing} holds, and it holds no more. */
    boolean same() throws IOException {
      return same && existing.read() == -1;
    }
  }

  /** Whether a stale file at {@code path} gets its diff: the diff is not full yet, or it sorts before the last one. */
  private boolean diffShown(String path) {
    return diffLines() < maxDiffLines || path.compareTo(diffs.lastKey()) < 0;
  }

  private int diffLines() {
    return diffs.values().stream().mapToInt(List::size).sum();
  }

  /** Drops the diffs that come after enough lines to fill the check's diff. */
  private void prune() {
    int lines = 0;
    String last = null;
    for (var e : diffs.entrySet()) {
      if (lines >= maxDiffLines) {
        last = e.getKey();
        break;
      }
      lines += e.getValue().size();
    }
    if (last != null) {
      diffs.tailMap(last, true).clear();
    }
  }

  /**
   * Deletes the managed files that were not generated and moves the staged files in (see {@link Staging}).
   *
   * @throws IllegalStateException when this session checks
   */
  public synchronized WriteReport commit() throws IOException {
    if (staging == null) {
      throw new IllegalStateException("a check writes nothing");
    }
    List<String> extra = extra();
    if (!written.isEmpty() || !extra.isEmpty()) {
      staging.commit(extra);
    } else {
      staging.close();
    }
    return new WriteReport(sorted(written), sorted(unchanged), extra, staging.warnings());
  }

  /** What a check found: the files that differ, are missing or are no longer generated, and the diff. */
  public synchronized CheckReport checked() throws IOException {
    List<String> lines = new ArrayList<>();
    for (List<String> d : diffs.values()) { // the files in path order, as OutputFolder.check diffs them
      if (lines.size() >= maxDiffLines) {
        break;
      }
      lines.addAll(UnifiedDiff.truncated(d, maxDiffLines - lines.size()));
    }
    if (lines.size() > maxDiffLines) {
      lines = new ArrayList<>(lines.subList(0, maxDiffLines));
      lines.add(UnifiedDiff.TRUNCATED);
    }
    return new CheckReport(sorted(stale), sorted(missing), extra(), String.join("\n", lines));
  }

  /** How many files were added. */
  public synchronized int files() {
    return generated.size();
  }

  private List<String> extra() throws IOException {
    List<String> extra = new ArrayList<>();
    for (String path : FolderFiles.relativePaths(folder.root())) {
      if (!generated.contains(path) && folder.manages(path)) {
        extra.add(path);
      }
    }
    return extra;
  }

  private static List<String> sorted(List<String> paths) {
    return paths.stream().sorted().toList();
  }

  /** Discards a write that was not committed; the folder is as it was. */
  @Override
  public synchronized void close() throws IOException {
    if (staging != null) {
      staging.close();
    }
  }
}
