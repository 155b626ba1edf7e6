package io.github.stackdocs.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
 * <p>Recovery replays only a journal this tool wrote, and only within what the folder owns: the staging folder must be
 * a real folder (not a link) of the current user, holding the owner-only marker of the run that made it; the journal
 * must carry that run's id and a MAC of its entries ({@link Journal}); every path must be a plain relative path the
 * folder owns, with no symbolic link on its way in the staging or the output folder; and every staged file must
 * still have the SHA-256 recorded for it (or, once moved, the file in the output folder). Anything else is refused
 * as a whole, with a warning naming the journal; the staging folder is then removed without following links (a link
 * is deleted, never what it points to), and the run writes everything itself. Refusing costs nothing but time:
 * every write compares the whole folder with what it generates right after recovery, so a half-applied folder is
 * brought up to date either way.
 *
 * <p>A folder people edit (the runbooks, {@link RegionFolder}) stages <em>updates</em>: each names the SHA-256 of the
 * file it was merged from (or that there was none). Recovery moves a staged update in only over that very file; a
 * file changed since the run was killed (someone edited it, or restored it from version control) is left as it is
 * and its staged update dropped, with a warning, so recovery never overwrites a line written after the kill. The
 * run that recovers merges its own regions into every file next, so the folder still ends up complete.
 *
 * <p>A write that fails before the commit point (a full disk) removes the staging folder and says so; the output
 * folder was not touched.
 *
 * <p>Files that do not change are never staged, moved or rewritten (their timestamps stay), and files this tool
 * does not own are never touched: a folder shared with hand-written files stays shared. Swapping the whole folder
 * would have had a shorter window between states, but would have had to carry those files across and would
 * replace a folder someone may have open, or that is the project's own root.
 */
final class Staging {
  static final String SUFFIX = ".stackdocs-staging";
  static final String JOURNAL = ".commit";
  static final String MARKER = ".run";
  private static final String MARKER_HEADER = "stackdocs-staging 2";
  /** Far more than any real journal (a line per file); a bigger file is not one of ours. */
  private static final long MAX_JOURNAL_BYTES = 64L * 1024 * 1024;
  private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

  private final Path root;
  private final Path dir;
  private final Predicate<String> owned;
  private final StepHook hook;

  /** Called before staging each file and before each step of the apply phase; tests throw from it there. */
  interface StepHook {
    StepHook NONE = step -> {};

    void before(String step) throws IOException;
  }

  /**
   * @param root the output folder
   * @param owned which relative paths the output folder's owner (this tool) manages: the only paths a journal may name
   */
  Staging(Path root, Predicate<String> owned, StepHook hook) {
    this.root = root;
    Path parent = root.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("the output folder " + root + " has no parent folder to stage files in");
    }
    this.dir = parent.resolve("." + root.getFileName() + SUFFIX);
    this.owned = owned;
    this.hook = hook;
  }

  Path dir() {
    return dir;
  }

  /** Whether something (a folder, a file or a link) is where the staging folder goes. */
  boolean present() {
    return NoFollow.exists(dir);
  }

  /**
   * Finishes or discards what an earlier, interrupted run left: a journal this tool committed is applied (see the
   * class comment), anything else is removed.
   *
   * @return warnings, each naming what was discarded and why (none when there was nothing, or only an uncommitted
   *     staging folder of a killed run)
   */
  List<String> recover() throws IOException {
    Optional<BasicFileAttributes> attributes = NoFollow.attributes(dir);
    if (attributes.isEmpty()) {
      return List.of();
    }
    if (!attributes.get().isDirectory()) {
      Files.delete(dir); // a link itself, never what it points to
      return List.of(dir + ": removed " + (attributes.get().isSymbolicLink() ? "this symbolic link" : "this file")
          + " where stackdocs stages files, without reading what it points to or holds; stackdocs makes its"
          + " staging folder itself");
    }
    List<String> warnings = new ArrayList<>();
    Path journal = dir.resolve(JOURNAL);
    if (NoFollow.exists(journal)) {
      List<Journal.Entry> entries;
      try {
        entries = verified(journal);
      } catch (Journal.Refused e) {
        entries = null;
        warnings.add(journal + (e.line > 0 ? ":" + e.line : "") + ": discarded this journal of an interrupted write"
            + " without applying it: " + e.getMessage() + "; removed " + dir
            + "; this run writes what differs itself");
      }
      if (entries != null) {
        apply(entries, warnings);
      }
    }
    NoFollow.deleteTree(dir);
    return warnings;
  }

  /**
   * Stages {@code writes}, commits, applies: after this returns, the output folder holds every file of
   * {@code writes} and none of {@code deletes} (paths relative to the output folder, already checked). A failure
   * before the commit point removes the staging folder and leaves the output folder as it was.
   *
   * @return warnings of recovering what was left beside the folder
   */
  List<String> replace(List<OutputFile> writes, List<String> deletes) throws IOException {
    return replace(writes, deletes, Map.of());
  }

  /**
   * As {@link #replace(List, List)}, with the writes {@code before} names staged as updates: path → the SHA-256 of
   * the file the new text was made from, or {@link Journal#NO_FILE}. Recovery moves an update in only over that file
   * (see the class comment); this run moves it in as planned.
   */
  List<String> replace(List<OutputFile> writes, List<String> deletes, Map<String, String> before)
      throws IOException {
    Open open = open();
    try {
      for (OutputFile f : writes) {
        open.stage(f, before.getOrDefault(f.path(), ""));
      }
      open.commit(deletes);
    } finally {
      open.close();
    }
    return open.warnings();
  }

  /**
   * Recovers what an earlier run left ({@link #recover}) and starts staging this run's files: they are then staged one
   * at a time ({@link Open#stage}), as they are made, so none has to be held until the last is ready, and moved in by
   * {@link Open#commit}. Closing an open staging that was not committed removes it; the output folder is not touched.
   */
  Open open() throws IOException {
    return new Open(Journal.newRunId(), recover());
  }

  /** A file written into the staging folder, and the SHA-256 of its bytes. */
  record Staged(Path file, String sha256) {}

  /** One run's staging folder while files are staged into it; see {@link #open}. */
  final class Open implements AutoCloseable {
    private final String runId;
    private final List<String> warnings;
    private final List<Journal.Entry> entries = new ArrayList<>();
    private boolean created;
    private boolean done;

    private Open(String runId, List<String> warnings) {
      this.runId = runId;
      this.warnings = warnings;
    }

    /** The warnings of recovering what was left beside the folder. */
    List<String> warnings() {
      return warnings;
    }

    /**
     * Writes {@code f} in full into the staging folder. {@code before}: for an update, the SHA-256 of the file its
     * text was made from, or {@link Journal#NO_FILE}; empty for a plain write. A failure removes the staging folder.
     */
    void stage(OutputFile f, String before) throws IOException {
      stage(f.path(), out -> out.write(f.content()), before);
    }

    /**
     * As {@link #stage(OutputFile, String)}, the file written by {@code content} straight into the staging folder,
     * never held.
     *
     * @return the staged file and its SHA-256
     */
    Staged stage(String path, OutputSession.Content content, String before) throws IOException {
      if (done) {
        throw new IllegalStateException("staging already committed or discarded");
      }
      try {
        create();
        if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
          throw new IllegalArgumentException("refusing output path '" + path + "': it spans lines");
        }
        Path staged = SafePaths.resolve(dir, path);
        hook.before("stage " + path);
        Files.createDirectories(staged.getParent());
        MessageDigest digest = Journal.sha256();
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(staged),
            1 << 16), digest)) {
          content.writeTo(out);
        }
        String sha256 = Journal.hex(digest);
        entries.add(new Journal.Entry(true, path, sha256, before, 0));
        return new Staged(staged, sha256);
      } catch (IOException | RuntimeException e) {
        fail(e);
        throw new IllegalStateException(e); // fail always throws
      }
    }

    /**
     * Takes back the file just staged at {@code path} (the last one): it turned out the same as the folder's, so it
     * is neither moved nor rewritten.
     */
    void unstage(String path) throws IOException {
      Journal.Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
      if (done || last == null || !last.path().equals(path)) {
        throw new IllegalStateException("'" + path + "' is not the file staged last");
      }
      entries.remove(entries.size() - 1);
      Files.delete(SafePaths.resolve(dir, path));
    }

    /**
     * Commits the staged files (in the order they were staged) and {@code deletes}, and applies them: the output folder
     * then holds every staged file and none of {@code deletes}.
     */
    void commit(List<String> deletes) throws IOException {
      if (done) {
        throw new IllegalStateException("staging already committed or discarded");
      }
      List<Journal.Entry> all = new ArrayList<>(entries);
      deletes.forEach(path -> all.add(new Journal.Entry(false, path, "", 0)));
      try {
        create();
        Path tmp = dir.resolve(JOURNAL + ".tmp");
        Files.write(tmp, Journal.lines(runId, all), StandardCharsets.UTF_8);
        move(tmp, dir.resolve(JOURNAL)); // the commit point
      } catch (IOException | RuntimeException e) {
        fail(e);
      }
      done = true;
      apply(all, null);
      NoFollow.deleteTree(dir);
    }

    /** The staging folder and its owner-only marker, made when the first file is staged. */
    private void create() throws IOException {
      if (!created) {
        created = true;
        Files.createDirectories(dir.getParent());
        createOwnerOnly(dir, true);
        Files.write(createOwnerOnly(dir.resolve(MARKER), false), List.of(MARKER_HEADER, runId), StandardCharsets.UTF_8);
      }
    }

    /** Removes the staging folder unless it was committed: the output folder was not touched. */
    @Override
    public void close() throws IOException {
      if (!done) {
        done = true;
        if (created) {
          NoFollow.deleteTree(dir);
        }
      }
    }

    private void fail(Exception e) throws IOException {
      done = true;
      if (e instanceof IOException io) {
        throw new IOException(discarded(io) + " was removed", io);
      }
      discarded(e);
      throw (RuntimeException) e;
    }
  }

  /**
   * Removes the staging folder after {@code e}, a failure before the commit point.
   *
   * @return the start of the message saying so, up to "{@code <staging folder>}"
   * @throws IOException when the staging folder could not be removed either, saying so
   */
  private String discarded(Exception e) throws IOException {
    String said = "could not stage the new files in " + dir + ": "
        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "; the files in " + root
        + " were not changed and ";
    try {
      NoFollow.deleteTree(dir);
    } catch (IOException cleanup) {
      IOException failed = new IOException(said + dir + " could not be removed (" + cleanup.getMessage()
          + "): delete it", e);
      failed.addSuppressed(cleanup);
      throw failed;
    }
    return said + dir;
  }

  /**
   * The entries of a journal this tool wrote, checked against the folders (see the class comment).
   *
   * @throws Journal.Refused when anything is not as a run of this tool leaves it
   */
  private List<Journal.Entry> verified(Path journal) throws Journal.Refused, IOException {
    if (!NoFollow.ownedByCurrentUser(dir)) {
      throw new Journal.Refused(0, "the staging folder does not belong to the user running stackdocs");
    }
    String runId = runId();
    if (!NoFollow.isRegularFile(journal) || !NoFollow.ownedByCurrentUser(journal)) {
      throw new Journal.Refused(0, "it is not a regular file of the user running stackdocs (a link or a folder?)");
    }
    if (Files.size(journal) > MAX_JOURNAL_BYTES) {
      throw new Journal.Refused(0, "it is larger than any journal stackdocs writes");
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new Journal.Refused(0, "it is not UTF-8 text");
    }
    List<Journal.Entry> entries = Journal.parse(lines, runId, owned);
    for (Journal.Entry e : entries) {
      if (!NoFollow.linkFree(root, e.path()) || !NoFollow.linkFree(dir, e.path())) {
        throw new Journal.Refused(e.line(), "a symbolic link is on its path");
      }
      if (e.write()) {
        Path staged = dir.resolve(e.path());
        Path target = root.resolve(e.path());
        boolean ok = NoFollow.exists(staged)
            ? NoFollow.isRegularFile(staged) && e.sha256().equals(Journal.sha256(Files.readAllBytes(staged)))
            : e.update() // moved in, or dropped: the file may have been edited since
                || NoFollow.isRegularFile(target) && e.sha256().equals(Journal.sha256(Files.readAllBytes(target)));
        if (!ok) {
          throw new Journal.Refused(e.line(), "its staged file (or, once moved, the file in the output folder)"
              + " does not have the SHA-256 recorded for it");
        }
      }
    }
    return entries;
  }

  /** The run id in the staging folder's marker, which must be an owner-only file of the current user. */
  private String runId() throws Journal.Refused, IOException {
    Path marker = dir.resolve(MARKER);
    String none = "the staging folder has no owner-only marker of the run that made it";
    if (!NoFollow.isRegularFile(marker) || !NoFollow.ownedByCurrentUser(marker) || Files.size(marker) > 200) {
      throw new Journal.Refused(0, none);
    }
    if (posix(marker)) {
      Set<PosixFilePermission> p = Files.getPosixFilePermissions(marker, LinkOption.NOFOLLOW_LINKS);
      if (!OWNER_ONLY_FILE.containsAll(p)) {
        throw new Journal.Refused(0, none);
      }
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new Journal.Refused(0, none);
    }
    if (lines.size() != 2 || !lines.get(0).equals(MARKER_HEADER) || !lines.get(1).matches("[0-9a-f]{32}")) {
      throw new Journal.Refused(0, none);
    }
    return lines.get(1);
  }

  /**
   * Moves staged files in and deletes the rest; repeatable (a step already done is skipped). When recovering
   * ({@code warnings} given), an update whose file changed since it was staged is dropped instead, saying so.
   */
  private void apply(List<Journal.Entry> entries, List<String> warnings) throws IOException {
    for (Journal.Entry e : entries) {
      Path target = root.resolve(e.path());
      if (e.write()) {
        Path staged = dir.resolve(e.path());
        if (NoFollow.exists(staged) && warnings != null && e.update() && !e.before().equals(state(target))) {
          Files.delete(staged);
          warnings.add(target + ": changed since an interrupted run merged its generated regions; kept as it is"
              + " (this run merges them again)");
        }
        if (NoFollow.exists(staged)) {
          hook.before(Journal.WRITE + e.path());
          Files.createDirectories(target.getParent());
          move(staged, target);
        }
      } else {
        hook.before(Journal.DELETE + e.path());
        Files.deleteIfExists(target);
      }
    }
  }

  /** The SHA-256 of the regular file at {@code target}, {@link Journal#NO_FILE} when there is none, else "?". */
  private static String state(Path target) throws IOException {
    if (!NoFollow.exists(target)) {
      return Journal.NO_FILE;
    }
    return NoFollow.isRegularFile(target) ? Journal.sha256(Files.readAllBytes(target)) : "?";
  }

  /** Creates a folder or an empty file that only its owner may read or write (where the file system knows so). */
  private static Path createOwnerOnly(Path path, boolean folder) throws IOException {
    if (posix(path.getParent())) {
      var attribute = PosixFilePermissions.asFileAttribute(folder ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
      return folder ? Files.createDirectory(path, attribute) : Files.createFile(path, attribute);
    }
    return folder ? Files.createDirectory(path) : Files.createFile(path);
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
