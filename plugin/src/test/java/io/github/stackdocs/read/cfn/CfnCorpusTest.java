package io.github.stackdocs.read.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the shared real-world corpus; skipped when it is absent (a user's clone has none). */
class CfnCorpusTest {
  private static Path corpus;
  private final CfnTemplateReader reader = new CfnTemplateReader();

  @BeforeAll
  static void locate() {
    corpus = io.github.stackdocs.Corpus.rootOrSkip("CfnCorpusTest");
  }

  @Test
  void goodTemplatesReadWithoutErrors() throws IOException {
    List<String> paths = lines("good.txt");
    long start = System.nanoTime();
    int clean = 0;
    List<String> failures = new ArrayList<>();
    List<String> internal = new ArrayList<>();
    java.util.Map<String, Integer> byCode = new java.util.TreeMap<>();
    for (String p : paths) {
      ReadResult result = read(p);
      result.findings().forEach(f -> byCode.merge(f.severity() + " " + f.code(), 1, Integer::sum));
      result.findings().stream().filter(f -> f.code().equals("internal")).forEach(f -> internal.add(f.format()));
      Optional<Finding> firstError =
          result.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
      if (result.stack().isPresent() && firstError.isEmpty()) {
        clean++;
      } else {
        failures.add(firstError.map(Finding::format).orElse(p + ": no stack"));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(java.util.Locale.ROOT, "CfnCorpusTest good: %d/%d without errors (%.2f%%), %d ms%n",
        clean, paths.size(), 100.0 * clean / paths.size(), millis);
    System.out.println("  findings by code: " + byCode);
    failures.forEach(f -> System.out.println("  " + f));
    assertThat(internal).isEmpty();
    // 98.5%: "good" means parseable; since every intrinsic's shape is checked, 39 more files give an error, each
    // true by CloudFormation's grammar (SAM CLI's language-extension fixtures written without the transform or
    // invalid on purpose, SAM translator outputs whose lists the translator's tests sort: Fn::Sub [vars, string])
    assertThat(clean).isGreaterThanOrEqualTo((int) Math.ceil(paths.size() * 0.985));
  }

  @Test
  void badTemplatesGiveClearErrors() throws IOException {
    List<String> lines = lines("bad-parse.tsv");
    long start = System.nanoTime();
    List<String> problems = new ArrayList<>();
    for (String line : lines) {
      String[] parts = line.split("\t", 2);
      String reason = parts.length > 1 ? parts[1] : "";
      ReadResult result = read(parts[0]);
      List<Finding> errors =
          result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      System.out.println("  " + (errors.isEmpty() ? parts[0] + ": NO ERROR" : errors.get(0).format()));
      if (errors.isEmpty()) {
        problems.add(parts[0] + ": no ERROR finding (" + reason + ")");
        continue;
      }
      boolean syntax = reason.contains("Error:");
      if (syntax && errors.stream().noneMatch(f -> f.location().line() > 0)) {
        problems.add(parts[0] + ": syntax error without a line: " + errors.get(0).format());
      }
      for (Finding f : result.findings()) {
        if (f.message().contains("Exception") || f.message().contains("\tat ") || f.message().contains("[Source:")
            || f.code().equals("internal")) {
          problems.add(parts[0] + ": noisy message: " + f.format());
        }
      }
    }
    System.out.printf(java.util.Locale.ROOT, "CfnCorpusTest bad-parse: %d files, %d problems, %d ms%n",
        lines.size(), problems.size(), (System.nanoTime() - start) / 1_000_000);
    assertThat(problems).isEmpty();
  }

  private ReadResult read(String relative) {
    Path file = corpus.resolve(relative);
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return reader.read(new TemplateSource(file, relative, dot > 0 ? name.substring(0, dot) : name));
  }

  private static List<String> lines(String name) throws IOException {
    return io.github.stackdocs.Corpus.lines(corpus, name);
  }
}
