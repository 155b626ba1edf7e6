package io.github.stackdocs.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.read.InputSelector.ExplicitTemplate;
import io.github.stackdocs.read.InputSelector.Selection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputSelectorTest {
  @TempDir Path base;
  private final InputSelector selector = new InputSelector();

  @BeforeEach
  void files() throws IOException {
    for (String f : List.of("cfn/zeta.yaml", "cfn/alpha.yml", "cfn/net/vpc.json", "cfn/old/legacy.template",
        "cfn/readme.md", "cfn/net/skip.yaml", "other/outside.yaml")) {
      Path p = base.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "Resources: {}\n");
    }
  }

  private Selection select(List<String> includes, List<String> excludes, List<ExplicitTemplate> explicit) {
    return selector.select(base, Path.of("cfn"), includes, excludes, explicit);
  }

  private static List<String> paths(Selection s) {
    return s.sources().stream().map(t -> t.displayPath() + "=" + t.stackName()).toList();
  }

  @Test
  void defaultIncludesSortedByDisplayPath() {
    Selection s = select(List.of(), List.of(), List.of());
    assertThat(paths(s)).containsExactly("cfn/alpha.yml=alpha", "cfn/net/skip.yaml=skip", "cfn/net/vpc.json=vpc",
        "cfn/old/legacy.template=legacy", "cfn/zeta.yaml=zeta");
    assertThat(s.findings()).isEmpty();
    assertThat(s.sources().get(0).path()).isEqualTo(base.resolve("cfn/alpha.yml").toAbsolutePath().normalize());
  }

  @Test
  void includesAndExcludes() {
    Selection s = select(List.of("**/*.yaml", "net/*.json"), List.of("net/skip*"), List.of());
    assertThat(paths(s)).containsExactly("cfn/net/vpc.json=vpc", "cfn/zeta.yaml=zeta");
  }

  @ParameterizedTest
  @CsvSource({"**/*.yaml, zeta.yaml, true", "**/*.yaml, a/b/c.yaml, true", "*.yaml, a/c.yaml, false",
      "net/**, net/a/b.json, true", "?.json, a.json, true", "**/old/*, x/old/y, true", "*.yml, a.yaml, false"})
  void globs(String pattern, String path, boolean matches) {
    assertThat(new Glob(pattern).matches(path)).isEqualTo(matches);
  }

  @Test
  void explicitEntriesAddFilesAndRenameGlobbedOnes() {
    Selection s = select(List.of("*.yaml"), List.of(), List.of(
        new ExplicitTemplate(Path.of("cfn/zeta.yaml"), Optional.of("prod-zeta")),
        new ExplicitTemplate(Path.of("other/outside.yaml"), Optional.empty())));
    assertThat(paths(s)).containsExactly("cfn/zeta.yaml=prod-zeta", "other/outside.yaml=outside");
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void explicitEntryWithoutNameDoesNotDuplicateAGlobbedFile() {
    Selection s = select(List.of("*.yaml"), List.of(), List.of(
        new ExplicitTemplate(Path.of("cfn/../cfn/zeta.yaml"), Optional.empty())));
    assertThat(paths(s)).containsExactly("cfn/zeta.yaml=zeta");
  }

  @Test
  void missingExplicitFileIsAnError() {
    Selection s = select(List.of(), List.of(), List.of(new ExplicitTemplate(Path.of("nope.yaml"), Optional.empty())));
    assertThat(s.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("missing-template");
      assertThat(f.message()).contains("nope.yaml");
    });
  }

  @Test
  void filesSharingABaseNameAreNamedByTheirShortestUniquePathSuffix() throws IOException {
    Files.writeString(base.resolve("cfn/net/zeta.json"), "{}");
    Selection s = select(List.of(), List.of(), List.of());
    assertThat(s.findings()).isEmpty();
    // unique below the folder they share (cfn/): the outer one keeps its base name
    assertThat(paths(s)).contains("cfn/net/zeta.json=net/zeta", "cfn/zeta.yaml=zeta");
  }

  @Test
  void twoFilesWithTheSameConfiguredStackNameAreAnError() throws IOException {
    Selection s = select(List.of(), List.of(), List.of(new ExplicitTemplate(Path.of("cfn/alpha.yml"),
        java.util.Optional.of("zeta"))));
    assertThat(s.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("duplicate-stack-name");
      assertThat(f.message()).contains("cfn/alpha.yml", "cfn/zeta.yaml");
    });
    assertThat(paths(s)).contains("cfn/alpha.yml=zeta").doesNotContain("cfn/zeta.yaml=zeta");
  }

  @Test
  void missingSourceDirectoryGivesNothing() {
    Selection s = selector.select(base, Path.of("absent"), List.of(), List.of(), List.of());
    assertThat(s.sources()).isEmpty();
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void aSourceDirectoryBesideTheProjectIsReadAndNamedRelatively() {
    Path project = base.resolve("cfn/net");
    Selection s = selector.select(project, Path.of("../../other"), List.of(), List.of(), List.of());
    assertThat(paths(s)).containsExactly("../../other/outside.yaml=outside");
    assertThat(s.findings()).isEmpty();
  }

  @Test
  void aLinkInsideTheSourceDirectoryPointingOutOfItIsSkippedWithAWarning() throws IOException {
    Files.createSymbolicLink(base.resolve("cfn/escape.yaml"), base.resolve("other/outside.yaml"));
    Selection s = select(List.of("*.yaml"), List.of(), List.of());
    assertThat(paths(s)).containsExactly("cfn/zeta.yaml=zeta");
    assertThat(s.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("link-outside-source");
      assertThat(f.message()).contains("cfn/escape.yaml", "outside the source directory cfn");
    });
  }
}
