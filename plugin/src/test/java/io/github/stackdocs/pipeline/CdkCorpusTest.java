package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every cloud assembly of the corpus ({@code ../shared/corpus/cdk}: apps synthesized at schema 55 and
 * aws-cdk-cli's fixtures with old schemas, stages and malformed manifests) through the whole in-memory
 * pipeline: valid ones documented, malformed ones rejected with an ERROR naming the file. Nested
 * assemblies (stages) are read through their parent. Prints the counts and every rejection.
 */
class CdkCorpusTest {

  @Test
  void everyCorpusAssemblyIsDocumentedOrRejectedClearly() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("CdkCorpusTest");
    List<Path> assemblies = topLevelAssemblies(corpus.resolve("cdk"));
    Path emptySource = Files.createTempDirectory("stackdocs-cdk-src");
    DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML here");
    });
    int documented = 0;
    int stacks = 0;
    int resources = 0;
    int withConstructPaths = 0;
    int nestedResources = 0;
    int nestedWithPaths = 0;
    List<String> nestedNames = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    Map<String, Integer> warnings = new TreeMap<>();
    for (Path assembly : assemblies) {
      String name = corpus.relativize(assembly).toString();
      DocsRequest request = DocsRequest.builder(corpus).sourceDirectory(emptySource)
          .outputDirectory(Path.of("unused")).formats(EnumSet.of(Format.ADOC, Format.MD, Format.JSON))
          .failOn(FailOn.NEVER).projectName("corpus").mode(WriteMode.CHECK).cdkOutDirectory(Optional.of(assembly))
          .build();
      DocsGenerator.Generation g = generator.generate(request);
      assertThat(g.findings()).as(name).noneMatch(f -> f.code().equals("internal"));
      g.findings().stream().filter(f -> f.severity() == Severity.WARN)
          .forEach(f -> warnings.merge(f.code(), 1, Integer::sum));
      List<Finding> errors = g.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      if (errors.isEmpty()) {
        documented++;
        stacks += g.project().stacks().size();
        for (Stack s : g.project().stacks()) {
          assertThat(s.cdk()).as(name + " " + s.name()).isPresent();
          resources += s.resources().size();
          withConstructPaths += s.cdk().get().constructPaths().size();
          if (s.nestedIn().isPresent()) {
            nestedNames.add(s.name());
            nestedResources += s.resources().size();
            nestedWithPaths += s.cdk().get().constructPaths().size();
            if (!s.resources().isEmpty()) { // named by its construct path, not <parent>-<90-character logical id>
              assertThat(s.name()).as(name).isEqualTo(s.cdk().get().displayName()).doesNotContain("NestedStack");
            }
          }
        }
        assertThat(g.documents()).as(name).isNotEmpty();
      } else {
        Finding first = errors.get(0);
        // a clear error: it names a file of the assembly (manifest, template ...) and says what is wrong
        assertThat(first.location().file()).as(name + ": " + first.format()).startsWith(name);
        rejected.add(name + ": " + first.format());
      }
    }
    System.out.printf(java.util.Locale.ROOT,
        "[corpus] cdk: %d assemblies, %d documented (%d stacks, %d resources, %d with a construct path),"
            + " %d rejected; WARN findings by code: %s%n",
        assemblies.size(), documented, stacks, resources, withConstructPaths, rejected.size(), warnings);
    rejected.forEach(r -> System.out.println("[corpus]   rejected " + r));
    System.out.printf(java.util.Locale.ROOT, "[corpus] cdk nested stacks: %d (%s), %d of %d resources with a"
        + " construct path%n", nestedNames.size(), String.join(", ", new java.util.TreeSet<>(nestedNames)),
        nestedWithPaths, nestedResources);
    assertThat(assemblies).hasSizeGreaterThanOrEqualTo(70);
    assertThat(documented).isGreaterThan(assemblies.size() / 2);
    assertThat(withConstructPaths).isGreaterThan(resources / 2);
    assertThat(nestedResources).isPositive();
    assertThat(nestedWithPaths).isEqualTo(nestedResources);
  }

  /** Folders with a manifest.json that are not inside another such folder (stages are read through it). */
  static List<Path> topLevelAssemblies(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      List<Path> all = files.filter(p -> p.getFileName().toString().equals("manifest.json"))
          .map(Path::getParent).sorted().toList();
      return all.stream()
          .filter(dir -> all.stream().noneMatch(other -> !other.equals(dir) && dir.startsWith(other)))
          .toList();
    }
  }
}
