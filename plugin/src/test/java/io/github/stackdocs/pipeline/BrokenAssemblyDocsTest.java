package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cdk-assembly IT's assembly, broken by hand in three files (an artifact that is a number in the manifest, a
 * construct's children written as a list in tree.json, a truncated asset manifest), through
 * {@link DocsGenerator#generate}: each fault is one assembly-shape finding at its file, line and column, and every
 * stack is still documented.
 */
class BrokenAssemblyDocsTest {
  private static final Path IT = Path.of("..", "src-it", "cdk-assembly", "cdk.out").toAbsolutePath().normalize();

  @TempDir Path base;

  @Test
  void eachBrokenFileIsALocatedFindingAndEveryStackIsStillDocumented() throws IOException {
    Path out = base.resolve("cdk.out");
    try (Stream<Path> files = Files.list(IT)) {
      Files.createDirectories(out);
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, out.resolve(f.getFileName().toString()));
      }
    }
    Path manifest = out.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"artifacts\": \\{\n",
        "\"artifacts\": {\n    \"Junk\": 42,\n"));
    Path tree = out.resolve("tree.json");
    String treeText = Files.readString(tree).replaceFirst("\"children\":\\{\"Orders\":",
        "\"children\":[\"Orders\"],\"was\":{\"Orders\":");
    Files.writeString(tree, treeText);
    int column = treeText.indexOf("[\"Orders\"]") + 1;
    Path assets = out.resolve("Storage.assets.json");
    String assetsText = Files.readString(assets);
    Files.writeString(assets, assetsText.substring(0, assetsText.length() / 2));

    DocsRequest request = DocsRequest.builder(base).sourceDirectory(base).includes(List.of())
        .outputDirectory(Path.of("target/docs")).formats(EnumSet.of(Format.MD)).projectName("it")
        .mode(WriteMode.CHECK).failOn(FailOn.NEVER).cdkOutDirectory(DocsRequest.cdkOut(base, Optional.empty()))
        .build();
    DocsGenerator.Generation g;
    try (DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML here");
    })) {
      g = generator.generate(request);
    }

    assertThat(g.findings()).noneMatch(f -> f.code().equals("internal"));
    assertThat(g.findings().stream().filter(f -> f.code().equals("assembly-shape")).map(Finding::format))
        .hasSize(3)
        .anySatisfy(f -> assertThat(f).startsWith("cdk.out/manifest.json:4:13: ERROR artifact 'Junk' is a number at"
            + " JSON path /artifacts/Junk; expected an object with a type"))
        .anySatisfy(f -> assertThat(f).startsWith("cdk.out/tree.json:1:" + column + ": WARN children is an array at"
            + " JSON path /tree/children/Storage/children; expected an object of child id → construct"))
        .anySatisfy(f -> assertThat(f).startsWith("cdk.out/Storage.assets.json:").contains("is not valid JSON")
            .contains("expected an asset manifest"));
    assertThat(g.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::code)
        .containsOnly("assembly-shape");
    assertThat(g.project().stacks()).extracting(Stack::name).as("Service, its nested stack and Storage")
        .hasSize(3).contains("Service", "Storage");
    assertThat(g.documents()).extracting(Document::path).contains("stacks/Service.md", "stacks/Storage.md");
  }
}
