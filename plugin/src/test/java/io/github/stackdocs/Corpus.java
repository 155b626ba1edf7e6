package io.github.stackdocs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared third-party corpus (../shared/corpus, passed by surefire as {@code stackdocs.corpus}).
 * Tests that use it skip, with a line in the log, when it is absent: a user's clone has none.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus root; aborts the calling test (skipped, with a log line naming {@code who}) when absent. */
  public static Path rootOrSkip(String who) {
    String property = System.getProperty("stackdocs.corpus", "");
    Path path = property.isEmpty() ? null : Paths.get(property).normalize();
    boolean present = path != null && Files.isRegularFile(path.resolve("good.txt"));
    if (!present) {
      System.out.println(who + ": corpus not found at '" + property + "'; skipping");
    }
    Assumptions.assumeTrue(present, "corpus absent");
    return path;
  }

  /** The non-blank lines of a list file in the corpus root (good.txt, bad-parse.tsv ...). */
  public static List<String> lines(Path root, String list) throws IOException {
    return Files.readAllLines(root.resolve(list), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
  }
}
