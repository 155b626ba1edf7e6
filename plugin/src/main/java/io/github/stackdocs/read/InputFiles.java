package io.github.stackdocs.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads input files (templates, cloud assembly manifests, snapshot files, the annotations file) whole, but never
 * more than {@link #MAX_BYTES}: a larger file is refused by its size before it is opened, and a file that claims
 * a small size but keeps giving bytes (a device, a {@code /proc} file) is cut off at the limit. Only regular files
 * are read, so a named pipe cannot block a build. Stateless.
 */
public final class InputFiles {
  /** The largest input file read: 20 MiB (CloudFormation itself takes templates of at most 1 MB). */
  public static final int MAX_BYTES = 20 * 1024 * 1024;

  private InputFiles() {}

  /** The file is larger than {@link #MAX_BYTES}; it was not read. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long size;

    TooLargeException(long size) {
      super(describe("the file", size));
      this.size = size;
    }

    /** {@code <what> is larger than the limit ...}, e.g. for {@code what} "template". */
    public String describe(String what) {
      return describe(what, size);
    }

    private static String describe(String what, long size) {
      return what + " is larger than the limit of " + String.format(Locale.ROOT, "%,d", MAX_BYTES) + " bytes (20 MiB)"
          + (size < 0 ? "" : ": it has " + String.format(Locale.ROOT, "%,d", size) + " bytes") + "; it was not read";
    }
  }

  /**
   * The bytes of {@code file}.
   *
   * @throws TooLargeException when it holds more than {@link #MAX_BYTES}
   * @throws java.nio.file.NoSuchFileException when it does not exist
   * @throws IOException when it is not a regular file or cannot be read
   */
  public static byte[] read(Path file) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new IOException("not a regular file (a folder, device or pipe)");
    }
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw tooLarge(size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw tooLarge(-1);
      }
      return bytes;
    }
  }

  /**
   * Whether {@code file}, with every symbolic link on its way followed, lies inside {@code folder} (with its own
   * links followed): the one rule for links in inputs. A configured folder may itself be a link; a link found
   * inside it may not lead out of it. A path that does not exist is judged by its normalized form.
   */
  public static boolean staysInside(Path file, Path folder) {
    return realPath(file).startsWith(realPath(folder));
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static TooLargeException tooLarge(long size) {
    return new TooLargeException(size);
  }
}
