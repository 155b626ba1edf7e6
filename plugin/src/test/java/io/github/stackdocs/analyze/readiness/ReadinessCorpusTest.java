package io.github.stackdocs.analyze.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.CoverageAnalyzer;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The readiness scorecard over every good template of the shared corpus: no crash, every failure located in its
 * template and explained; prints the distribution of failed checks and, per check, the first failures (by path) that
 * the report verifies by hand (from the widdix templates, aws-cf-templates). Skips without the corpus.
 */
class ReadinessCorpusTest {
  private static final int SAMPLES_PER_CHECK = 3;

  @Test
  void everyGoodTemplateGetsAScorecardWithLocatedFailures() throws Exception {
    Path corpus = Corpus.rootOrSkip("ReadinessCorpusTest");
    List<String> paths = Corpus.lines(corpus, "good.txt");
    CfnTemplateReader reader = new CfnTemplateReader();
    int templates = 0;
    List<String> crashes = new ArrayList<>();
    Map<String, Integer> failed = new TreeMap<>();
    Map<String, Integer> passed = new TreeMap<>();
    Map<String, List<String>> samples = new TreeMap<>();
    int results = 0;
    long start = System.nanoTime();
    for (String path : paths) {
      ReadResult read = reader.read(path, "stack", Files.readAllBytes(corpus.resolve(path)));
      if (read.stack().isEmpty()) {
        continue;
      }
      templates++;
      Readiness readiness;
      try {
        Project project = new Project("corpus", List.of(read.stack().get()));
        DependencyGraph graph = DependencyGraph.build(project);
        Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(project, graph);
        readiness = new ReadinessAnalyzer().analyze(project, alarms,
            new CoverageAnalyzer().analyze(project, alarms).coverage(), Optional.empty()).readiness();
      } catch (RuntimeException e) {
        crashes.add(path + ": " + e);
        continue;
      }
      for (CheckResult r : readiness.results()) {
        results++;
        assertThat(r.detail()).as(path).isNotBlank();
        if (r.status() == CheckResult.Status.FAIL) {
          failed.merge(r.check().id(), 1, Integer::sum);
          if (!r.check().stackLevel()) {
            assertThat(r.location().file()).as(path + " " + r.key()).isEqualTo(path);
            assertThat(r.location().line()).as(path + " " + r.key()).isPositive();
          }
          // samples from the production-grade widdix templates, where the findings matter most
          List<String> s = samples.computeIfAbsent(r.check().id(), k -> new ArrayList<>());
          if (s.size() < SAMPLES_PER_CHECK && !r.check().stackLevel() && path.contains("/aws-cf-templates/")) {
            s.add(r.location() + " " + r.logicalId() + " (" + r.type() + "): " + r.detail());
          }
        } else if (r.status() == CheckResult.Status.PASS) {
          passed.merge(r.check().id(), 1, Integer::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "[corpus] readiness: %d templates, %d checks, %d crashes, %d ms%n  failed %s%n"
        + "  passed %s%n", templates, results, crashes.size(), (System.nanoTime() - start) / 1_000_000, failed, passed);
    samples.forEach((check, lines) -> lines.forEach(l -> System.out.println("  sample " + check + ": " + l)));
    assertThat(crashes).isEmpty();
    assertThat(failed.keySet()).contains("alarm", "backup", "deletion-policy", "encryption", "multi-az");
  }
}
