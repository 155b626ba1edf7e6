package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.AtomicFiles;
import io.github.stackdocs.render.diagram.SvgCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SVG cache of {@code generate}: a folder beside the stamp (under {@code target/}) with one file per drawing,
 * named by the SHA-256 of the stackdocs build and the diagram's key, written atomically. {@link #prune()} removes the
 * drawings a run did not use, so the folder holds one build's diagrams. A drawing that cannot be read or written is
 * simply drawn again: the cache only ever saves time.
 */
final class SvgCacheFolder implements SvgCache {
  private static final String SUFFIX = ".svg";

  private final Path folder;
  private final String tool;
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private final AtomicInteger hits = new AtomicInteger();

  SvgCacheFolder(Path folder, String tool) {
    this.folder = folder;
    this.tool = tool;
  }

  /** The cache folder that belongs to a stamp file ({@code docs.stamp} → {@code docs.svg-cache/}). */
  static Path beside(Path stampFile) {
    String name = stampFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return stampFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".svg-cache");
  }

  @Override
  public Optional<String> svg(String key) {
    String file = file(key);
    used.add(file);
    try {
      Optional<String> svg = Optional.of(Files.readString(folder.resolve(file), StandardCharsets.UTF_8));
      hits.incrementAndGet();
      return svg;
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void put(String key, String svg) {
    try {
      Files.createDirectories(folder);
      AtomicFiles.write(folder.resolve(file(key)), svg.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // drawn again next time
    }
  }

  /** How many drawings came from the folder (tests). */
  int hits() {
    return hits.get();
  }

  /** Deletes the drawings this run did not ask for (older builds' and removed diagrams'). */
  void prune() {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
      for (Path f : files) {
        if (!used.contains(f.getFileName().toString())) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      // pruned next time
    }
  }

  private String file(String key) {
    return Hashes.bytes((tool + "\n" + key).getBytes(StandardCharsets.UTF_8)) + SUFFIX;
  }
}
