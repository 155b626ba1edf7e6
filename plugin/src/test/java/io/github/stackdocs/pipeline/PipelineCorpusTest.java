package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every template of the third-party corpus's good.txt through the whole in-memory pipeline (read,
 * model, graph, checks, AsciiDoc + Markdown + JSON): no uncaught exception, and at least 99% documented.
 * Skips, with a line in the log, when ../shared/corpus is absent (a user's clone).
 */
class PipelineCorpusTest {

  @Test
  void goodCorpusIsDocumented() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("PipelineCorpusTest");
    List<String> paths = io.github.stackdocs.Corpus.lines(corpus, "good.txt");
    DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML here");
    });
    Path emptySource = Files.createTempDirectory("stackdocs-corpus-src");
    int documented = 0;
    int withErrors = 0;
    List<String> failures = new ArrayList<>();
    Map<String, Integer> errorCodes = new TreeMap<>();
    long start = System.nanoTime();
    for (String path : paths) {
      DocsRequest request = DocsRequest.builder(corpus).sourceDirectory(emptySource)
          .templates(List.of(new TemplateSpec(path, "stack"))).outputDirectory(Path.of("unused"))
          .formats(EnumSet.of(Format.ADOC, Format.MD, Format.JSON)).failOn(FailOn.NEVER).projectName("corpus")
          .mode(WriteMode.CHECK).build();
      try {
        DocsGenerator.Generation g = generator.generate(request);
        List<Finding> errors = g.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        errors.forEach(f -> errorCodes.merge(f.code(), 1, Integer::sum));
        if (g.project().stacks().isEmpty()) {
          failures.add(path + ": not documented: " + (errors.isEmpty() ? "no stack" : errors.get(0).format()));
        } else {
          documented++;
          if (!errors.isEmpty()) {
            withErrors++;
          }
        }
        assertThat(g.findings()).as(path).noneMatch(f -> f.code().equals("internal"));
      } catch (RuntimeException e) {
        failures.add(path + ": uncaught " + e);
        throw new AssertionError("uncaught exception on " + path, e);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    double share = 100.0 * documented / paths.size();
    System.out.printf(java.util.Locale.ROOT,
        "[corpus] pipeline: %d templates, %d documented (%.2f%%), %d of them with ERROR findings, %d not documented, %d ms%n",
        paths.size(), documented, share, withErrors, failures.size(), millis);
    System.out.println("[corpus] ERROR findings by code: " + errorCodes);
    failures.forEach(f -> System.out.println("[corpus]   " + f));
    assertThat(share).as("share of good.txt documented").isGreaterThanOrEqualTo(99.0);
  }
}
