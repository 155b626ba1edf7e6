package io.github.stackdocs.read;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Chooses the templates to read: files under a source directory matching include and not exclude patterns,
 * plus explicitly configured files (which may also rename a globbed file's stack). The result is sorted by
 * display path, whatever order the file system lists files in. Stateless and thread-safe.
 */
public final class InputSelector {

  /** The include patterns used when none are configured. */
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml", "**/*.json", "**/*.template");

  /**
   * A configured template.
   *
   * @param file the file, relative to the base directory or absolute
   * @param stackName the stack's name; empty for the file's base name
   */
  public record ExplicitTemplate(Path file, Optional<String> stackName) {
    public ExplicitTemplate {
      stackName = stackName.filter(s -> !s.isBlank());
    }
  }

  /** The chosen templates (sorted by display path) and the problems found while choosing. */
  public record Selection(List<TemplateSource> sources, List<Finding> findings) {
    public Selection {
      sources = List.copyOf(sources);
      findings = findings.stream().sorted().toList();
    }
  }

  /**
   * @param baseDir the project base directory; display paths are relative to it
   * @param sourceDir where to look for templates (relative to {@code baseDir} or absolute); a missing
   *     directory gives no files and no finding (the caller decides whether to say so)
   * @param includes patterns relative to {@code sourceDir}; empty means {@link #DEFAULT_INCLUDES}
   * @param excludes patterns relative to {@code sourceDir}
   * @param explicit configured files, added even when no pattern matches them
   */
  public Selection select(Path baseDir, Path sourceDir, List<String> includes, List<String> excludes,
      List<ExplicitTemplate> explicit) {
    return select(baseDir, sourceDir, includes, excludes, explicit, List.of());
  }

  /**
   * As {@link #select(Path, Path, List, List, List)}, never looking inside {@code skipped} folders (the
   * output folder: a tool must not read its own output, e.g. model.json, as a template).
   */
  public Selection select(Path baseDir, Path sourceDir, List<String> includes, List<String> excludes,
      List<ExplicitTemplate> explicit, List<Path> skipped) {
    Path base = baseDir.toAbsolutePath().normalize();
    List<Finding> findings = new ArrayList<>();
    Map<Path, String> chosen = new LinkedHashMap<>(); // file → stack name ("" = from the file name)
    Path source = base.resolve(sourceDir).normalize();
    if (Files.isDirectory(source)) {
      List<Path> skip = skipped.stream().map(d -> base.resolve(d).normalize()).toList();
      for (Path file : scan(base, source, globs(includes.isEmpty() ? DEFAULT_INCLUDES : includes),
          globs(excludes), skip, findings)) {
        chosen.put(file, "");
      }
    }
    for (ExplicitTemplate e : explicit) {
      Path file = base.resolve(e.file()).normalize();
      if (!Files.isRegularFile(file)) {
        findings.add(Finding.error("missing-template", "configured template not found: " + display(base, file),
            SourceLocation.of(display(base, file)), ""));
        continue;
      }
      String name = e.stackName().orElse("");
      if (!name.isEmpty() || !chosen.containsKey(file)) {
        chosen.put(file, name);
      }
    }
    return new Selection(uniqueNames(base, chosen, findings), findings);
  }

  private static List<TemplateSource> uniqueNames(Path base, Map<Path, String> chosen, List<Finding> findings) {
    Map<String, Path> byDisplay = new TreeMap<>();
    chosen.forEach((file, name) -> byDisplay.put(display(base, file), file));
    Map<String, String> derived = StackNames.of(byDisplay.entrySet().stream()
        .filter(e -> chosen.get(e.getValue()).isEmpty()).map(Map.Entry::getKey).toList());
    Map<String, TemplateSource> byPath = new TreeMap<>();
    byDisplay.forEach((display, file) -> {
      String name = chosen.get(file);
      byPath.put(display, new TemplateSource(file, display, name.isEmpty() ? derived.get(display) : name));
    });
    Map<String, TemplateSource> byName = new TreeMap<>();
    List<TemplateSource> out = new ArrayList<>();
    for (TemplateSource s : byPath.values()) {
      TemplateSource first = byName.putIfAbsent(s.stackName(), s);
      if (first == null) {
        out.add(s);
      } else {
        findings.add(Finding.error("duplicate-stack-name", "stack name '" + s.stackName() + "' is given by both "
            + first.displayPath() + " and " + s.displayPath() + "; configure a distinct stackName for one of them",
            SourceLocation.of(s.displayPath()), s.stackName()));
      }
    }
    out.sort(Comparator.comparing(TemplateSource::displayPath));
    return out;
  }

  private static List<Path> scan(Path base, Path source, List<Glob> includes, List<Glob> excludes,
      List<Path> skipped, List<Finding> findings) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(source, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return skipped.contains(dir.normalize()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = slashes(source.relativize(file));
          if (attrs.isSymbolicLink() && Files.isDirectory(file) && !InputFiles.staysInside(file, source)) {
            findings.add(Finding.warn("link-outside-source", "skipped " + display(base, file) + ": it is a link to"
                + " a folder outside the source directory " + display(base, source), SourceLocation.of(display(base,
                file)), ""));
            return FileVisitResult.CONTINUE;
          }
          if (matchesAny(includes, relative) && !matchesAny(excludes, relative) && Files.isRegularFile(file)) {
            if (InputFiles.staysInside(file, source)) {
              files.add(file.normalize());
            } else {
              findings.add(Finding.warn("link-outside-source", "skipped " + display(base, file)
                  + ": it is a link to a file outside the source directory " + display(base, source), SourceLocation.of(display(base, file)),
                  ""));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          findings.add(Finding.error("io", "cannot read " + display(base, file) + ": " + e.getMessage(),
              SourceLocation.of(display(base, file)), ""));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      findings.add(Finding.error("io", "cannot list " + display(base, source) + ": " + e.getMessage(),
          SourceLocation.of(display(base, source)), ""));
    }
    return files;
  }

  /**
   * Whether a path relative to the source directory ('/' separators) is chosen by these include and exclude
   * patterns (empty includes: {@link #DEFAULT_INCLUDES}); for inputs that are not files on disk (a git tree).
   */
  public static boolean selected(String relativePath, List<String> includes, List<String> excludes) {
    return matchesAny(globs(includes.isEmpty() ? DEFAULT_INCLUDES : includes), relativePath)
        && !matchesAny(globs(excludes), relativePath);
  }

  private static boolean matchesAny(List<Glob> globs, String path) {
    return globs.stream().anyMatch(g -> g.matches(path));
  }

  private static List<Glob> globs(List<String> patterns) {
    return patterns.stream().filter(p -> !p.isBlank()).map(p -> new Glob(p.strip())).toList();
  }

  /**
   * Relative to the base directory with '/' separators ({@code ../infra/app.yaml} for files beside the
   * project), so docs name files the same on every machine; absolute only where no relative path exists
   * (another drive).
   */
  public static String display(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    try {
      return slashes(base.relativize(abs));
    } catch (IllegalArgumentException e) {
      return slashes(abs);
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  /** {@code stacks/network.yaml} → {@code network}. */
  public static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
