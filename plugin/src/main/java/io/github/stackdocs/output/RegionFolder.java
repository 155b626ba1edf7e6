package io.github.stackdocs.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A folder of human-edited files with generated regions ({@link MarkerRegions}). A file that does not exist
 * is created from the full generated text; an existing file gets only its generated regions replaced, so
 * everything people wrote outside them is kept byte for byte. A managed file that is no longer generated is
 * never deleted: it gets an orphan banner region (a managed-looking file without any marker was written by
 * people and is left alone). {@link #write} and {@link #check} share {@link #plan}; check
 * therefore compares generated regions only. Every file is parsed before anything is written, so a file with
 * broken markers stops the run with nothing changed.
 *
 * <p>A write is all or nothing like {@link OutputFolder}'s: the merged and new files are staged beside the folder,
 * a journal is committed and they are renamed in ({@link Staging}). A run killed before the commit point leaves
 * every file as it was; one killed while renaming leaves some files merged and the rest not (each file whole),
 * and the next write first finishes the renames, except over a file changed since (it is kept as it is), then
 * merges. Nothing is deleted.
 */
public final class RegionFolder {
  private final Path root;
  private final Predicate<String> managed;
  private final Function<String, String> orphanBanner;
  private final Staging.StepHook hook;

  /**
   * @param root the folder
   * @param managed which relative paths ('/' separators) are generated files (candidates for orphan marking)
   * @param orphanBanner the banner region's body (lines with {@code \n}) for an orphaned path
   */
  public RegionFolder(Path root, Predicate<String> managed, Function<String, String> orphanBanner) {
    this(root, managed, orphanBanner, Staging.StepHook.NONE);
  }

  /** With a hook called before each step of staging and moving files in (tests simulate a crash there). */
  RegionFolder(Path root, Predicate<String> managed, Function<String, String> orphanBanner, Staging.StepHook hook) {
    this.root = root.toAbsolutePath().normalize();
    this.managed = managed;
    this.orphanBanner = orphanBanner;
    this.hook = hook;
  }

  public Path root() {
    return root;
  }

  /** What each file should become; the step write and check share. */
  record Plan(Map<String, byte[]> create, Map<String, String> update, Map<String, String> onDisk,
      List<String> unchanged, List<String> orphaned, List<String> warnings) {}

  Plan plan(List<OutputFile> files) throws IOException {
    Map<String, byte[]> create = new LinkedHashMap<>();
    Map<String, String> update = new LinkedHashMap<>();
    Map<String, String> onDisk = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    List<String> orphaned = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    TreeSet<String> generated = new TreeSet<>();
    for (OutputFile f : files.stream().sorted().toList()) {
      if (!generated.add(f.path())) {
        throw new IllegalArgumentException("two generated files share the path '" + f.path() + "'");
      }
      String fresh = new String(f.content(), StandardCharsets.UTF_8);
      MarkerRegions.Parsed freshParts;
      try {
        freshParts = MarkerRegions.parse(fresh, f.path());
      } catch (MarkerException e) {
        throw new IllegalStateException("generated text has broken markers: " + e.getMessage(), e);
      }
      Path target = SafePaths.resolve(root, f.path());
      String existing;
      try {
        existing = Files.readString(target, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        create.put(f.path(), f.content());
        continue;
      }
      MarkerRegions.Merge merge = MarkerRegions.merge(MarkerRegions.parse(existing, shown(target)), freshParts);
      if (!merge.absentRegions().isEmpty()) {
        List<String> ids = merge.absentRegions();
        warnings.add(shown(target) + ": generated region" + (ids.size() == 1 ? " '" : "s '") + String.join("', '", ids)
            + (ids.size() == 1 ? "' is" : "' are") + " not in the file (removed by hand?) and not added back; to get"
            + " one again, add the lines '// stackdocs:begin <id>' and '// stackdocs:end <id>' where it should go");
      }
      record(f.path(), existing, merge.text(), update, onDisk, unchanged);
    }
    for (String path : existingFiles()) {
      if (generated.contains(path) || !managed.test(path)) {
        continue;
      }
      Path target = SafePaths.resolve(root, path);
      String existing = Files.readString(target, StandardCharsets.UTF_8);
      MarkerRegions.Parsed parts = MarkerRegions.parse(existing, shown(target));
      if (parts.regions().isEmpty()) {
        continue; // no markers: a file people wrote themselves, not ours
      }
      String marked = MarkerRegions.markOrphaned(parts, orphanBanner.apply(path));
      orphaned.add(path);
      record(path, existing, marked, update, onDisk, unchanged);
    }
    return new Plan(create, update, onDisk, unchanged, orphaned, warnings);
  }

  private static void record(String path, String existing, String merged, Map<String, String> update,
      Map<String, String> onDisk, List<String> unchanged) {
    if (merged.equals(existing)) {
      unchanged.add(path);
    } else {
      update.put(path, merged);
      onDisk.put(path, existing);
    }
  }

  /**
   * Creates new files, updates generated regions and marks orphans, all or nothing (see the class comment). First
   * finishes or discards what an interrupted earlier write left beside the folder.
   */
  public RegionReport write(List<OutputFile> files) throws IOException {
    Staging staging = new Staging(root, managed, hook);
    List<String> recovered = staging.recover();
    Plan p = plan(files);
    List<OutputFile> writes = new ArrayList<>();
    Map<String, String> before = new LinkedHashMap<>();
    p.create().forEach((path, bytes) -> {
      writes.add(new OutputFile(path, bytes));
      before.put(path, Journal.NO_FILE);
    });
    p.update().forEach((path, text) -> {
      writes.add(OutputFile.text(path, text));
      before.put(path, Journal.sha256(p.onDisk().get(path).getBytes(StandardCharsets.UTF_8)));
    });
    List<String> warnings = new ArrayList<>(recovered);
    if (!writes.isEmpty()) {
      warnings.addAll(staging.replace(writes, List.of(), before));
    }
    warnings.addAll(p.warnings());
    RegionReport r = report(p, "");
    return new RegionReport(r.created(), r.updated(), r.unchanged(), r.orphaned(), warnings, r.diff());
  }

  /** True when an interrupted write left something beside the folder (the next {@link #write} deals with it). */
  public boolean interrupted() {
    return root.getParent() != null && new Staging(root, managed, hook).present();
  }

  /**
   * The text of every managed file as {@link #write} would leave the folder: existing files as they are, generated
   * regions merged, new files created, orphans marked. Nothing is written. Sorted by path.
   */
  public java.util.SortedMap<String, String> preview(List<OutputFile> files) throws IOException {
    Plan p = plan(files);
    java.util.SortedMap<String, String> result = contents();
    p.create().forEach((path, bytes) -> result.put(path, new String(bytes, StandardCharsets.UTF_8)));
    result.putAll(p.update());
    return result;
  }

  /** The text of every managed file in the folder as it is now, sorted by path (none when the folder is absent). */
  public java.util.SortedMap<String, String> contents() throws IOException {
    java.util.SortedMap<String, String> result = new java.util.TreeMap<>();
    for (String path : existingFiles()) {
      if (managed.test(path)) {
        result.put(path, Files.readString(SafePaths.resolve(root, path), StandardCharsets.UTF_8));
      }
    }
    return result;
  }

  /** Compares only; the folder is not touched. */
  public RegionReport check(List<OutputFile> files, int maxDiffLines) throws IOException {
    Plan p = plan(files);
    List<String> diff = new ArrayList<>();
    for (Map.Entry<String, String> e : p.update().entrySet()) {
      if (diff.size() >= maxDiffLines) {
        break;
      }
      diff.addAll(UnifiedDiff.diff(e.getKey(), p.onDisk().get(e.getKey()), e.getValue(), maxDiffLines - diff.size()));
    }
    if (diff.size() > maxDiffLines) {
      diff = new ArrayList<>(diff.subList(0, maxDiffLines));
      diff.add("... (diff truncated)");
    }
    return report(p, String.join("\n", diff));
  }

  private static RegionReport report(Plan p, String diff) {
    return new RegionReport(p.create().keySet().stream().sorted().toList(),
        p.update().keySet().stream().sorted().toList(), p.unchanged().stream().sorted().toList(),
        p.orphaned().stream().sorted().toList(), p.warnings(), diff);
  }

  private String shown(Path target) {
    return target.toString();
  }

  private List<String> existingFiles() throws IOException {
    return FolderFiles.relativePaths(root);
  }
}
