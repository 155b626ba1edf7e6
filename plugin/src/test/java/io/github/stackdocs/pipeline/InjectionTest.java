package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.GoldenFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inject mode: generated sections between markers of a README, everything else byte for byte. */
class InjectionTest {
  @TempDir Path base;
  private final List<String> warnings = new ArrayList<>();

  private static final String NETWORK = """
      Description: The VPC | shared
      Parameters:
        Cidr:
          Type: String
          Default: 10.0.0.0/16
          AllowedPattern: '^[0-9./]+$'
          Description: The *VPC* range
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: !Ref Cidr
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export:
            Name: shop-vpc
          Description: For the app stack
      """;

  private static final String APP = """
      Description: Orders
      Parameters:
        DbPassword:
          Type: String
          NoEcho: true
          Default: hunter2
      Resources:
        Queue:
          Type: AWS::SQS::Queue
        Group:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: app
            VpcId: !ImportValue shop-vpc
      """;

  /** Hand-written text around the markers, CRLF and trailing spaces included, to be kept byte for byte. */
  private static final String README = "# Shop infrastructure\r\n\r\nHand-written intro.  \r\n\r\n## Stacks\r\n"
      + "<!-- stackdocs:begin stacks -->\r\nstale text\r\n<!-- stackdocs:end stacks -->\r\n\r\n"
      + "Between the sections | with a pipe.\r\n\r\n## Network parameters\r\n\r\n"
      + "  <!-- stackdocs:begin parameters-network keep this note -->\r\n<!-- stackdocs:end parameters-network -->\r\n"
      + "\r\n## App\r\n<!-- stackdocs:begin parameters-app -->\r\n<!-- stackdocs:end parameters-app -->\r\n"
      + "<!-- stackdocs:begin outputs-network -->\r\n<!-- stackdocs:end outputs-network -->\r\n"
      + "<!-- stackdocs:begin resources-app -->\r\n<!-- stackdocs:end resources-app -->\r\n"
      + "<!-- stackdocs:begin diagram -->\r\n<!-- stackdocs:end diagram -->\r\n\r\nThe end, no final newline.";

  private static final String ADOC = """
      = Shop
      :toc:

      Hand-written.

      // stackdocs:begin stacks
      // stackdocs:end stacks

      == Outputs
      // stackdocs:begin outputs-network
      // stackdocs:end outputs-network

      // stackdocs:begin diagram-app
      // stackdocs:end diagram-app
      """;

  @BeforeEach
  void templates() throws Exception {
    write("src/main/cloudformation/network.yaml", NETWORK);
    write("src/main/cloudformation/app.yaml", APP);
  }

  private void write(String file, String text) throws Exception {
    Path p = base.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private DocsRequest request(WriteMode mode, String... files) {
    return DocsRequest.builder(base).outputDirectory(Path.of("target/docs")).formats(EnumSet.of(Format.MD))
        .projectName("shop").mode(mode).injectFiles(java.util.Arrays.stream(files).map(Path::of).toList()).build();
  }

  private String inject(WriteMode mode, String... files) {
    try (DocsGenerator generator = new DocsGenerator(new Log() {
      @Override public void debug(String message) {}
      @Override public void info(String message) {}
      @Override public void warn(String message) {
        warnings.add(message);
      }
      @Override public void error(String message) {}
    })) {
      return generator.injectOnly(request(mode, files));
    }
  }

  /** The text outside the regions: what people wrote. */
  private static String outside(String text, io.github.stackdocs.output.MarkerRegions.Syntax syntax) {
    StringBuilder sb = new StringBuilder();
    for (var part : io.github.stackdocs.output.MarkerRegions.parse(text, "x", syntax).parts()) {
      sb.append(part instanceof io.github.stackdocs.output.MarkerRegions.Region r ? r.begin() + r.end() : part.text());
    }
    return sb.toString();
  }

  @Test
  void sectionsFillTheRegionsAndTheHandWrittenTextStaysByteExactOverTwentyRuns() throws Exception {
    write("README.md", README);
    write("docs/guide.adoc", ADOC);
    assertThat(inject(WriteMode.WRITE, "README.md", "docs/guide.adoc"))
        .isEqualTo("injected 9 regions in 2 files, 2 changed");
    String md = Files.readString(base.resolve("README.md"));
    String adoc = Files.readString(base.resolve("docs/guide.adoc"));
    GoldenFiles.assertMatchesFiles("inject", List.of(new Document("README.md", md), new Document("guide.adoc", adoc)));
    assertThat(outside(md, io.github.stackdocs.output.MarkerRegions.Syntax.HTML_COMMENT))
        .isEqualTo(outside(README, io.github.stackdocs.output.MarkerRegions.Syntax.HTML_COMMENT));
    assertThat(md).doesNotContain("stale text", "hunter2").endsWith("The end, no final newline.");
    for (int i = 0; i < 20; i++) {
      assertThat(inject(WriteMode.WRITE, "README.md", "docs/guide.adoc")).endsWith(", 0 changed");
      assertThat(Files.readAllBytes(base.resolve("README.md"))).isEqualTo(md.getBytes(StandardCharsets.UTF_8));
      assertThat(Files.readString(base.resolve("docs/guide.adoc"))).isEqualTo(adoc);
    }
    assertThat(inject(WriteMode.CHECK, "README.md", "docs/guide.adoc")).endsWith(", up to date");
  }

  @Test
  void theReadinessSectionShowsTheScorePerStack() throws Exception {
    write("README.md", "Intro\n<!-- stackdocs:begin readiness -->\n<!-- stackdocs:end readiness -->\nEnd\n");
    inject(WriteMode.WRITE, "README.md");
    String md = Files.readString(base.resolve("README.md"));
    assertThat(md).startsWith("Intro\n<!-- stackdocs:begin readiness -->\n").endsWith("<!-- stackdocs:end readiness -->\nEnd\n")
        .containsPattern("\\*\\*readiness \\d+% \\(\\d+ passed, \\d+ failed[^)]*\\)\\*\\*")
        .contains("| Stack | Score | Passed | Failed | Waived | Decided at deploy time |")
        .containsPattern("\\| app \\| \\d+% \\|").containsPattern("\\| network \\| \\d+% \\|");
    assertThatThrownBy(() -> {
      write("B.md", "<!-- stackdocs:begin readiness-app -->\n<!-- stackdocs:end readiness-app -->\n");
      inject(WriteMode.WRITE, "B.md");
    }).hasMessageContaining("section 'readiness' covers every stack");
  }

  @Test
  void checkFailsWhenARegionIsStaleAndGenerateRefreshesIt() throws Exception {
    write("README.md", "Intro\n<!-- stackdocs:begin outputs-network -->\n<!-- stackdocs:end outputs-network -->\n");
    inject(WriteMode.WRITE, "README.md");
    write("src/main/cloudformation/network.yaml", NETWORK.replace("For the app stack", "For every stack"));
    assertThatThrownBy(() -> inject(WriteMode.CHECK, "README.md")).isInstanceOf(StaleDocsException.class)
        .hasMessageContaining("the injected regions of README.md are out of date")
        .hasMessageContaining("-| VpcId | `!Ref Vpc` | shop-vpc | For the app stack |")
        .hasMessageContaining("+| VpcId | `!Ref Vpc` | shop-vpc | For every stack |")
        .hasMessageContaining("mvn stackdocs:generate");
    assertThat(Files.readString(base.resolve("README.md"))).contains("For the app stack");
    // generate with the file configured fills it as inject does, and its check covers it
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      assertThatThrownBy(() -> generator.run(request(WriteMode.CHECK, "README.md")))
          .isInstanceOf(StaleDocsException.class).hasMessageContaining("injected regions of README.md");
      generator.run(request(WriteMode.WRITE, "README.md"));
      assertThat(Files.readString(base.resolve("README.md"))).contains("For every stack").startsWith("Intro\n");
      generator.run(request(WriteMode.CHECK, "README.md"));
    }
  }

  @Test
  void brokenMarkersAndUnknownSectionsAreLocatedAndNothingIsWritten() throws Exception {
    String good = "<!-- stackdocs:begin stacks -->\n<!-- stackdocs:end stacks -->\n";
    write("A.md", good);
    write("B.md", "x\n<!-- stackdocs:begin stacks -->\n\n<!-- stackdocs:begin outputs-app -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "A.md", "B.md")).isInstanceOf(InjectException.class)
        .hasMessage("B.md:4: region 'outputs-app' begins inside region 'stacks' (opened on line 2); regions cannot"
            + " nest, close 'stacks' first; nothing was injected into any file");
    assertThat(Files.readString(base.resolve("A.md"))).isEqualTo(good);
    write("B.md", "<!-- stackdocs:end stacks -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageStartingWith("B.md:1: 'stackdocs:end stacks'"
        + " without a matching '<!-- stackdocs:begin stacks -->'");
    write("B.md", good + good);
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageStartingWith("B.md:3: region 'stacks'"
        + " appears twice");
    write("B.md", "<!-- stackdocs:begin stacks -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageStartingWith("B.md:1: region 'stacks' is"
        + " never closed; add '<!-- stackdocs:end stacks -->'");
    write("B.md", "<!-- stackdocs:start stacks -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageContaining("B.md:1: malformed stackdocs"
        + " marker");
    write("B.md", "a\n<!-- stackdocs:begin parameters -->\n<!-- stackdocs:end parameters -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "A.md", "B.md")).isInstanceOf(InjectException.class)
        .hasMessageStartingWith("B.md:2: section 'parameters' needs a stack: the project has 2; write"
            + " 'parameters-<stack>' with one of app, network");
    write("B.md", "<!-- stackdocs:begin parameters-db -->\n<!-- stackdocs:end parameters-db -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageStartingWith("B.md:1: no stack 'db' for"
        + " section 'parameters'; expected one of app, network");
    write("B.md", "<!-- stackdocs:begin readme -->\n<!-- stackdocs:end readme -->\n");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "B.md")).hasMessageStartingWith("B.md:1: unknown section"
        + " 'readme'; expected one of stacks, readiness, parameters, outputs, resources, diagram");
    assertThat(Files.readString(base.resolve("A.md"))).isEqualTo(good);
  }

  @Test
  void aFileThatIsMissingNotTextOrWithoutMarkersIsNeverCreatedOrChanged() throws Exception {
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "README.md")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("README.md does not exist");
    assertThat(base.resolve("README.md")).doesNotExist();
    write("notes.txt", "x");
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "notes.txt")).hasMessageContaining("neither Markdown");
    Files.write(base.resolve("latin.md"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> inject(WriteMode.WRITE, "latin.md")).hasMessageContaining("latin.md is not UTF-8");
    write("plain.md", "# Nothing to fill\n");
    assertThat(inject(WriteMode.WRITE, "plain.md")).isEqualTo("injected 0 regions in 1 file, 0 changed");
    assertThat(warnings).singleElement().asString().startsWith("plain.md has no stackdocs markers; put"
        + " '<!-- stackdocs:begin stacks -->'");
    assertThat(Files.readString(base.resolve("plain.md"))).isEqualTo("# Nothing to fill\n");
  }
}
