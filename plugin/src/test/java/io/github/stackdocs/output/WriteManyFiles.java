package io.github.stackdocs.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child process for {@link OutputFolderCrashTest}: writes {@code count} files of {@code size} bytes of one letter
 * into an output folder through {@link OutputFolder#write}, so the test can kill it (-9) in the middle.
 */
public final class WriteManyFiles {
  private WriteManyFiles() {}

  /** Arguments: folder, count, size, letter. */
  public static void main(String[] args) throws Exception {
    new OutputFolder(Path.of(args[0]), p -> true).write(
        files(Integer.parseInt(args[1]), Integer.parseInt(args[2]), args[3].charAt(0)));
  }

  static List<OutputFile> files(int count, int size, char letter) {
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] content = new byte[size];
      Arrays.fill(content, (byte) letter);
      files.add(new OutputFile(String.format("stacks/page-%04d.md", i), content));
    }
    return files;
  }
}
