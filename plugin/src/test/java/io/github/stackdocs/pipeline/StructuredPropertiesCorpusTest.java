package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structured renderings of properties on real templates (widdix aws-cf-templates in ../shared/corpus), in
 * AsciiDoc, Markdown and HTML: each golden file is one resource's section of its stack page, whole. Skips, with a
 * line in the log, when the corpus is absent.
 */
class StructuredPropertiesCorpusTest {
  private static final String WIDDIX = "templates/aws-cf-templates/";

  /** Stack name → template, and the resources whose sections are compared. */
  private static final Map<String, String> TEMPLATES = new TreeMap<>(Map.of(
      "service-cluster-alb", WIDDIX + "ecs/service-cluster-alb.yaml",
      "rds-aurora", WIDDIX + "state/rds-aurora.yaml",
      "s3", WIDDIX + "state/s3.yaml",
      "kms-key", WIDDIX + "security/kms-key.yaml",
      "al2-mutable-private", WIDDIX + "ec2/al2-mutable-private.yaml"));

  private static Map<String, String> pages;

  @BeforeAll
  static void generate() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("StructuredPropertiesCorpusTest");
    Path emptySource = Files.createTempDirectory("stackdocs-structured-src");
    List<TemplateSpec> specs = new ArrayList<>();
    TEMPLATES.forEach((stack, path) -> specs.add(new TemplateSpec(path, stack)));
    DocsRequest request = DocsRequest.builder(corpus).sourceDirectory(emptySource).templates(specs)
        .outputDirectory(Path.of("unused")).formats(EnumSet.of(Format.ADOC, Format.MD, Format.HTML))
        .failOn(FailOn.NEVER).projectName("widdix").runbookDirectory(java.util.Optional.empty())
        .mode(io.github.stackdocs.output.WriteMode.CHECK).build();
    pages = new TreeMap<>();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      DocsGenerator.Generation g = generator.generate(request);
      for (Document d : g.documents()) {
        pages.put(d.path(), d.content());
      }
    }
  }

  @AfterAll
  static void release() {
    pages = null;
  }

  @Test
  void ecsContainerDefinitions() {
    golden("ecs-task-definition", "service-cluster-alb", "TaskDefinition");
  }

  @Test
  void iamRoleTrustPolicyAndInlinePolicies() {
    golden("iam-role", "al2-mutable-private", "IAMRole");
    golden("iam-policy", "al2-mutable-private", "IAMPolicySSM");
  }

  @Test
  void securityGroupRulesOfAGroupAndOfAnIngressResource() {
    golden("sg-cluster", "rds-aurora", "ClusterSecurityGroup");
    golden("sg-ingress-resource", "al2-mutable-private", "SecurityGroupInSSHWorld");
  }

  @Test
  void everyPropertyOfAnAuroraCluster() {
    golden("rds-db-cluster", "rds-aurora", "DBCluster");
    String md = pages.get("stacks/rds-aurora.md");
    // every property the default environment keeps (KmsKeyId has no key stack there); none left out
    assertThat(section(md, "DBCluster", Format.MD)).contains("| StorageEncrypted |", "| Port |",
        "| VpcSecurityGroupIds |", "| DBSubnetGroupName |", "| PreferredMaintenanceWindow |")
        .doesNotContain("more properties", "more property");
  }

  @Test
  void bucketPolicyAndKeyPolicy() {
    golden("s3-bucket-policy", "s3", "BucketPolicy");
    golden("kms-key-policy", "kms-key", "Key");
  }

  /** The resource's section in each format, against {@code golden/corpus-properties/<name>.<ext>}. */
  private static void golden(String name, String stack, String logicalId) {
    List<Document> sections = new ArrayList<>();
    for (Format f : List.of(Format.ADOC, Format.MD, Format.HTML)) {
      String ext = f == Format.ADOC ? "adoc" : f == Format.MD ? "md" : "html";
      String page = pages.get("stacks/" + stack + "." + ext);
      assertThat(page).as("stacks/" + stack + "." + ext).isNotNull();
      sections.add(new Document(name + "." + ext, section(page, logicalId, f)));
    }
    GoldenFiles.assertMatchesFiles("corpus-properties", sections);
  }

  /** From the resource's heading to the next heading of its level or above (its anchor line left out). */
  static String section(String page, String logicalId, Format format) {
    List<String> lines = page.lines().toList();
    String heading = switch (format) {
      case ADOC -> "==== " + logicalId;
      case MD -> "#### " + logicalId;
      default -> "";
    };
    int start = -1;
    for (int i = 0; i < lines.size() && start < 0; i++) {
      String l = lines.get(i);
      boolean found = format == Format.HTML
          ? l.startsWith("<h4>") && l.contains("aria-hidden=\"true\">#</a>" + logicalId + " <span")
          : l.equals(heading);
      if (found) {
        start = i;
      }
    }
    assertThat(start).as(logicalId + " in the page").isGreaterThanOrEqualTo(0);
    int end = start + 1;
    while (end < lines.size() && !ends(lines.get(end), format)) {
      end++;
    }
    while (end > start + 1 && (lines.get(end - 1).startsWith("[[") || lines.get(end - 1).startsWith("<a id=")
        || lines.get(end - 1).isBlank())) {
      end--;
    }
    return String.join("\n", lines.subList(start, end)) + "\n";
  }

  private static boolean ends(String line, Format format) {
    return switch (format) {
      case ADOC -> line.startsWith("==== ") || line.startsWith("=== ") || line.startsWith("== ");
      case MD -> line.startsWith("#### ") || line.startsWith("### ") || line.startsWith("## ");
      default -> line.startsWith("</article>");
    };
  }
}
