package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Templates (and optionally a snapshot folder) in a temporary project, generated in memory with runbooks on. */
final class RunbookFixture {
  private final Path base;
  private Optional<Path> deployed = Optional.empty();
  private Optional<Path> cdkOut = Optional.empty();

  RunbookFixture(Path base) {
    this.base = base;
  }

  /** Writes a file of the project, e.g. {@code src/main/cloudformation/app.yaml}. */
  RunbookFixture file(String relative, String text) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return this;
  }

  /** Writes a template {@code src/main/cloudformation/<stack>.yaml}. */
  RunbookFixture template(String stack, String yaml) throws IOException {
    return file("src/main/cloudformation/" + stack + ".yaml", yaml);
  }

  /** Reads a snapshot folder of the project ({@code deployed/<stack>/...}). */
  RunbookFixture deployed() {
    deployed = Optional.of(Path.of("deployed"));
    return this;
  }

  /** Reads a cloud assembly folder of the project. */
  RunbookFixture cdkOut(String relative) {
    cdkOut = Optional.of(Path.of(relative));
    return this;
  }

  DocsRequest request() {
    DocsRequest.Builder b = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.MD, Format.ADOC, Format.JSON)).failOn(FailOn.NEVER).projectName("p")
        .runbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).deployedDirectory(deployed);
    cdkOut.ifPresent(c -> b.cdkOutDirectory(Optional.of(c)));
    return b.build();
  }

  DocsGenerator.Generation generate() {
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      return generator.generate(request());
    }
  }

  static String runbook(DocsGenerator.Generation g, String path) {
    return g.runbooks().stream().filter(d -> d.path().equals(path)).map(Document::content).findFirst()
        .orElseThrow(() -> new AssertionError("no runbook " + path + " in " + g.runbooks().stream().map(Document::path)
            .toList()));
  }

  static String document(DocsGenerator.Generation g, String path) {
    return g.documents().stream().filter(d -> d.path().equals(path)).map(Document::content).findFirst().orElseThrow();
  }

  /** The messages of the findings of one code. */
  static List<String> findings(DocsGenerator.Generation g, String code) {
    return g.findings().stream().filter(f -> f.code().equals(code)).map(Finding::message).toList();
  }
}
