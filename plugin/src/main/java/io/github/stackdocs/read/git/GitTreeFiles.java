package io.github.stackdocs.read.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads files as they were at a git ref ({@code origin/main}, a tag, a commit, {@code HEAD~1}, or
 * {@code merge-base(origin/main)}: where {@code HEAD} branched off) straight from the
 * object database of the repository that contains a folder: no checkout, no git binary.
 */
public final class GitTreeFiles {
  private static final long MAX_FILE = 64L << 20;
  private static final Pattern MERGE_BASE = Pattern.compile("merge-base\\((.+)\\)");

  /** One file at the ref. @param path relative to the folder asked for, '/' separators */
  public record GitFile(String path, byte[] content) {}

  /** What was read: the files, and the commit the ref named (abbreviated id; {@code id} in full). */
  public record Snapshot(String commit, List<GitFile> files, String id) {
    public Snapshot(String commit, List<GitFile> files) {
      this(commit, files, commit);
    }
  }

  /**
   * The files under a folder at one commit, read one at a time by folder-relative path (what Rain directives of a
   * baseline template name: module files, embedded files). Close it when done.
   */
  public static final class Tree implements AutoCloseable {
    private final Repository repo;
    private final RevTree tree;
    private final String prefix;

    private Tree(Repository repo, RevTree tree, String prefix) {
      this.repo = repo;
      this.tree = tree;
      this.prefix = prefix;
    }

    /** The file's bytes; empty when the commit has no file there or it is bigger than the files read at all. */
    public Optional<byte[]> read(String path) throws IOException {
      try (TreeWalk walk = TreeWalk.forPath(repo, full(path), tree)) {
        if (walk == null || walk.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB) {
          return Optional.empty();
        }
        ObjectLoader loader = repo.open(walk.getObjectId(0));
        return loader.getSize() > MAX_FILE ? Optional.empty() : Optional.of(loader.getBytes());
      }
    }

    /** Whether the commit has a folder at {@code path}. */
    public boolean isFolder(String path) throws IOException {
      try (TreeWalk walk = TreeWalk.forPath(repo, full(path), tree)) {
        return walk != null && walk.getFileMode(0).getObjectType() == org.eclipse.jgit.lib.Constants.OBJ_TREE;
      }
    }

    private String full(String path) {
      return prefix.isEmpty() ? path : prefix + "/" + path;
    }

    @Override
    public void close() {
      repo.close();
    }
  }

  private GitTreeFiles() {}

  /**
   * The files under {@code folder} at {@code ref} whose folder-relative path {@code wanted} accepts.
   *
   * @throws IllegalArgumentException when no repository contains the folder or the ref names no commit
   * @throws IOException when the repository cannot be read
   */
  public static Snapshot read(Path folder, String ref, Predicate<String> wanted) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      throw new IllegalArgumentException("no git repository contains " + folder);
    }
    try (Repository repo = builder.setMustExist(true).build()) {
      File workTree = repo.isBare() ? null : repo.getWorkTree();
      String prefix = workTree == null ? "" : slashes(workTree.toPath().toAbsolutePath().normalize()
          .relativize(folder.toAbsolutePath().normalize()));
      List<GitFile> files = new ArrayList<>();
      try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
        RevCommit commit = commit(repo, walk, ref);
        tree.addTree(commit.getTree());
        tree.setRecursive(true);
        if (!prefix.isEmpty()) {
          tree.setFilter(PathFilter.create(prefix));
        }
        while (tree.next()) {
          String path = tree.getPathString();
          String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
          if (tree.getFileMode(0).getObjectType() != org.eclipse.jgit.lib.Constants.OBJ_BLOB || !wanted.test(relative)) {
            continue;
          }
          ObjectLoader loader = repo.open(tree.getObjectId(0));
          if (loader.getSize() > MAX_FILE) {
            continue;
          }
          files.add(new GitFile(relative, loader.getBytes()));
        }
        return new Snapshot(commit.abbreviate(8).name(), files, commit.name());
      }
    }
  }

  /** The files under {@code folder} at {@code commit} (a full id from {@link Snapshot#id}), to read one by one. */
  public static Tree open(Path folder, String commit) throws IOException {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(folder.toFile());
    if (builder.getGitDir() == null) {
      throw new IllegalArgumentException("no git repository contains " + folder);
    }
    Repository repo = builder.setMustExist(true).build();
    try (RevWalk walk = new RevWalk(repo)) {
      File workTree = repo.isBare() ? null : repo.getWorkTree();
      String prefix = workTree == null ? "" : slashes(workTree.toPath().toAbsolutePath().normalize()
          .relativize(folder.toAbsolutePath().normalize()));
      return new Tree(repo, walk.parseCommit(resolve(repo, commit)).getTree(), prefix);
    } catch (IOException | RuntimeException e) {
      repo.close();
      throw e;
    }
  }

  /**
   * The commit {@code ref} names; {@code merge-base(<ref>)} is the best common ancestor of {@code HEAD} and
   * {@code <ref>} (what a pull request's diff starts from: the target branch may have moved on since).
   */
  static RevCommit commit(Repository repo, RevWalk walk, String ref) throws IOException {
    Matcher m = MERGE_BASE.matcher(ref.strip());
    if (!m.matches()) {
      return walk.parseCommit(resolve(repo, ref));
    }
    RevCommit head = walk.parseCommit(resolve(repo, "HEAD"));
    RevCommit other = walk.parseCommit(resolve(repo, m.group(1).strip()));
    walk.setRevFilter(RevFilter.MERGE_BASE);
    walk.markStart(head);
    walk.markStart(other);
    RevCommit base = walk.next();
    if (base == null) {
      throw new IllegalArgumentException("HEAD and '" + m.group(1).strip() + "' have no common ancestor in "
          + repo.getDirectory() + " (a shallow clone? fetch the full history, e.g. actions/checkout with"
          + " fetch-depth: 0)");
    }
    walk.reset();
    walk.setRevFilter(RevFilter.ALL);
    return walk.parseCommit(base);
  }

  private static ObjectId resolve(Repository repo, String ref) throws IOException {
    ObjectId id = repo.resolve(ref + "^{commit}");
    if (id == null) {
      throw new IllegalArgumentException("git ref '" + ref + "' names no commit in " + repo.getDirectory()
          + " (in CI, fetch it first: a shallow clone has only the checked-out commit)");
    }
    return id;
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}
