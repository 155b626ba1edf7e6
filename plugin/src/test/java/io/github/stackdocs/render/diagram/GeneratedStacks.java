package io.github.stackdocs.render.diagram;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Synthetic stacks from the shared benchmark generator ({@code ../shared/bench/gen_stacks.py}); the calling test
 * skips when the shared folder or python3 is absent.
 */
final class GeneratedStacks {
  private GeneratedStacks() {}

  /** Generates {@code stacks} stacks of {@code resources} resources into {@code dir} and reads them as a project. */
  static Project generate(Path dir, int stacks, int resources) throws IOException, InterruptedException {
    Path script = Corpus.rootOrSkip("GeneratedStacks").getParent().resolve("bench/gen_stacks.py");
    Assumptions.assumeTrue(Files.isRegularFile(script), "gen_stacks.py absent");
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString(), dir.toString(), "--stacks", String.valueOf(stacks),
          "--resources", String.valueOf(resources)).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("python3 not available: " + e.getMessage());
      throw e;
    }
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    Assumptions.assumeTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "gen_stacks.py failed");
    CfnTemplateReader reader = new CfnTemplateReader();
    List<Stack> read = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("templates"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().replaceFirst("\\.(yaml|json)$", "");
        ReadResult r = reader.read(new TemplateSource(f, f.getFileName().toString(), name));
        r.stack().ifPresent(read::add);
      }
    }
    return new Project("generated", read);
  }

  static DependencyGraph graph(Project p) {
    return DependencyGraph.build(p);
  }
}
