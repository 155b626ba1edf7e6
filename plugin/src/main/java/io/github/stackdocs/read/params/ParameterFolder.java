package io.github.stackdocs.read.params;

import io.github.stackdocs.catalog.EditDistance;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.InputSelector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An environment's {@code parameters} folder: one file per stack, named after it ({@code <stack>.json},
 * {@code .yaml} or {@code .yml}). Only the folder's own files are read (no sub-folders), in name order, and a link
 * leading out of the folder is never followed. Stateless.
 */
public final class ParameterFolder {
  private static final List<String> EXTENSIONS = List.of(".json", ".yaml", ".yml");

  private ParameterFolder() {}

  /**
   * @param folder the parameters folder (relative to {@code baseDirectory} or absolute)
   * @param baseDirectory findings name files relative to it
   * @param stackNames the project's stacks
   * @return stack name → its file, sorted by stack name
   */
  public static Map<String, ParameterFile> read(Path folder, Path baseDirectory, Collection<String> stackNames,
      List<Finding> findings) {
    Path base = baseDirectory.toAbsolutePath().normalize();
    Path dir = base.resolve(folder).normalize();
    Map<String, ParameterFile> out = new TreeMap<>();
    Map<String, String> chosen = new TreeMap<>(); // stack → display name of its file
    for (Path file : files(base, dir, findings)) {
      String display = InputSelector.display(base, file);
      String stack = stackOf(file);
      if (!stackNames.contains(stack)) {
        findings.add(Finding.warn("parameter-file-no-stack", "parameter file " + display + " names no stack of "
            + "the project" + suggestion(stack, stackNames) + "; it is not read", SourceLocation.of(display), ""));
        continue;
      }
      String first = chosen.putIfAbsent(stack, display);
      if (first != null) {
        findings.add(Finding.error("duplicate-parameter-file", "stack '" + stack + "' has two parameter files, "
            + first + " and " + display + "; keep one (" + first + " is read)", SourceLocation.of(display), stack));
        continue;
      }
      ParameterFileReader.read(file, display, stack, findings).ifPresent(p -> out.put(stack, p));
    }
    return out;
  }

  private static List<Path> files(Path base, Path dir, List<Finding> findings) {
    String shown = InputSelector.display(base, dir);
    if (!Files.isDirectory(dir)) {
      findings.add(Finding.error("missing-parameter-folder", "parameter folder not found: " + shown,
          SourceLocation.of(shown), ""));
      return List.of();
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> list = Files.list(dir)) {
      list.filter(ParameterFolder::hasExtension).sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .forEach(file -> {
            String display = InputSelector.display(base, file);
            if (!InputFiles.staysInside(file, dir)) {
              findings.add(Finding.warn("link-outside-folder", "skipped " + display + ": it is a link to a file "
                  + "outside the parameter folder " + shown, SourceLocation.of(display), ""));
            } else if (Files.isRegularFile(file)) {
              files.add(file);
            }
          });
    } catch (IOException e) {
      findings.add(Finding.error("io", "cannot list " + shown + ": " + e.getMessage(), SourceLocation.of(shown), ""));
    }
    return files;
  }

  private static boolean hasExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static String stackOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** " (did you mean 'network'?)" for the closest stack name within two edits, else "". */
  static String suggestion(String name, Collection<String> candidates) {
    Optional<String> best = candidates.stream()
        .filter(c -> EditDistance.between(name, c, 2) <= 2)
        .min(Comparator.comparingInt((String c) -> EditDistance.between(name, c, 2)).thenComparing(c -> c));
    return best.map(b -> " (did you mean '" + b + "'?)").orElse("");
  }
}
