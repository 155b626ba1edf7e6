package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stamp: a second generate with nothing changed does no work and touches nothing; a change to any input, the
 * settings, the stackdocs build or the docs themselves makes it do the work again.
 */
class IncrementalGenerateTest {
  private static final Path CDK_OUT = Path.of("..", "src-it", "cdk-assembly", "cdk.out").toAbsolutePath().normalize();

  @TempDir Path base;

  @BeforeEach
  void project() throws IOException {
    write("src/main/cloudformation/app.yaml", """
        Description: the app
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Net:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: nested/net.yaml
        """);
    write("src/main/cloudformation/nested/net.yaml", """
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties:
              CidrBlock: 10.0.0.0/16
        """);
    write("src/main/cloudformation/stackdocs.yaml", """
        stacks:
          app:
            owner: team-a
        """);
    write("deployed/app/describe-stacks.json", """
        {"Stacks": [{"StackName": "app", "StackId": "arn:aws:cloudformation:eu-west-1:1:stack/app/x",
          "StackStatus": "CREATE_COMPLETE"}]}
        """);
    Files.createDirectories(base.resolve("templates/md"));
    Files.createDirectories(base.resolve("src/docs/runbooks"));
    copyTree(CDK_OUT, base.resolve("cdk.out"));
  }

  private DocsRequest.Builder request() {
    return DocsRequest.builder(base)
        .outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.ADOC, Format.MD, Format.JSON))
        .failOn(FailOn.NEVER)
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .templateDirectory(Optional.of(Path.of("templates")))
        .cdkOutDirectory(Optional.of(Path.of("cdk.out")))
        .runbookDirectory(Optional.of(Path.of("src/docs/runbooks")))
        .stampFile(Optional.of(Path.of("target/stackdocs-stamp/docs.stamp")));
  }

  private static DocsResult run(DocsRequest request) {
    return run(request, "build-1");
  }

  private static DocsResult run(DocsRequest request, String toolVersion) {
    try (DocsGenerator g = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML asked for");
    }, toolVersion)) {
      return g.run(request);
    }
  }

  @Test
  void aSecondRunWithNothingChangedDoesNoWorkAndTouchesNothing() throws IOException {
    DocsResult first = run(request().build());
    assertThat(first.upToDateInputs()).isEmpty();
    assertThat(first.written().orElseThrow().written()).contains("index.md", "model.json", "stacks/app.md");
    Map<String, FileTime> before = pinTimes(base.resolve("docs"));
    Map<String, FileTime> runbooksBefore = pinTimes(base.resolve("src/docs/runbooks"));
    assertThat(runbooksBefore).isNotEmpty();

    DocsResult second = run(request().build());

    assertThat(second.upToDateInputs()).as("the stamp said nothing changed").isPresent();
    assertThat(second.upToDateInputs().get()).isGreaterThanOrEqualTo(8); // templates, nested, notes, snapshot, cdk.out
    assertThat(second.summary()).matches("docs up to date \\(\\d+ inputs unchanged\\) in \\d+ ms");
    assertThat(second.written()).isEmpty();
    assertThat(second.findings()).isEqualTo(first.findings());
    assertThat(second.stacks()).isEqualTo(first.stacks());
    assertThat(times(base.resolve("docs"))).isEqualTo(before);
    assertThat(times(base.resolve("src/docs/runbooks"))).isEqualTo(runbooksBefore);
  }

  @Test
  void anUpToDateRunTrustsFilesThatKeptTheirSizeAndTimeWithoutReadingThem() throws IOException {
    run(request().build());
    pinTimes(base); // every input, output and runbook long settled
    assertThat(run(request().build()).upToDateInputs()).as("times changed, contents not").isPresent();
    assertThat(Files.readString(base.resolve("target/stackdocs-stamp/docs.stamp")))
        .as("the up-to-date run recorded the settled files").contains("\tsettled\t");

    // a change that keeps the size and the time is not seen: proof that the file was not read (as with git)
    Path page = base.resolve("docs/stacks/app.md");
    FileTime time = Files.getLastModifiedTime(page);
    String text = Files.readString(page);
    assertThat(text).contains("app");
    Files.writeString(page, text.replaceFirst("app", "APP"));
    Files.setLastModifiedTime(page, time);
    assertThat(run(request().build()).upToDateInputs()).isPresent();

    // the same change with the time a write gives it is seen, and the page regenerated
    Files.setLastModifiedTime(page, FileTime.fromMillis(time.toMillis() + 1_000));
    DocsResult redone = run(request().build());
    assertThat(redone.upToDateInputs()).isEmpty();
    assertThat(Files.readString(page)).isEqualTo(text);
  }

  @Test
  void everyKindOfInputChangeMakesTheNextRunDoTheWork() throws IOException {
    List<Consumer<Path>> changes = List.of(
        p -> append(p, "src/main/cloudformation/app.yaml", "# edited\n"),
        p -> write("src/main/cloudformation/more.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\n"),
        p -> delete(p.resolve("src/main/cloudformation/more.yaml")),
        p -> append(p, "src/main/cloudformation/nested/net.yaml", "# edited\n"),
        p -> append(p, "src/main/cloudformation/stackdocs.yaml", "# edited\n"),
        p -> append(p, "deployed/app/describe-stacks.json", " "),
        p -> write("templates/md/header.ftl", "# ${project.name}\n"),
        p -> append(p, "cdk.out/manifest.json", " "),
        p -> append(p, firstRunbook(), "\nNotes someone added.\n"));
    // (the change log, the site runbook folder and the Antora settings: see the site test below and ConfigKey)
    run(request().build());
    for (int i = 0; i < changes.size(); i++) {
      changes.get(i).accept(base);
      assertThat(run(request().build()).upToDateInputs()).as("after change %d", i).isEmpty();
      assertThat(run(request().build()).upToDateInputs()).as("run after change %d's rerun", i).isPresent();
    }
  }

  @Test
  void assetsInTheCloudAssemblyAreNotInputs() throws IOException {
    run(request().build());
    write("cdk.out/asset.0123abcd/index.js", "exports.handler = () => 1;\n");
    assertThat(run(request().build()).upToDateInputs()).isPresent();
  }

  @Test
  void docsEditedDeletedOrAddedByHandAreRegenerated() throws IOException {
    run(request().build());
    Path page = base.resolve("docs/stacks/app.md");
    String original = Files.readString(page);

    Files.writeString(page, original + "hand edit\n");
    assertThat(run(request().build()).written().orElseThrow().written()).containsExactly("stacks/app.md");
    assertThat(Files.readString(page)).isEqualTo(original);

    Files.delete(page);
    assertThat(run(request().build()).written().orElseThrow().written()).containsExactly("stacks/app.md");

    Files.writeString(base.resolve("docs/stacks/stray.md"), "not ours any more\n");
    assertThat(run(request().build()).written().orElseThrow().deleted()).containsExactly("stacks/stray.md");

    Files.writeString(base.resolve("docs/README.txt"), "a file people keep here, not managed\n");
    assertThat(run(request().build()).upToDateInputs()).as("unmanaged files do not count").isPresent();
  }

  @Test
  void aChangedSettingOrStackdocsBuildOrForceMakesTheNextRunDoTheWork() {
    run(request().build());
    assertThat(run(request().projectName("renamed").build()).upToDateInputs()).isEmpty();
    assertThat(run(request().projectName("renamed").build()).upToDateInputs()).isPresent();
    assertThat(run(request().projectName("renamed").build(), "build-2").upToDateInputs()).isEmpty();
    assertThat(run(request().projectName("renamed").force(true).build(), "build-2").upToDateInputs()).isEmpty();
    assertThat(run(request().projectName("renamed").build(), "build-2").upToDateInputs()).isPresent();
  }

  @Test
  void aDamagedStampIsIgnoredAndRewritten() throws IOException {
    run(request().build());
    Path stamp = base.resolve("target/stackdocs-stamp/docs.stamp");
    Files.writeString(stamp, "stackdocs-stamp 1\ncounts\tx\n");
    assertThat(run(request().build()).upToDateInputs()).isEmpty();
    assertThat(run(request().build()).upToDateInputs()).isPresent();
  }

  @Test
  void checkNeitherUsesNorWritesTheStamp() throws IOException {
    run(request().build());
    Path stamp = base.resolve("target/stackdocs-stamp/docs.stamp");
    Files.delete(stamp);
    DocsResult checked = run(request().mode(WriteMode.CHECK).build());
    assertThat(checked.checked().orElseThrow().upToDate()).isTrue();
    assertThat(checked.upToDateInputs()).isEmpty();
    assertThat(stamp).doesNotExist();
    Files.writeString(base.resolve("docs/stacks/app.md"), "edited\n");
    assertThatThrownBy(() -> run(request().mode(WriteMode.CHECK).build())).isInstanceOf(StaleDocsException.class);
  }

  @Test
  void onlyRunbooksThatChangedAreConvertedAndAsciidoctorIsNotStartedWhenNoneDid(@TempDir Path site)
      throws IOException {
    Files.createDirectories(site.resolve("src/main/cloudformation"));
    Files.createDirectories(site.resolve("runbooks/a"));
    Files.writeString(site.resolve("src/main/cloudformation/a.yaml"), "Description: queue\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    Files.writeString(site.resolve("src/main/cloudformation/b.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    Files.writeString(site.resolve("runbooks/a/Q.adoc"), "= Q runbook\n\nDrain it.\n");
    DocsRequest request = DocsRequest.builder(site).outputDirectory(Path.of("site"))
        .formats(EnumSet.of(Format.HTML, Format.MD)).siteRunbookDirectory(Optional.of(Path.of("runbooks")))
        .stampFile(Optional.of(Path.of("target/site.stamp"))).build();
    CountingHtml renderer = new CountingHtml();
    try (DocsGenerator withHtml = renderer.generator()) {
      withHtml.run(request);
      assertThat(renderer.conversions()).as("the runbook; the generated pages are rendered from the view").isEqualTo(1);
      String runbook = Files.readString(site.resolve("site/runbooks/a/Q.html"));

      // stack a's description changes: its pages are rendered again, the runbook page is reused, and Asciidoctor is
      // not even created
      Files.writeString(site.resolve("src/main/cloudformation/a.yaml"),
          "Description: queue Q2\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n");
      try (DocsGenerator noAsciidoctor = new DocsGenerator(Log.silent(), () -> {
        throw new AssertionError("AsciidoctorJ started although no runbook changed");
      }, "build-1")) {
        DocsResult r = noAsciidoctor.run(request);
        assertThat(r.upToDateInputs()).isEmpty();
        assertThat(r.written().orElseThrow().written()).contains("stacks/a.html").doesNotContain("runbooks/a/Q.html");
      }
      assertThat(Files.readString(site.resolve("site/stacks/a.html"))).contains("Q2");
      assertThat(Files.readString(site.resolve("site/runbooks/a/Q.html"))).isEqualTo(runbook);

      // the runbook changes: it alone is converted again
      Files.writeString(site.resolve("runbooks/a/Q.adoc"), "= Q runbook\n\nDrain it twice.\n");
      withHtml.run(request);
      assertThat(renderer.conversions()).isEqualTo(2);
      assertThat(Files.readString(site.resolve("site/runbooks/a/Q.html"))).contains("Drain it twice.");
    }
  }

  @Test
  void theChangeLogPageIsConvertedAgainOnlyWhenItChangesGetsTheCurrentNavigationAndIsAnInput(@TempDir Path site)
      throws IOException {
    Files.createDirectories(site.resolve("src/main/cloudformation"));
    Files.writeString(site.resolve("src/main/cloudformation/a.yaml"), "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    Files.writeString(site.resolve("CHANGELOG.adoc"), "= Changes\n\n== 1.0\n\nFirst.\n");
    DocsRequest request = DocsRequest.builder(site).outputDirectory(Path.of("site"))
        .formats(EnumSet.of(Format.HTML, Format.ANTORA)).changelog(Optional.of(Path.of("CHANGELOG.adoc")))
        .stampFile(Optional.of(Path.of("target/site.stamp"))).build();
    CountingHtml renderer = new CountingHtml();
    try (DocsGenerator withHtml = renderer.generator()) {
      withHtml.run(request);
      int first = renderer.conversions();
      assertThat(first).isEqualTo(1); // the change log; the generated pages are rendered from the view
      assertThat(site.resolve("site/changelog.html")).exists();
      assertThat(site.resolve("site/antora/antora.yml")).exists();
      assertThat(withHtml.run(request).upToDateInputs()).as("nothing changed").isPresent();

      // the change log is an input of the site: its page alone is converted again
      Files.writeString(site.resolve("CHANGELOG.adoc"), "= Changes\n\n== 1.1\n\nSecond.\n");
      assertThat(withHtml.run(request).upToDateInputs()).isEmpty();
      assertThat(renderer.conversions()).isEqualTo(first + 1);
      assertThat(Files.readString(site.resolve("site/changelog.html"))).contains("Second.");

      // a new stack is in every page's navigation: no page may keep a sidebar without it, yet the change log is not
      // converted again; its page gets the new navigation
      Files.writeString(site.resolve("src/main/cloudformation/b.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
      withHtml.run(request);
      assertThat(renderer.conversions()).isEqualTo(first + 1);
      for (String page : List.of("index.html", "stacks/a.html", "findings.html", "changelog.html")) {
        assertThat(Files.readString(site.resolve("site").resolve(page))).as(page).contains("stacks/b.html");
      }
      assertThat(site.resolve("site/antora/modules/ROOT/pages/stacks/b.adoc")).exists();
    }
    // byte-identical to a site made from scratch
    DocsRequest fresh = DocsRequest.builder(site).outputDirectory(Path.of("fresh"))
        .formats(EnumSet.of(Format.HTML, Format.ANTORA)).changelog(Optional.of(Path.of("CHANGELOG.adoc"))).build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(fresh);
    }
    for (String page : List.of("index.html", "stacks/a.html", "stacks/b.html", "findings.html", "changelog.html")) {
      assertThat(site.resolve("site").resolve(page)).as(page).hasSameBinaryContentAs(site.resolve("fresh").resolve(page));
    }
  }

  @Test
  void theStampMayNotLiveInTheOutputFolder() {
    assertThatThrownBy(() -> request().stampFile(Optional.of(Path.of("docs/.stamp"))).build())
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("inside the output folder");
  }

  @Test
  void everySettingIsInTheConfigKeyOrDeliberatelyLeftOut() {
    Set<String> components = new java.util.TreeSet<>();
    for (var c : DocsRequest.class.getRecordComponents()) {
      components.add(c.getName());
    }
    Set<String> accounted = new java.util.TreeSet<>(ConfigKey.covered(request().build()));
    accounted.addAll(ConfigKey.LEFT_OUT);
    assertThat(accounted).isEqualTo(components);
  }

  /** A generator whose HTML renderer is kept, so that a test can count the pages it converted. */
  private static final class CountingHtml {
    private io.github.stackdocs.render.html.HtmlRenderer renderer;

    DocsGenerator generator() {
      return new DocsGenerator(Log.silent(), () -> {
        renderer = new io.github.stackdocs.render.html.HtmlRenderer();
        return renderer;
      }, "build-1");
    }

    int conversions() {
      return renderer == null ? 0 : renderer.conversions();
    }
  }

  private void write(String relative, String text) {
    try {
      Path file = base.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void append(Path base, String relative, String text) {
    try {
      Path file = base.resolve(relative);
      Files.writeString(file, Files.readString(file) + text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Sets every file's time to one value and returns them; a file rewritten later gets another time. */
  private static Map<String, FileTime> pinTimes(Path dir) throws IOException {
    FileTime pinned = FileTime.fromMillis(1_000_000_000L);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, pinned);
      }
    }
    return times(dir);
  }

  private static Map<String, FileTime> times(Path dir) throws IOException {
    Map<String, FileTime> m = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(f).toString(), Files.getLastModifiedTime(f));
      }
    }
    return m;
  }

  private String firstRunbook() {
    try (Stream<Path> files = Files.walk(base.resolve("src/docs/runbooks"))) {
      return base.relativize(files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow()).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
