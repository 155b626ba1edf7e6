package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Whole public repositories of the corpus ({@code ../shared/corpus/templates/<repo>}) generated as a new user would:
 * the repository as the project folder, the default includes, no per-template configuration, the default failOn.
 * Prints per repository the templates present (files the default includes select), the stacks documented (in the
 * model: top-level and nested), the nested links made (stacks documented as some stack's nested stack) and the
 * findings that name stack identity or nesting. Skips, with a line in the log, when the corpus is absent.
 */
class LayoutCorpusTest {
  private static final List<String> REPOSITORIES = List.of("aws-cf-templates", "aws-cdk-examples", "cfn-lint",
      "serverless-patterns", "aws-sam-cli", "sam-translator", "aws-cdk-cli");

  @Test
  void wholeRepositoriesAreDocumentedWithoutConfiguration() throws Exception {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("LayoutCorpusTest");
    DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML here");
    });
    int totalTemplates = 0;
    int totalStacks = 0;
    int totalLinks = 0;
    for (String repo : REPOSITORIES) {
      Path base = corpus.resolve("templates").resolve(repo);
      if (!Files.isDirectory(base)) {
        continue;
      }
      int present;
      try (java.util.stream.Stream<Path> files = Files.walk(base)) {
        present = (int) files.filter(Files::isRegularFile)
            .filter(f -> InputSelector.selected(base.relativize(f).toString().replace('\\', '/'), List.of(), List.of()))
            .count();
      }
      DocsRequest request = DocsRequest.builder(base).sourceDirectory(base).outputDirectory(Path.of("stackdocs-out"))
          .formats(EnumSet.of(Format.JSON)).projectName(repo).mode(WriteMode.CHECK).build();
      assertThat(request.failOn()).isEqualTo(FailOn.ERROR);
      DocsGenerator.Generation g = generator.generate(request);
      assertThat(g.findings()).as(repo).noneMatch(f -> f.code().equals("internal"));
      List<Stack> stacks = g.project().stacks();
      long links = stacks.stream().filter(s -> s.nestedIn().isPresent()).count();
      Map<String, Integer> layout = new TreeMap<>();
      for (Finding f : g.findings()) {
        if (f.code().equals("duplicate-stack-name") || f.code().startsWith("nested") || f.code().contains("twin")) {
          layout.merge(f.severity() + " " + f.code(), 1, Integer::sum);
        }
      }
      long errors = g.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
      System.out.printf(Locale.ROOT, "[layout] %-20s templates present %5d, stacks documented %5d, nested links %3d,"
          + " ERROR findings %5d; layout findings %s%n", repo, present, stacks.size(), links, errors, layout);
      totalTemplates += present;
      totalStacks += stacks.size();
      totalLinks += (int) links;
      assertThat(stacks.stream().map(Stack::name).distinct().count()).as(repo + " unique names")
          .isEqualTo(stacks.size());
    }
    System.out.printf(Locale.ROOT, "[layout] all: templates present %d, stacks documented %d, nested links %d%n",
        totalTemplates, totalStacks, totalLinks);
  }
}
