package io.github.stackdocs.pipeline;

import io.github.stackdocs.read.TemplateSource;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The files a run reads or owns, found without reading them (a file walk and the include globs) and hashed: what a
 * stamp is compared against.
 */
final class InputHashes {
  private static final String MISSING = "missing";


  private final DocsRequest request;
  private final FileHashes hashes;

  InputHashes(DocsRequest request, FileHashes hashes) {
    this.request = request;
    this.hashes = hashes;
  }

  /**
   * Every input the request names, except nested templates: the selected templates, the annotations file, the
   * change log the site shows, the files injected into, and every file of the snapshot folder, the template override folder, the runbook
   * folder the site shows (when it is not the runbook folder, which the stamp records after the run) and the cloud
   * assembly (but its {@code asset.*} entries: Lambda code and such, never read; their hashes are in the templates),
   * each environment's parameter and snapshot folders, and the samconfig files beside the templates.
   */
  SortedMap<String, String> inputs() throws IOException {
    List<Path> files = new ArrayList<>();
    List<TemplateSource> sources = new InputSelection(request).select(new ArrayList<>());
    for (TemplateSource source : sources) {
      files.add(source.path());
    }
    request.annotationsFile().ifPresent(files::add);
    request.changelog().ifPresent(files::add);
    files.addAll(request.injectFiles());
    java.util.Optional<Path> siteRunbooks = request.siteRunbookDirectory().equals(request.runbookDirectory())
        ? java.util.Optional.empty() : request.siteRunbookDirectory();
    List<java.util.Optional<Path>> folders = new ArrayList<>(List.of(request.deployedDirectory(),
        request.templateDirectory(), siteRunbooks));
    for (EnvironmentSpec e : request.environments()) { // parameter files and each environment's snapshot
      folders.add(e.parameters());
      folders.add(e.deployedDirectory());
    }
    for (var dir : folders) {
      if (dir.isPresent()) {
        files.addAll(walk(dir.get(), p -> true));
      }
    }
    for (TemplateSource source : sources) {
      for (String name : ParameterSources.SAMCONFIG) { // samconfig files beside templates supply parameter values
        Path beside = source.path().resolveSibling(name);
        if (Files.isRegularFile(beside) && !files.contains(beside)) {
          files.add(beside);
        }
      }
    }
    for (TemplateSource source : sources) { // Rain modules, embedded and included files
      byte[] bytes = Files.isRegularFile(source.path()) ? Files.readAllBytes(source.path()) : new byte[0];
      if (io.github.stackdocs.read.rain.RainReferences.uses(bytes)) {
        for (String rain : io.github.stackdocs.read.rain.RainReferences.closure(source.displayPath(), bytes, p -> {
          try {
            Path f = request.baseDirectory().resolve(p);
            return Files.isRegularFile(f) ? java.util.Optional.of(Files.readAllBytes(f)) : java.util.Optional.empty();
          } catch (IOException e) {
            return java.util.Optional.empty();
          }
        })) {
          Path f = request.baseDirectory().resolve(rain).normalize();
          if (!files.contains(f)) {
            files.add(f);
          }
        }
      }
    }
    if (request.cdkOutDirectory().isPresent()) {
      files.addAll(walk(request.cdkOutDirectory().get(), p -> !p.getFileName().toString().startsWith("asset.")));
    }
    for (Path terraform : request.terraform()) { // terraformPlans / terraformStates: files, or folders of them
      for (Path f : Files.isDirectory(terraform) ? walk(terraform, p -> true) : List.of(terraform)) {
        if (!files.contains(f)) {
          files.add(f);
        }
      }
    }
    return hashes(files);
  }

  /** The files injected into, as they are now (after the run wrote them) → hashes. */
  SortedMap<String, String> injected() throws IOException {
    return hashes(request.injectFiles());
  }

  /** The nested templates (paths as the stamp names them) → hashes. */
  SortedMap<String, String> nested(Collection<String> paths) throws IOException {
    List<Path> files = new ArrayList<>();
    paths.forEach(p -> files.add(request.baseDirectory().resolve(p).normalize()));
    return hashes(files);
  }

  /** The files of {@code dir} that {@code owned} claims (relative paths, '/' separators) → hashes. */
  SortedMap<String, String> folder(Path dir, Predicate<String> owned) throws IOException {
    SortedMap<String, String> result = new TreeMap<>();
    for (Path file : walk(dir, p -> true)) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      if (owned.test(relative)) {
        result.put(relative, hashes.hash(file).orElse(MISSING));
      }
    }
    return result;
  }

  /** How the stamp names a file: relative to the base directory where it is below it, else absolute. */
  String name(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(request.baseDirectory())
        ? request.baseDirectory().relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  private SortedMap<String, String> hashes(List<Path> files) throws IOException {
    SortedMap<String, String> result = new TreeMap<>();
    for (Path f : files) {
      result.put(name(f), hashes.hash(f).orElse(MISSING));
    }
    return result;
  }

  /** Regular files under {@code dir} (none when it does not exist), not entering paths {@code keep} refuses. */
  private static List<Path> walk(Path dir, Predicate<Path> keep) throws IOException {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        return d.equals(dir) || keep.test(d) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && keep.test(file)) {
          files.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }
}
