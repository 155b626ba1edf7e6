package io.github.stackdocs.read.rain;

import io.github.stackdocs.model.RelativePaths;
import io.github.stackdocs.read.InputFiles;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Rain directives find the files they name ({@code !Rain::Embed}, {@code !Rain::Include}, module files): paths
 * relative to the file that names them, inside the project folder. Files are named by their project-relative path
 * with '/' separators, as findings name templates.
 */
public interface RainFiles {

  /** A file's bytes, or why it cannot be read. */
  record Loaded(Optional<byte[]> bytes, String problem) {
    static Loaded of(byte[] bytes) {
      return new Loaded(Optional.of(bytes), "");
    }

    static Loaded missing(String problem) {
      return new Loaded(Optional.empty(), problem);
    }
  }

  /** The file at the project-relative {@code path} ({@link #resolve} made it). */
  Loaded read(String path);

  /** Whether {@code path} names a folder (rain pkg zips folders for {@code !Rain::S3}). */
  default boolean isFolder(String path) {
    return false;
  }

  /** No files: every directive naming one is left unexpanded. */
  RainFiles NONE = path -> Loaded.missing("no files can be read here");

  /**
   * {@code reference} as written in {@code from} (a project-relative path): resolved against that file's folder and
   * normalized; empty when it is absolute, a URL, or leads outside the project folder.
   */
  static Optional<String> resolve(String from, String reference) {
    String ref = reference.strip().replace('\\', '/');
    if (ref.isEmpty() || ref.startsWith("/") || ref.contains("://") || ref.matches("^[A-Za-z]:.*")) {
      return Optional.empty();
    }
    int slash = from.lastIndexOf('/');
    String joined = (slash < 0 ? "" : from.substring(0, slash + 1)) + ref;
    return RelativePaths.normalize(joined);
  }

  /** Files under {@code base} on disk; symbolic links may not lead out of it. */
  static RainFiles disk(Path base) {
    return new RainFiles() {
      @Override
      public Loaded read(String path) {
        Path file = base.resolve(path).normalize();
        if (!file.startsWith(base) || !InputFiles.staysInside(file, base)) {
          return Loaded.missing("it leads outside the project folder");
        }
        try {
          return Loaded.of(InputFiles.read(file));
        } catch (NoSuchFileException e) {
          return Loaded.missing("file not found");
        } catch (InputFiles.TooLargeException e) {
          return Loaded.missing(e.describe("file"));
        } catch (IOException | RuntimeException e) {
          return Loaded.missing(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
      }

      @Override
      public boolean isFolder(String path) {
        Path file = base.resolve(path).normalize();
        return file.startsWith(base) && java.nio.file.Files.isDirectory(file);
      }
    };
  }
}
