package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.PropertyChange;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.StackChange;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogGeneratorTest {
  private static final String TABLE = "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n"
      + "      TableName: orders\n      KeySchema: [{AttributeName: id, KeyType: HASH}]\n"
      + "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      BillingMode: PAY_PER_REQUEST\n";

  @TempDir Path base;

  private DocsRequest inputs() {
    return DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").build();
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void folderBaselineWritesChangesAndFailsOnDataLossWhenAsked() throws Exception {
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE);
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    Baseline folder = DiffRequest.parseBaseline("baseline", base);
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder, FailOnRisk.NONE));
    assertThat(result.changes().risks()).hasSize(1);
    String md = Files.readString(base.resolve("target/stackdocs/changes.md"));
    assertThat(md).contains("**DATA LOSS**");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.json"))).contains("\"schemaVersion\" : 1");
    assertThatThrownBy(() -> new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder,
        FailOnRisk.DATA_LOSS))).isInstanceOf(RiskThresholdException.class).hasMessageContaining("DATA LOSS app/Orders");
  }

  @Test
  void aChangeLogWrittenAmongCommittedDocsIsNotSeenByCheck() throws Exception {
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE);
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    DocsRequest docs = inputs().toBuilder().outputDirectory(Path.of("docs")).runbookDirectory(Optional.empty())
        .build();
    new DocsGenerator(Log.silent()).run(docs);
    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(docs, DiffRequest.parseBaseline("baseline", base),
        FailOnRisk.NONE));
    assertThat(base.resolve("docs/changes.md")).exists();
    assertThat(base.resolve("docs/changes.json")).exists();

    DocsResult checked = new DocsGenerator(Log.silent()).run(docs.toBuilder().mode(WriteMode.CHECK).build());
    assertThat(checked.findings()).noneMatch(f -> f.severity().atLeast(Severity.WARN));
    assertThat(base.resolve("docs/changes.md")).exists();
  }

  private static final String MANIFEST = """
      {"version": "36.0.0", "artifacts": {
        "Api": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
          "properties": {"templateFile": "Api.template.json", "stackName": "api-prod"}}}}
      """;
  private static final String CDK_TEMPLATE = """
      {"Resources": {
        "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Code": {"S3Bucket": "assets",
          "S3Key": "HASH.zip"}, "Handler": "index.handler", "Runtime": "nodejs20.x", "MemorySize": MEM,
          "Role": "arn:aws:iam::123456789012:role/r"}, "Metadata": {"aws:cdk:path": "Api/Fn/Resource"}},
        "Store": {"Type": "AWS::DynamoDB::Table", "Properties": {"TableName": "TABLE",
          "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
          "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}]}}}}
      """;

  private static String cdkTemplate(char hash, int memory, String table) {
    return CDK_TEMPLATE.replace("HASH", String.valueOf(hash).repeat(64)).replace("MEM", String.valueOf(memory))
        .replace("TABLE", table);
  }

  private DocsRequest cdkInputs() {
    return DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p")
        .cdkOutDirectory(Optional.of(Path.of("cdk.out"))).build();
  }

  @Test
  void cdkAssemblyStacksAreComparedWithABaselineAssemblyFolder() throws Exception {
    write(base.resolve("cdk.out/manifest.json"), MANIFEST);
    write(base.resolve("cdk.out/Api.template.json"), cdkTemplate('b', 256, "orders-v2"));
    write(base.resolve("src/main/cloudformation/dns.yaml"), "Resources:\n  Zone:\n    Type: AWS::Route53::HostedZone\n"
        + "    Properties: {Name: example.com}\n");
    write(base.resolve("old-cdk.out/manifest.json"), MANIFEST);
    write(base.resolve("old-cdk.out/Api.template.json"), cdkTemplate('a', 128, "orders"));

    DiffResult result = new ChangeLogGenerator(Log.silent())
        .run(new DiffRequest(cdkInputs(), DiffRequest.parseBaseline("old-cdk.out", base), FailOnRisk.NONE));

    // the assembly baseline holds only the CDK stack: the template stack is new; the asset hash is noise
    assertThat(result.changes().stacks()).extracting(StackChange::stackName).containsExactly("api-prod", "dns");
    StackChange api = result.changes().stacks().get(0);
    assertThat(api.kind()).isEqualTo(ChangeKind.MODIFIED);
    ResourceChange fn = api.resources().stream().filter(r -> r.logicalId().equals("Fn")).findFirst().orElseThrow();
    assertThat(fn.changes()).filteredOn(c -> !c.suppressed()).extracting(PropertyChange::path)
        .containsExactly("Properties.MemorySize");
    assertThat(result.changes().risks()).extracting(r -> r.kind().name() + " " + r.logicalId())
        .containsExactly("DATA_LOSS Store");
  }

  @Test
  void aProjectCopyBaselineReadsItsAssemblyToo() throws Exception {
    write(base.resolve("cdk.out/manifest.json"), MANIFEST);
    write(base.resolve("cdk.out/Api.template.json"), cdkTemplate('b', 128, "orders"));
    write(base.resolve("baseline/cdk.out/manifest.json"), MANIFEST);
    write(base.resolve("baseline/cdk.out/Api.template.json"), cdkTemplate('a', 128, "orders"));

    DiffResult result = new ChangeLogGenerator(Log.silent())
        .run(new DiffRequest(cdkInputs(), DiffRequest.parseBaseline("baseline", base), FailOnRisk.NONE));

    assertThat(result.changes().visibleResources()).isEmpty();
    assertThat(result.changes().suppressed()).isPositive();
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md"))).contains("**No changes**");
  }

  @Test
  void docsUrlLinksEachCurrentResourceToItsSection() throws Exception {
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE
        + "  Gone:\n    Type: AWS::SNS::Topic\n");
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), DiffRequest.parseBaseline("baseline", base),
        FailOnRisk.NONE, Optional.of("https://docs.example.com/infra/")));
    String md = Files.readString(base.resolve("target/stackdocs/changes.md"));
    assertThat(md).containsPattern("\\| \\[`Orders`\\]\\(https://docs\\.example\\.com/infra/stacks/app\\.html#resource-orders\\) \\|")
        .contains("| `Gone` |"); // removed: no page to link to
    assertThatThrownBy(() -> new DiffRequest(inputs(), DiffRequest.parseBaseline("baseline", base), FailOnRisk.NONE,
        Optional.of("docs (old)"))).isInstanceOf(ConfigurationException.class).hasMessageContaining("docsUrl");
  }

  @Test
  void appendChangelogAddsOneEntryPerBaselineAndChangeAndNeverRewrites() throws Exception {
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE);
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    Path log = base.resolve("docs/CHANGELOG.adoc");
    DiffRequest request = new DiffRequest(inputs(), DiffRequest.parseBaseline("baseline", base), FailOnRisk.NONE,
        Optional.empty(), Optional.of(Path.of("docs/CHANGELOG.adoc")));
    new ChangeLogGenerator(Log.silent()).run(request);
    String first = Files.readString(log);
    assertThat(first).startsWith("= Infrastructure change log").contains(" → current")
        .contains("* Resources: 1 changed (1 modified); 1 will replace")
        .contains("** *DATA LOSS* ``app / Orders``").contains("| app | ``Orders`` modified (will replace)");

    new ChangeLogGenerator(Log.silent()).run(request); // same baseline, same change: nothing added
    assertThat(Files.readString(log)).isEqualTo(first);

    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("PAY_PER_REQUEST", "PROVISIONED"));
    new ChangeLogGenerator(Log.silent()).run(request);
    String second = Files.readString(log);
    assertThat(second).startsWith(first);
    assertThat(second.split("// stackdocs-changelog-entry ", -1)).hasSize(3);
  }

  @Test
  void gitBaselineReadsTheTemplatesAtTheRefWithoutCheckout() throws Exception {
    Path template = base.resolve("src/main/cloudformation/app.yaml");
    write(template, TABLE);
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("one").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
      write(template, TABLE.replace("BillingMode: PAY_PER_REQUEST", "BillingMode: PROVISIONED"));
      write(base.resolve("src/main/cloudformation/new.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("two").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
    }
    DiffResult result = new ChangeLogGenerator(Log.silent())
        .run(new DiffRequest(inputs(), DiffRequest.parseBaseline("git:HEAD~1", base), FailOnRisk.SECURITY));
    assertThat(result.baseline()).startsWith("git:HEAD~1 (");
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("app MODIFIED", "new ADDED");
    assertThat(result.changes().risks()).isEmpty();
  }

  @Test
  void aGitBaselineNamesCollidingTemplatesAndTwinsAsTheCurrentProjectDoes() throws Exception {
    Path cfn = base.resolve("src/main/cloudformation");
    String topic = "Resources:\n  T:\n    Type: AWS::SNS::Topic\n";
    write(cfn.resolve("orders/template.yaml"), TABLE);
    write(cfn.resolve("billing/template.yaml"), topic);
    write(cfn.resolve("queue.yaml"), "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    write(cfn.resolve("queue.json"), "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      commit(git, "one");
      write(cfn.resolve("orders/template.yaml"), TABLE.replace("PAY_PER_REQUEST", "PROVISIONED"));
      commit(git, "two");
    }
    Lines log = new Lines();
    DiffResult result = new ChangeLogGenerator(log)
        .run(new DiffRequest(inputs(), DiffRequest.parseBaseline("git:HEAD~1", base), FailOnRisk.NONE));
    // only the edited template changes: no stack is added or removed because the baseline named it differently
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("orders/template MODIFIED");
    assertThat(log.warnings).noneMatch(w -> w.contains("given twice"));
  }

  @Test
  void aGitBaselineExpandsRainDirectivesFromTheFilesOfTheSameCommit() throws Exception {
    Path sources = base.resolve("src/main/cloudformation");
    write(sources.resolve("app.yaml"), """
        Rain:
          Constants:
            Prefix: shop
        Resources:
          Storage:
            Type: !Rain::Module ./modules/bucket.yaml
            Properties:
              Name: !Rain::Constant Prefix
          Worker:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Rain::Embed name.txt
        """);
    String module = """
        Parameters:
          Name:
            Type: String
        Resources:
          Logs:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !Sub ${Name}-logs
        """;
    write(sources.resolve("modules/bucket.yaml"), module);
    write(sources.resolve("name.txt"), "worker-topic");
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      commit(git, "one");
    }
    write(sources.resolve("modules/bucket.yaml"), module.replace("-logs", "-audit-logs"));
    Lines log = new Lines();

    DiffResult result = new ChangeLogGenerator(log)
        .run(new DiffRequest(inputs(), DiffRequest.parseBaseline("git:HEAD", base), FailOnRisk.NONE));

    // the module file is no stack at the ref either; the embedded file (no template) is read from the commit
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("app MODIFIED");
    assertThat(result.changes().visibleResources()).singleElement().satisfies(r -> {
      assertThat(r.logicalId()).isEqualTo("StorageLogs");
      assertThat(r.visibleChanges()).extracting(PropertyChange::path).containsExactly("Properties.BucketName");
    });
    assertThat(log.warnings).isEmpty();
  }

  @Test
  void baselinesAreNamedRelativeToTheProjectNeverByTheMachinesAbsolutePath() throws Exception {
    Path project = base.resolve("project");
    write(project.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    write(base.resolve("old/src/main/cloudformation/app.yaml"), TABLE); // a checkout beside the project
    DocsRequest inputs = DocsRequest.builder(project).formats(Set.of(Format.MD, Format.JSON)).projectName("p").build();

    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs, DiffRequest.parseBaseline("../old", project),
        FailOnRisk.NONE, Optional.empty(), Optional.of(Path.of("CHANGELOG.adoc"))));
    assertThat(Files.readString(project.resolve("target/stackdocs/changes.md"))).contains("Compared with `../old`.")
        .doesNotContain(base.toString());
    assertThat(Files.readString(project.resolve("target/stackdocs/changes.json"))).contains("\"baseline\" : \"../old\"")
        .doesNotContain(base.toString());
    assertThat(Files.readString(project.resolve("CHANGELOG.adoc"))).contains("../old").doesNotContain(base.toString());

    new DocsGenerator(Log.silent()).run(inputs.toBuilder().outputDirectory(Path.of("docs")).build());
    DiffResult model = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs,
        DiffRequest.parseBaseline("model:docs/model.json", project), FailOnRisk.NONE));
    assertThat(model.baseline()).isEqualTo("model:docs/model.json");
    assertThat(Files.readString(project.resolve("target/stackdocs/changes.md")))
        .contains("Compared with `model:docs/model.json`.").doesNotContain(base.toString());
  }

  @Test
  void aPairOfTemplateFilesIsComparedAsOneStackNamedAfterTheCurrentFile() throws Exception {
    write(base.resolve("pairs/1/old.yaml"), TABLE);
    write(base.resolve("pairs/1/new.yaml"), TABLE.replace("orders", "orders-v2"));
    write(base.resolve("src/main/cloudformation/other.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    DiffRequest request = new DiffRequest(inputs(), DiffRequest.parseBaseline(".", base), FailOnRisk.DATA_LOSS);

    TemplatePair pair = TemplatePair.of(Path.of("pairs/1/old.yaml"), Path.of("pairs/1/new.yaml"));
    RiskThresholdException e = org.junit.jupiter.api.Assertions.assertThrows(RiskThresholdException.class,
        () -> new ChangeLogGenerator(Log.silent()).run(request, pair));

    // only the pair: the source directory's other.yaml is not read
    assertThat(e.result().changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("new MODIFIED");
    assertThat(e.result().baseline()).isEqualTo("pairs/1/old.yaml");
    assertThat(e.getMessage()).contains("DATA LOSS new/Orders");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md"))).contains("Compared with `pairs/1/old.yaml`.");
  }

  @Test
  void aPairWithABrokenCurrentTemplateFailsAndOneWithAnUnreadableBaselineComparesAsNew() throws Exception {
    write(base.resolve("old.yaml"), "Resources: [");
    write(base.resolve("new.yaml"), TABLE);
    write(base.resolve("broken.yaml"), "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SNS::Topic\n");
    DiffRequest request = new DiffRequest(inputs(), DiffRequest.parseBaseline(".", base), FailOnRisk.NONE);
    List<String> warnings = new java.util.ArrayList<>();
    Log log = new Log() {
      @Override public void debug(String m) {}
      @Override public void info(String m) {}
      @Override public void warn(String m) { warnings.add(m); }
      @Override public void error(String m) {}
    };

    DiffResult result = new ChangeLogGenerator(log).run(request, TemplatePair.of(Path.of("old.yaml"), Path.of("new.yaml")));
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind()).containsExactly("new ADDED");
    assertThat(warnings).singleElement().asString().startsWith("baseline: old.yaml could not be read; stack new is"
        + " compared as new");

    assertThatThrownBy(() -> new ChangeLogGenerator(log).run(request,
        TemplatePair.of(Path.of("new.yaml"), Path.of("broken.yaml"))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("nothing was written");
  }

  @Test
  void failOnNeverComparesDespiteErrorsAndLeavesAnUnreadableTemplateOutOnBothSides() throws Exception {
    String flawed = TABLE.replace("orders", "orders-v2") + "  Alarm:\n    Type: AWS::CloudWatch::Alarm\n"
        + "    Properties:\n      AlarmActions: [!Ref Missing]\n";
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE);
    write(base.resolve("baseline/src/main/cloudformation/broken.yaml"), TABLE);
    write(base.resolve("src/main/cloudformation/app.yaml"), flawed);
    write(base.resolve("src/main/cloudformation/broken.yaml"), "Resources: [\n");
    Baseline folder = DiffRequest.parseBaseline("baseline", base);
    assertThatThrownBy(() -> new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder,
        FailOnRisk.NONE))).isInstanceOf(InvalidInputException.class).hasMessageContaining("failOn=ERROR");

    DocsRequest never = DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").failOn(FailOn.NEVER)
        .build();
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(never, folder, FailOnRisk.NONE));
    // the stack with an undefined Ref is compared; the one that cannot be read is neither removed nor added
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("app MODIFIED");
    assertThat(result.findings()).anyMatch(f -> f.severity() == Severity.ERROR && f.stack().equals("broken"));
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md")))
        .contains("Stack broken was left out on both sides: its current template could not be read");
  }

  @Test
  void aBaselineFolderWithoutTemplatesIsAConfigurationErrorNotEveryStackAdded() throws Exception {
    write(base.resolve("baseline/app.yaml"), TABLE); // not where the project keeps its templates
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE);
    Baseline folder = DiffRequest.parseBaseline("baseline", base);
    assertThatThrownBy(() -> new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder,
        FailOnRisk.NONE))).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("holds no templates where the project keeps them")
        .hasMessageContaining("src/main/cloudformation");
    assertThat(base.resolve("target/stackdocs/changes.md")).doesNotExist();
  }

  private static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").setSign(false)
        .call();
  }

  /** A log that keeps warnings and infos. */
  private static final class Lines implements Log {
    final List<String> warnings = new java.util.ArrayList<>();
    final List<String> infos = new java.util.ArrayList<>();

    @Override public void debug(String m) {}
    @Override public void info(String m) { infos.add(m); }
    @Override public void warn(String m) { warnings.add(m); }
    @Override public void error(String m) {}
  }

  @Test
  void aGitBaselineWithoutTheCloudAssemblyComparesTemplatesOnlyAndSaysWhy() throws Exception {
    Path template = base.resolve("src/main/cloudformation/app.yaml");
    write(template, TABLE);
    write(base.resolve(".gitignore"), "cdk.out/\n");
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      commit(git, "one");
      write(template, TABLE.replace("PAY_PER_REQUEST", "PROVISIONED"));
      commit(git, "two");
    }
    write(base.resolve("cdk.out/manifest.json"), MANIFEST); // synthesized, never committed
    write(base.resolve("cdk.out/Api.template.json"), cdkTemplate('a', 128, "orders"));
    Lines log = new Lines();

    DiffResult result = new ChangeLogGenerator(log)
        .run(new DiffRequest(cdkInputs(), DiffRequest.parseBaseline("git:HEAD~1", base), FailOnRisk.NONE));

    // the CDK stack is left out (not "added"), the template stack is compared
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind()).containsExactly("app MODIFIED");
    assertThat(log.warnings).singleElement().asString()
        .contains("The cloud assembly cdk.out is not committed at git:HEAD~1, so only templates were compared;"
            + " the CDK stack api-prod was left out")
        .contains("cdk synth -o ../base-cdk.out").contains("as the baseline");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md")))
        .contains("> **Note:** The cloud assembly cdk.out is not committed at git:HEAD\\~1");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.json"))).contains("\"notes\" : [");
  }

  @Test
  void aCloudAssemblyCommittedAtTheRefIsReadFromGitAndCompared() throws Exception {
    write(base.resolve("src/main/cloudformation/dns.yaml"), "Resources:\n  Zone:\n    Type: AWS::Route53::HostedZone\n"
        + "    Properties: {Name: example.com}\n");
    write(base.resolve("cdk.out/manifest.json"), MANIFEST);
    write(base.resolve("cdk.out/Api.template.json"), cdkTemplate('a', 128, "orders"));
    write(base.resolve("cdk.out/asset.1234/index.js"), "exports.handler = async () => 1;\n");
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      commit(git, "one");
    }
    write(base.resolve("cdk.out/Api.template.json"), cdkTemplate('b', 256, "orders"));
    Lines log = new Lines();

    DiffResult result = new ChangeLogGenerator(log)
        .run(new DiffRequest(cdkInputs(), DiffRequest.parseBaseline("git:HEAD", base), FailOnRisk.NONE));

    assertThat(log.warnings).isEmpty();
    assertThat(log.infos).anyMatch(l -> l.contains("the cloud assembly cdk.out is committed there"));
    // the assembly's template is not read a second time as a template of its own; the asset hash is noise
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("api-prod MODIFIED");
    assertThat(result.changes().visibleResources()).singleElement().satisfies(r -> assertThat(r.visibleChanges())
        .extracting(PropertyChange::path).containsExactly("Properties.MemorySize"));
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md"))).doesNotContain("Note:");
  }

  @Test
  void badBaselinesAreConfigurationErrors() {
    assertThatThrownBy(() -> DiffRequest.parseBaseline("nope", base)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> DiffRequest.parseBaseline("git:", base)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FailOnRisk.parse("SOME")).isInstanceOf(ConfigurationException.class);
  }
}
