package io.github.stackdocs.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child process for {@link RunbookFolderCrashTest}: merges {@code count} generated runbooks (regions of one letter)
 * into a runbook folder through {@link RegionFolder#write}, so the test can kill it (-9) in the middle. Prints
 * {@code go} just before the write and {@code done} after it.
 */
public final class WriteManyRunbooks {
  private WriteManyRunbooks() {}

  /** Arguments: folder, count, letter. */
  public static void main(String[] args) throws Exception {
    RegionFolder folder = folder(Path.of(args[0]));
    List<OutputFile> files = files(Integer.parseInt(args[1]), args[2].charAt(0));
    System.out.println("go");
    System.out.flush();
    folder.write(files);
    System.out.println("done");
    System.out.flush();
  }

  static RegionFolder folder(Path dir) {
    return new RegionFolder(dir, p -> p.endsWith(".adoc"), p -> "ORPHANED " + p + "\n");
  }

  /** Runbooks whose generated region is 40 lines of {@code letter}, as a renderer would make them. */
  static List<OutputFile> files(int count, char letter) {
    String line = String.valueOf(letter).repeat(60) + "\n";
    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String path = String.format("stack-%02d/Fn%04d.adoc", i % 10, i);
      files.add(OutputFile.text(path, "= Fn" + i + "\n\n// stackdocs:begin summary\n" + line.repeat(40)
          + "// stackdocs:end summary\n\n== Notes\n\n"));
    }
    return files;
  }
}
