package io.github.stackdocs.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compares generated documents with the whole files under {@code src/test/resources/golden/<dir>}; with
 * {@code -Dgolden.update=true} rewrites them instead. Failures show a unified-style line diff.
 */
public final class GoldenFiles {
  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final int MAX_DIFF_LINES = 80;

  private GoldenFiles() {}

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** Every document must equal its golden file, and every golden file in {@code dir} must be generated. */
  public static void assertMatches(String dir, List<Document> documents) {
    Path base = ROOT.resolve(dir);
    if (updating()) {
      write(base, documents);
      return;
    }
    Map<String, String> expected = read(base);
    StringBuilder problems = new StringBuilder();
    for (Document d : documents) {
      String want = expected.remove(d.path());
      if (want == null) {
        problems.append("missing golden file ").append(base.resolve(d.path())).append('\n');
      } else if (!want.equals(d.content())) {
        problems.append(diff(dir + "/" + d.path(), want, d.content()));
      }
    }
    expected.keySet().forEach(p -> problems.append("golden file not generated: ").append(base.resolve(p)).append('\n'));
    if (problems.length() > 0) {
      fail(problems + "(run with -Dgolden.update=true to accept the new output)");
    }
  }

  /**
   * Each document must equal its golden file in {@code dir}; other files there belong to other tests. With
   * {@code -Dgolden.update=true}, writes these files only.
   */
  public static void assertMatchesFiles(String dir, List<Document> documents) {
    Path base = ROOT.resolve(dir);
    StringBuilder problems = new StringBuilder();
    try {
      for (Document d : documents) {
        Path p = base.resolve(d.path());
        if (updating()) {
          Files.createDirectories(p.getParent());
          Files.writeString(p, d.content(), StandardCharsets.UTF_8);
        } else if (!Files.isRegularFile(p)) {
          problems.append("missing golden file ").append(p).append('\n');
        } else {
          String want = Files.readString(p, StandardCharsets.UTF_8);
          if (!want.equals(d.content())) {
            problems.append(diff(dir + "/" + d.path(), want, d.content()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (problems.length() > 0) {
      fail(problems + "(run with -Dgolden.update=true to accept the new output)");
    }
  }

  private static void write(Path base, List<Document> documents) {
    try {
      if (Files.exists(base)) {
        try (Stream<Path> files = Files.walk(base)) {
          for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      for (Document d : documents) {
        Path p = base.resolve(d.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, d.content(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(Path base) {
    Map<String, String> result = new TreeMap<>();
    if (!Files.isDirectory(base)) {
      return result;
    }
    try (Stream<Path> files = Files.walk(base)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        result.put(base.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  /** A small unified-style diff (LCS by lines), capped. */
  static String diff(String name, String expected, String actual) {
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while ((i < a.length || j < b.length) && out.size() < MAX_DIFF_LINES) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        i++;
        j++;
      } else if (i < a.length && (j == b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(String.format("-%4d| %s", i + 1, a[i++]));
      } else {
        out.add(String.format("+%4d| %s", j + 1, b[j++]));
      }
    }
    return "--- golden/" + name + "\n+++ generated\n" + String.join("\n", out) + "\n";
  }
}
