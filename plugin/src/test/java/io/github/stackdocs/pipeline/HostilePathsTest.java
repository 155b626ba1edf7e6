package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.HostileProject.OUTSIDE_MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.read.deployed.live.AwsSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths from input data (stack names, logical ids, output names, nested {@code TemplateURL}s, cloud assembly file
 * names, snapshot folders, annotation selectors) and symbolic links inside the project cannot make a run read or
 * write outside the allowed folders. Every test lists every file under the temporary root before and after the run:
 * only the output folder ({@code docs}) and the runbook folder may change, and the text planted in every file
 * outside the project appears in no output, log line or message.
 */
class HostilePathsTest {
  @TempDir Path root;

  private static final String TOPIC = "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n";

  /** Only the output and runbook folders changed, and nothing from outside was read into any output or message. */
  private static void confined(HostileProject p, Map<String, String> before, HostileProject.Run run) {
    List<String> changed = HostileProject.changed(before, p.files());
    assertThat(changed).as("files changed by the run")
        .allSatisfy(f -> assertThat(f).matches("project/(docs|src/docs/runbooks)/.+"));
    assertThat(run.text()).as("log and messages").doesNotContain(OUTSIDE_MARKER, "OutsideTopic");
    for (Path out : p.outputs()) {
      assertThat(text(out)).as(out.toString()).doesNotContain(OUTSIDE_MARKER, "OutsideTopic");
    }
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> codes(HostileProject.Run run) {
    return run.findings().stream().map(Finding::code).toList();
  }

  @Test
  void stackNamesWithDotsSlashesAndDrivesWriteOnlyInsideTheOutputFolders() {
    HostileProject p = new HostileProject(root);
    List<String> names = List.of("../../outside/etc", "/etc/passwd", "..", "C:\\Windows\\x", "a/../../../b", "con",
        ".hidden", "~", "%2e%2e%2f");
    List<TemplateSpec> specs = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      p.template("t" + i + ".yaml", TOPIC);
      specs.add(new TemplateSpec("src/main/cloudformation/t" + i + ".yaml", names.get(i)));
    }
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().templates(specs).build());

    run.ok();
    confined(p, before, run);
    assertThat(run.ok().stacks()).isEqualTo(names.size());
    // every stack got its page and its topic a runbook, inside the folders
    assertThat(p.outputs().stream().filter(f -> f.toString().endsWith(".md") && f.getParent().endsWith("stacks")))
        .hasSize(names.size());
    assertThat(p.outputs().stream().filter(f -> f.toString().endsWith("Topic.adoc")
        && f.toString().contains("src/docs/runbooks"))).hasSize(names.size());
    // and, with the antora format, its runbook page in the component
    assertThat(p.outputs().stream().filter(f -> f.toString().endsWith("Topic.adoc")
        && f.toString().contains("/antora/modules/ROOT/pages/runbooks/"))).hasSize(names.size());
  }

  @Test
  void logicalIdsAndOutputNamesWithPathsWriteOnlyInsideTheOutputFolders() {
    HostileProject p = new HostileProject(root);
    p.template("ids.yaml", """
        Resources:
          "../../../../outside/pwned":
            Type: AWS::SNS::Topic
          "/tmp/abs":
            Type: AWS::SQS::Queue
          "..\\\\..\\\\win":
            Type: AWS::SNS::Topic
          "CON":
            Type: AWS::SNS::Topic
        Outputs:
          "../../../../outside/out":
            Value: !Ref CON
        """);
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    run.ok();
    confined(p, before, run);
    assertThat(run.ok().resources()).isEqualTo(4);
    assertThat(p.outputs().stream().filter(f -> f.startsWith(p.base.resolve("src/docs/runbooks"))))
        .as("a runbook per topic and queue").hasSize(4);
  }

  @Test
  void nestedTemplateUrlsLeadingOutsideTheProjectAreRefusedUnread() {
    HostileProject p = new HostileProject(root);
    p.link("vendor/linked.yaml", p.outside.resolve("secret.yaml"));
    p.template("parent.yaml", """
        Resources:
          Relative:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: ../../../../outside/secret.yaml
          Absolute:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: %s
          Passwd:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: ../../../../../../../../../../outside/etc/passwd
          ThroughLink:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: ../../../vendor/linked.yaml
          FileUrl:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: file://%s
        """.formatted(p.outside.resolve("secret.yaml"), p.outside.resolve("secret.yaml")));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    confined(p, before, run);
    assertThat(run.findings()).filteredOn(f -> f.code().equals("nested-template-outside"))
        .extracting(f -> f.message().substring(0, f.message().indexOf(':')))
        .containsExactlyInAnyOrder("nested stack Relative", "nested stack Absolute", "nested stack ThroughLink",
            "nested stack Passwd"); // ../ past the file system root ends there: outside the project too
    assertThat(run.findings()).filteredOn(f -> f.message().startsWith("nested stack ThroughLink")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("through a symbolic link"));
    assertThat(run.ok().stacks()).isEqualTo(1); // no child was loaded
  }

  @Test
  void cloudAssemblyFileNamesLeadingOutsideTheAssemblyAreRefusedUnread() {
    HostileProject p = new HostileProject(root);
    String secret = p.outside.resolve("secret.json").toString().replace("\\", "\\\\");
    p.file("cdk.out/manifest.json", """
        {"version": "36.0.0", "artifacts": {
          "Up": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "properties": {"templateFile": "../../outside/secret.json"}},
          "Absolute": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "properties": {"templateFile": "%s"}},
          "Linked": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "properties": {"templateFile": "Linked.template.json"}},
          "Good": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "properties": {"templateFile": "Good.template.json"},
            "additionalMetadataFile": "../../outside/secret.json"},
          "Tree": {"type": "cdk:tree", "properties": {"file": "../../outside/secret.json"}},
          "Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "../../outside"}}
        }}
        """.formatted(secret));
    p.link("cdk.out/Linked.template.json", p.outside.resolve("secret.json"));
    p.link("cdk.out/Nested.nested.template.json", p.outside.resolve("x.template.json"));
    p.file("cdk.out/Good.template.json", """
        {"Resources": {
          "Topic": {"Type": "AWS::SNS::Topic"},
          "Up": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "https://s3/x"},
            "Metadata": {"aws:asset:path": "../../outside/x.template.json"}},
          "Linked": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": "https://s3/y"},
            "Metadata": {"aws:asset:path": "Nested.nested.template.json"}}
        }}
        """);
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().cdkOutDirectory(Optional.of(Path.of("cdk.out"))).build());

    confined(p, before, run);
    assertThat(run.ok().stacks()).isEqualTo(1);
    assertThat(run.findings()).filteredOn(f -> f.message().contains("outside the assembly")).extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("'../../outside/secret.json' of stack artifact 'Up'"))
        .anySatisfy(m -> assertThat(m).contains("secret.json' of stack artifact 'Absolute'"))
        .anySatisfy(m -> assertThat(m).contains("'Linked.template.json' of stack artifact 'Linked'"))
        .anySatisfy(m -> assertThat(m).contains("tree file '../../outside/secret.json'"))
        .anySatisfy(m -> assertThat(m).contains("metadata file '../../outside/secret.json'"));
    assertThat(run.findings()).anySatisfy(f -> assertThat(f.message()).contains("nested assembly 'Stage' needs"));
    assertThat(run.findings()).filteredOn(f -> f.code().equals("nested-template-outside")).hasSize(2);
  }

  @Test
  void cloudAssemblyManifestThatIsALinkOutsideIsNotRead() {
    HostileProject p = new HostileProject(root);
    p.link("cdk.out/manifest.json", p.outside.resolve("secret.json"));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().cdkOutDirectory(Optional.of(Path.of("cdk.out"))).build());

    confined(p, before, run);
    assertThat(run.findings()).anySatisfy(f -> assertThat(f.format())
        .isEqualTo("cdk.out/manifest.json: ERROR cdk.out/manifest.json is a symbolic link to a file outside the"
            + " assembly folder; not read [cdk-manifest]"));
  }

  @Test
  void snapshotFilesAndFoldersThatAreLinksOutsideAreSkippedUnread() {
    HostileProject p = new HostileProject(root);
    p.template("orders.yaml", TOPIC);
    p.link("deployed/orders/describe-stacks.json", p.outside.resolve("secret.json"));
    p.link("deployed/linked-folder", p.outside);
    p.file("deployed/..%2F..%2Fescape/describe-stacks.json", "{\"Stacks\": [{\"StackName\": \"../../etc\"}]}");
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().deployedDirectory(Optional.of(Path.of("deployed"))).build());

    confined(p, before, run);
    assertThat(run.findings()).anySatisfy(f -> assertThat(f.format()).isEqualTo("deployed/orders/describe-stacks.json:"
        + " WARN skipped: it is a symbolic link to a file outside the snapshot folder deployed [deployed-link-outside]"));
    assertThat(codes(run)).contains("deployed-unknown-stack"); // "../../etc" is only a name that matches no stack
  }

  @Test
  void annotationSelectorsAndLinksWithPathsReadNothing() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.template("stackdocs.yaml", """
        "../../outside/*":
          owner: traversal
        "/etc/passwd":
          owner: absolute
        "shop/../../../outside/secret.yaml":
          owner: dots
        shop/Topic:
          owner: Platform
          links:
            passwd: file:///etc/passwd
            outside: "file://%s"
        """.formatted(p.outside.resolve("secret.yaml")));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    confined(p, before, run);
    assertThat(p.read("docs/stacks/shop.md")).contains("Platform").doesNotContain("traversal", "file://");
    assertThat(run.findings()).filteredOn(f -> f.code().equals("annotation-url")).hasSize(2);
  }

  @Test
  void sourceFolderLinksLeadingOutsideAreSkippedWithAWarning() {
    HostileProject p = new HostileProject(root);
    p.template("app.yaml", TOPIC);
    p.link("src/main/cloudformation/secret.yaml", p.outside.resolve("secret.yaml"));
    p.link("src/main/cloudformation/etc", p.outside);
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    confined(p, before, run);
    assertThat(run.ok().stacks()).isEqualTo(1);
    assertThat(run.findings()).filteredOn(f -> f.code().equals("link-outside-source"))
        .extracting(f -> f.location().file())
        .containsExactly("src/main/cloudformation/etc", "src/main/cloudformation/secret.yaml");
  }

  @Test
  void runbookFolderLinkLeadingOutsideIsNotWrittenThrough() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.link("src/docs/runbooks/shop", p.outside.resolve("etc"));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    confined(p, before, run);
    assertThat(run.failure()).get().isInstanceOf(StackdocsException.class)
        .extracting(Throwable::getMessage).asString()
        .contains("refusing output path 'shop/Topic.adoc': a symbolic link in", "leads outside it");
  }

  @Test
  void outputFolderLinkLeadingOutsideIsNotWrittenThrough() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.link("docs/stacks", p.outside.resolve("etc"));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().runbookDirectory(Optional.empty()).build());

    confined(p, before, run);
    assertThat(run.failure()).get().isInstanceOf(StackdocsException.class)
        .extracting(Throwable::getMessage).asString().contains("refusing output path 'stacks/", "leads outside it");
  }

  @Test
  void checkDoesNotReadOrPrintAnOutputFileThatIsALinkOutside() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.run(p.request().runbookDirectory(Optional.empty()).build()).ok();
    try {
      Files.delete(p.base.resolve("docs/index.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.link("docs/index.md", p.outside.resolve("etc/passwd"));
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run(p.request().runbookDirectory(Optional.empty()).mode(WriteMode.CHECK).build());

    confined(p, before, run);
    assertThat(HostileProject.changed(before, p.files())).isEmpty();
    assertThat(run.failure()).get().extracting(Throwable::getMessage).asString()
        .contains("refusing output path 'index.md'");
  }

  @Test
  void snapshotGoalDoesNotWriteThroughAStackFolderLinkLeadingOutside() {
    HostileProject p = new HostileProject(root);
    p.template("orders.yaml", TOPIC);
    p.link("deployed/orders", p.outside.resolve("etc"));
    Map<String, String> before = p.files();
    SnapshotRequest request = new SnapshotRequest(p.base.resolve("deployed"), List.of("orders"),
        AwsSettings.defaults(), false);
    SnapshotGenerator snapshot = new SnapshotGenerator(Log.silent(), r -> {
      throw new AssertionError("AWS was called although the snapshot folder holds a link outside");
    });

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> snapshot.run(request, p.request().build()))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("refusing output path 'orders/describe-stacks.json'")
        .hasMessageContaining("nothing was read from AWS");
    assertThat(HostileProject.changed(before, p.files())).isEmpty();
  }

  /** The staging folder of the hostile project's output folder {@code docs}. */
  private static final String STAGING = "project/.docs.stackdocs-staging";

  /** As {@link #confined}, but the planted staging folder must be gone, and it alone may have been removed. */
  private static void confinedAndStagingRemoved(HostileProject p, Map<String, String> before, HostileProject.Run run) {
    assertThat(p.root.resolve(STAGING)).doesNotExist();
    assertThat(Files.isSymbolicLink(p.root.resolve(STAGING))).isFalse();
    Map<String, String> after = p.files();
    List<String> changed = HostileProject.changed(before, after);
    assertThat(changed).as("files changed by the run")
        .allSatisfy(f -> assertThat(f).matches("project/(docs|src/docs/runbooks)/.+|" + STAGING + "(/.+)?"));
    assertThat(changed).filteredOn(f -> f.startsWith(STAGING)).allSatisfy(f -> assertThat(after).doesNotContainKey(f));
    assertThat(run.text()).as("log and messages").doesNotContain(OUTSIDE_MARKER, "OutsideTopic");
    for (Path out : p.outputs()) {
      assertThat(text(out)).as(out.toString()).doesNotContain(OUTSIDE_MARKER, "OutsideTopic");
    }
  }

  private static void warnsOfJournal(HostileProject.Run run, String shown) {
    assertThat(run.log()).anySatisfy(l -> assertThat(l).startsWith("WARN " + shown)
        .contains("discarded this journal of an interrupted write without applying it"));
  }

  @Test
  void aPlantedJournalDeletesNoFileStackdocsDoesNotOwn() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.run().ok();
    p.file("docs/README.txt", "written by people\n");
    p.file(".docs.stackdocs-staging/.commit", "delete README.txt\ndelete index.md\n");
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    run.ok();
    confinedAndStagingRemoved(p, before, run);
    assertThat(p.read("docs/README.txt")).isEqualTo("written by people\n");
    assertThat(p.base.resolve("docs/index.md")).exists();
    warnsOfJournal(run, p.base.resolve(".docs.stackdocs-staging/.commit") + ": ");
  }

  @Test
  void aJournalLineLeavingTheOutputFolderIsRefusedAndEveryLaterRunWorks() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.file("pom.xml", "<project/>\n");
    p.run().ok();
    p.file(".docs.stackdocs-staging/.commit", "delete ../../pom.xml\ndelete ../pom.xml\n");
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();
    HostileProject.Run later = p.run(p.request().force(true).build());

    run.ok();
    later.ok();
    confinedAndStagingRemoved(p, before, run);
    assertThat(p.read("pom.xml")).isEqualTo("<project/>\n");
    warnsOfJournal(run, p.base.resolve(".docs.stackdocs-staging/.commit").toString());
    assertThat(later.text()).doesNotContain("journal", "unexpectedly");
  }

  @Test
  void aStagingFolderLinkingOutsideIsRemovedAsALinkAndNothingIsMovedInOrDeleted() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    p.run().ok();
    String index = p.read("docs/index.md");
    Path staged = root.resolve("outside/staged");
    try {
      Files.createDirectories(staged.resolve("stacks"));
      Files.writeString(staged.resolve("stacks/shop.md"), OUTSIDE_MARKER + "\n");
      Files.writeString(staged.resolve(".commit"), "write stacks/shop.md\ndelete index.md\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.link(".docs.stackdocs-staging", staged);
    Map<String, String> before = p.files();

    HostileProject.Run run = p.run();

    run.ok();
    confinedAndStagingRemoved(p, before, run);
    assertThat(before).containsKeys("outside/staged/.commit", "outside/staged/stacks/shop.md");
    assertThat(p.files()).containsAllEntriesOf(Map.of("outside/staged/.commit", before.get("outside/staged/.commit"),
        "outside/staged/stacks/shop.md", before.get("outside/staged/stacks/shop.md")));
    assertThat(p.read("docs/index.md")).isEqualTo(index);
    assertThat(run.log()).anySatisfy(l -> assertThat(l).startsWith("WARN " + p.base.resolve(".docs.stackdocs-staging")
        + ": removed this symbolic link"));
  }

  @Test
  void anAnnotationsFileLinkingOutsideTheSourceFolderIsNotRead() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", TOPIC);
    try {
      Files.writeString(p.outside.resolve("annotations.yaml"), "shop/Topic:\n  owner: " + OUTSIDE_MARKER + "\n"
          + "shop:\n  owner: " + OUTSIDE_MARKER + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    p.link("src/main/cloudformation/stackdocs.yaml", p.outside.resolve("annotations.yaml"));
    Map<String, String> before = p.files();

    HostileProject.Run all = p.run();
    HostileProject.Run notIncluded = p.run(p.request().includes(List.of("shop.yaml")).force(true).build());

    for (HostileProject.Run run : List.of(all, notIncluded)) {
      run.ok();
      confined(p, before, run);
      assertThat(run.findings()).filteredOn(f -> f.code().equals("link-outside-source")).singleElement()
          .satisfies(f -> assertThat(f.format()).startsWith("src/main/cloudformation/stackdocs.yaml: WARN skipped"
              + " src/main/cloudformation/stackdocs.yaml: it is a link to a file outside the source directory"));
    }
  }
}
