package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.CoverageAnalyzer;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.output.MarkerRegions;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.DocumentRenderer;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runbooks and observability coverage over the good templates of the corpus (every {@value #EVERY}th, to keep the
 * suite's time down on a shared machine; set it to 1 to run them all): no exception, every runbook's path is safe
 * and unique ignoring case, every runbook's markers parse. Prints how many runbooks, parts and gaps.
 */
class RunbookCorpusTest {
  private static final int EVERY = 4;

  @Test
  void everyGoodTemplateGetsWellFormedRunbooksAndCoverage() throws Exception {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("RunbookCorpusTest");
    List<String> paths = io.github.stackdocs.Corpus.lines(corpus, "good.txt");
    CfnTemplateReader reader = new CfnTemplateReader();
    DocumentRenderer renderer = new DocumentRenderer(Optional.empty());
    int templates = 0;
    int runbooks = 0;
    int withParts = 0;
    Map<String, Integer> gaps = new TreeMap<>();
    long start = System.nanoTime();
    for (int i = 0; i < paths.size(); i += EVERY) {
      String path = paths.get(i);
      ReadResult read = reader.read(path, "stack", Files.readAllBytes(corpus.resolve(path)));
      if (read.stack().isEmpty()) {
        continue;
      }
      templates++;
      Project project = new Project("corpus", List.of(read.stack().get()));
      DependencyGraph graph = DependencyGraph.build(project);
      Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(project, graph);
      for (Finding f : new CoverageAnalyzer().analyze(project, alarms).findings()) {
        gaps.merge(f.code(), 1, Integer::sum);
      }
      List<Document> docs;
      try {
        docs = renderer.runbooks(project, graph, alarms);
      } catch (RuntimeException e) {
        throw new AssertionError("runbooks of " + path, e);
      }
      Set<String> seen = new HashSet<>();
      for (Document d : docs) {
        assertThat(RunbookRenderer.isRunbookPath(d.path())).as(path + " " + d.path()).isTrue();
        assertThat(d.path()).as(path).doesNotContain("..").matches("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+\\.adoc");
        assertThat(seen.add(d.path().toLowerCase(Locale.ROOT))).as(path + " unique " + d.path()).isTrue();
        assertThat(MarkerRegions.parse(d.content(), d.path()).regions()).as(path + " " + d.path())
            .containsKeys("summary", "alarms", "recovery");
        withParts += d.content().contains(".Also covered by this runbook") ? 1 : 0;
      }
      runbooks += docs.size();
    }
    System.out.printf(Locale.ROOT, "[corpus] runbooks: %d templates, %d runbooks (%d with parts), %d ms; gaps %s%n",
        templates, runbooks, withParts, (System.nanoTime() - start) / 1_000_000, gaps);
    assertThat(runbooks).isGreaterThan(templates);
  }
}
