package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints how long the diagrams of one 200-resource stack take: the model (all three levels), and the ELK layout
 * plus SVG of each level, warm. A figure for the README, not a timed test: it asserts nothing and runs only with
 * {@code -Dstackdocs.bench=true}.
 */
class DiagramBenchmark {
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
  @TempDir Path tmp;

  @Test
  void twoHundredResourceStack() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("stackdocs.bench"), "benchmark: run with -Dstackdocs.bench=true");
    Project p = GeneratedStacks.generate(tmp, 1, 200);
    DependencyGraph graph = DependencyGraph.build(p);
    for (int round = 1; round <= 6; round++) {
      long t0 = System.nanoTime();
      StackDiagrams d = DiagramSet.build(p, graph, DiagramLevel.DEFAULT, true).stack(p.stacks().get(0).name())
          .orElseThrow();
      long t1 = System.nanoTime();
      StringBuilder line = new StringBuilder("round " + round + ": model " + (t1 - t0) / 1_000_000 + " ms");
      for (DiagramLevel level : DiagramLevel.values()) {
        Diagram diagram = d.level(level);
        long s = System.nanoTime();
        long cpu = CPU.getCurrentThreadCpuTime();
        String svg = SvgRenderer.render(diagram);
        line.append(", ").append(level.slug()).append(' ').append(diagram.nodes().size()).append(" nodes ")
            .append(diagram.edges().size()).append(" edges ").append((System.nanoTime() - s) / 1_000_000)
            .append(" ms (cpu ").append((CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000).append(" ms, ")
            .append(svg.length() / 1024).append(" KiB)");
      }
      System.out.println("DiagramBenchmark " + line);
    }
  }

  /** All diagrams of the 50 x 200 benchmark project: models, then every file (3 levels per stack, system). */
  @Test
  void fiftyStacksOfTwoHundred() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("stackdocs.bench"), "benchmark: run with -Dstackdocs.bench=true");
    Project p = GeneratedStacks.generate(tmp, 50, 200);
    DependencyGraph graph = DependencyGraph.build(p);
    for (int round = 1; round <= 2; round++) {
      long t0 = System.nanoTime();
      DiagramSet set = DiagramSet.build(p, graph, DiagramLevel.DEFAULT, true);
      long t1 = System.nanoTime();
      long bytes = SvgRenderer.render(set.system()).length();
      for (var s : p.stacks()) {
        for (DiagramLevel level : DiagramLevel.values()) {
          bytes += SvgRenderer.render(set.stack(s.name()).orElseThrow().level(level)).length();
        }
      }
      long t2 = System.nanoTime();
      System.out.println("DiagramBenchmark 50x200 round " + round + ": models " + (t1 - t0) / 1_000_000 + " ms, "
          + (3 * p.stacks().size() + 1) + " SVGs " + (t2 - t1) / 1_000_000 + " ms (" + bytes / 1024 / 1024 + " MiB)");
    }
  }
}
