package io.github.stackdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: arguments in, files, output and exit code out. */
class MainTest {
  private static final String TABLE = "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n"
      + "      TableName: orders\n      KeySchema: [{AttributeName: id, KeyType: HASH}]\n"
      + "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      BillingMode: PAY_PER_REQUEST\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), dir);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void write(String file, String text) throws Exception {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void diffAgainstAFolderWritesTheChangeLogAndGatesOnRisk() throws Exception {
    write("project/src/main/cloudformation/app.yaml", TABLE.replace("orders", "orders-v2"));
    write("base/src/main/cloudformation/app.yaml", TABLE);

    assertThat(run("diff", "--base-directory", "project", "--baseline", "../base")).isZero();
    assertThat(out()).contains("stackdocs: 1 resource changed").contains("vs ../base");
    assertThat(err()).contains("[WARN] DATA LOSS app/Orders");
    String md = Files.readString(dir.resolve("project/target/stackdocs-diff/changes.md"));
    assertThat(md).contains("Compared with `../base`.").contains("**DATA LOSS**");
    assertThat(dir.resolve("project/target/stackdocs")).doesNotExist();
    assertThat(run("diff", "--base-directory", "project", "--baseline", "../base", "--output-directory", "docs",
        "--diff-output-directory", "changes")).isZero();
    assertThat(dir.resolve("project/changes/changes.md")).exists();
    assertThat(dir.resolve("project/docs")).doesNotExist();

    assertThat(run("diff", "--base-directory=project", "--baseline=../base", "--fail-on-risk", "DATA_LOSS",
        "--quiet")).isEqualTo(Main.USER_PROBLEM);
    assertThat(out()).isEmpty();
    assertThat(err()).contains("[ERROR] stackdocs: 1 change at or above failOnRisk=DATA_LOSS")
        .contains("DATA LOSS app/Orders").doesNotContain("Exception");
  }

  @Test
  void severalPairsAreCompletedEachIntoItsOwnFolderInArgumentOrder() throws Exception {
    write("p/1/old.yaml", TABLE);
    write("p/1/new.yaml", TABLE.replace("orders", "orders-v2"));
    write("p/2/old.yaml", TABLE);
    write("p/2/new.json", "{\"Resources\": {\"Orders\": {\"Type\": \"AWS::DynamoDB::Table\", \"DeletionPolicy\": \"Retain\","
        + " \"Properties\": {\"TableName\": \"orders\"}}}}");

    assertThat(run("diff", "--pair", "p/1/old.yaml", "p/1/new.yaml", "--pair", "p/2/old.yaml", "p/2/new.json",
        "--output-directory", "out")).isZero();

    String first = Files.readString(dir.resolve("out/pair-001/changes.md"));
    String second = Files.readString(dir.resolve("out/pair-002/changes.md"));
    assertThat(first).contains("Compared with `p/1/old.yaml`.").contains("<b>new</b>").contains("will be replaced");
    assertThat(second).contains("Compared with `p/2/old.yaml`.").contains("`DeletionPolicy`");
    assertThat(out().lines()).hasSize(2);
    assertThat(out().lines().toList().get(0)).contains("p/1/new.yaml").contains("out/pair-001");
    assertThat(out().lines().toList().get(1)).contains("p/2/new.json").contains("out/pair-002");
  }

  @Test
  void onePairWritesIntoTheOutputDirectoryItself() throws Exception {
    write("old.yaml", TABLE);
    write("new.yaml", TABLE.replace("PAY_PER_REQUEST", "PROVISIONED"));
    assertThat(run("diff", "--pair", "old.yaml", "new.yaml", "--output-directory", "out")).isZero();
    assertThat(dir.resolve("out/changes.json")).exists();
    assertThat(run("diff", "--pair", "old.yaml", "new.yaml", "--baseline", "git:main")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("either --baseline or --pair");
  }

  @Test
  void aBrokenTemplateIsAUserProblemNamedByFileLineAndColumn() throws Exception {
    write("src/main/cloudformation/app.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n    Properties: [\n");
    assertThat(run("generate", "--formats", "md")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).containsPattern("\\[ERROR\\] src/main/cloudformation/app.yaml:\\d+:\\d+: ERROR")
        .contains("1 error").doesNotContain("Exception");
  }

  @Test
  void generateThenCheckPassesAndCheckFailsWhenTheDocsAreStale() throws Exception {
    write("src/main/cloudformation/app.yaml", TABLE);
    assertThat(run("generate", "--formats", "md,json", "--output-directory", "docs", "--runbooks", "false")).isZero();
    assertThat(out()).contains("stackdocs: 1 stack");
    assertThat(dir.resolve("docs/stacks/app.md")).exists();
    assertThat(run("check", "--formats", "md,json", "--output-directory", "docs", "--runbooks=false")).isZero();

    write("src/main/cloudformation/app.yaml", TABLE.replace("orders", "orders-v2"));
    assertThat(run("check", "--formats", "md,json", "--output-directory", "docs", "--runbooks=false"))
        .isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("stale:   stacks/app.md").contains("Run 'stackdocs generate' with the same options")
        .doesNotContain("mvn");
  }

  @Test
  void badArgumentsAndBadValuesAreUserProblemsWithAPointerToHelp() throws Exception {
    assertThat(run("diff", "--baselin", "x")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("unknown option --baselin (did you mean --baseline?)").contains("stackdocs --help");
    assertThat(run("generate", "--formats", "pdf")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("invalid configuration 'formats'");
    assertThat(run("generate", "--max-diff-lines", "many")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("--max-diff-lines takes a number");
    assertThat(run("diff", "--baseline", "no-such-folder")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("invalid configuration 'baseline'");
    assertThat(run()).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("Usage: stackdocs <command>");
  }

  @Test
  void aMissingTemplateFolderIsAUserProblemUnlessNoTemplatesAreAllowed() throws Exception {
    assertThat(run("generate", "--formats", "md", "--source-directory", "src/main/cfn")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("invalid configuration 'sourceDirectory': the template folder "
        + dir.toAbsolutePath().resolve("src/main/cfn") + " does not exist").contains("set allowNoTemplates=true");
    assertThat(dir.resolve("target")).doesNotExist();
    assertThat(run("check", "--formats", "md")).isEqualTo(Main.USER_PROBLEM);
    assertThat(run("diff", "--baseline", ".")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("invalid configuration 'sourceDirectory'");

    assertThat(run("generate", "--formats", "md", "--allow-no-templates", "--runbooks", "false")).isZero();
    assertThat(dir.resolve("target/stackdocs/index.md")).exists();
  }

  @Test
  void checkWithTheExamplesMavenSettingsPassesAgainstTheDocsMavenWrote() {
    Path shop = Path.of("../examples/shop").toAbsolutePath().normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shop.resolve("docs")), "no examples/shop");
    // the pom's configuration, option by option; the project name comes from the pom as Maven's ${project.name}
    assertThat(run("check", "--base-directory", shop.toString(), "--output-directory", "docs",
        "--formats", "adoc,md,json",
        "--parameters", "prod=src/main/parameters/prod", "--environment-region", "prod=eu-west-1",
        "--environment-account", "prod=123456789012", "--environment-deployed-directory", "prod=deployed",
        "--parameters", "dev=src/main/parameters/dev", "--environment-region", "dev=eu-west-1",
        "--environment-account", "dev=210987654321", "--environment-stack-name", "dev:network=shop-network-dev",
        "--environment-stack-name", "dev:data=shop-data-dev", "--environment-stack-name", "dev:api=shop-api-dev"))
        .withFailMessage(() -> out() + err()).isZero();
    assertThat(out()).contains("stackdocs: 3 stacks");
  }

  @Test
  void theProjectNameIsMavensAndASecondGenerateWithNothingChangedDoesNothing() throws Exception {
    write("src/main/cloudformation/app.yaml", TABLE);
    write("pom.xml", "<project xmlns=\"http://maven.apache.org/POM/4.0.0\"><modelVersion>4.0.0</modelVersion>"
        + "<parent><artifactId>parent</artifactId><name>Not inherited</name></parent>"
        + "<artifactId>orders-infra</artifactId>\n  <name>\n    Orders &amp; more\n  </name></project>");
    assertThat(run("generate", "--formats", "md", "--runbooks", "false")).isZero();
    assertThat(Files.readString(dir.resolve("target/stackdocs/index.md"))).startsWith("# Orders &amp; more\n");
    assertThat(dir.resolve("target/stackdocs-stamp/target_stackdocs.stamp")).exists();
    assertThat(run("generate", "--formats", "md", "--runbooks", "false")).isZero();
    assertThat(out()).contains("stackdocs: docs up to date (1 input unchanged)");
    assertThat(run("generate", "--formats", "md", "--runbooks", "false", "--force")).isZero();
    assertThat(out()).contains("wrote 0 of 2 files");

    write("pom.xml", "<project><artifactId>orders-infra</artifactId></project>");
    assertThat(run("generate", "--formats", "md", "--runbooks", "false")).isZero();
    assertThat(Files.readString(dir.resolve("target/stackdocs/index.md"))).startsWith("# orders-infra\n");
    write("pom.xml", "<project><artifactId>x</artifactId><name>${project.artifactId} docs</name></project>");
    assertThat(run("generate", "--formats", "md", "--runbooks", "false")).isZero();
    assertThat(Files.readString(dir.resolve("target/stackdocs/index.md"))).startsWith("# " + dir.getFileName() + "\n");
  }

  @Test
  void antoraOptionsDefaultToThePomsArtifactIdAndVersionAsMavensDo() throws Exception {
    write("src/main/cloudformation/app.yaml", TABLE);
    write("pom.xml", "<project><parent><artifactId>p</artifactId><version>2.1-SNAPSHOT</version></parent>"
        + "<artifactId>orders-infra</artifactId><name>Orders</name></project>");
    assertThat(run("generate", "--formats", "antora", "--runbooks", "false")).withFailMessage(() -> out() + err())
        .isZero();
    assertThat(Files.readString(dir.resolve("target/stackdocs/antora/antora.yml"))).contains("name: \"orders-infra\"\n"
        + "title: \"Orders\"\nversion: \"2.1-SNAPSHOT\"\nprerelease: true\n");
    assertThat(run("generate", "--formats", "antora", "--runbooks", "false", "--antora-name", "orders",
        "--antora-title", "Orders docs", "--antora-version", "~", "--output-directory", "target/named")).isZero();
    assertThat(Files.readString(dir.resolve("target/named/antora/antora.yml"))).contains("name: \"orders\"\n"
        + "title: \"Orders docs\"\nversion: ~\n").doesNotContain("prerelease");
    assertThat(run("generate", "--formats", "antora", "--antora-name", "bad name")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("invalid configuration 'antoraName'", "'bad name' is not a valid Antora component");
  }

  @Test
  void injectFillsTheReadmeAndCheckCoversIt() throws Exception {
    write("src/main/cloudformation/app.yaml", TABLE);
    write("README.md", "# Orders\n\n<!-- stackdocs:begin resources -->\n<!-- stackdocs:end resources -->\nEnd\n");
    assertThat(run("inject", "--inject-files", "README.md")).withFailMessage(() -> out() + err()).isZero();
    assertThat(out()).contains("stackdocs: injected 1 region in 1 file, 1 changed");
    assertThat(Files.readString(dir.resolve("README.md"))).isEqualTo("# Orders\n\n"
        + "<!-- stackdocs:begin resources -->\n\n| Resource | Type | Service |\n|---|---|---|\n"
        + "| Orders | AWS::DynamoDB::Table | DynamoDB |\n\n<!-- stackdocs:end resources -->\nEnd\n");
    assertThat(dir.resolve("target/stackdocs")).doesNotExist();
    assertThat(run("generate", "--formats", "md", "--inject-files", "README.md")).isZero();
    assertThat(run("check", "--formats", "md", "--inject-files", "README.md")).isZero();
    write("README.md", Files.readString(dir.resolve("README.md")).replace("DynamoDB |", "S3 |"));
    assertThat(run("check", "--formats", "md", "--inject-files", "README.md")).isEqualTo(Main.USER_PROBLEM);
    assertThat(err()).contains("the injected regions of README.md are out of date",
        "Run 'stackdocs generate' with the same options");
  }

  @Test
  void helpPrintsUsageAndSucceeds() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("Usage: stackdocs <command> [options]").contains("--fail-on-risk");
    assertThat(run("diff", "--help")).isZero();
    assertThat(out()).startsWith("Usage: stackdocs diff [options]").contains("--pair OLD NEW");
  }

  @Test
  void anInternalFailureExitsWithTwo() throws Exception {
    write("old.yaml", TABLE);
    write("new.yaml", TABLE.replace("orders", "orders-v2"));
    write("out", "a file where the output folder should be");
    assertThat(run("diff", "--pair", "old.yaml", "new.yaml", "--output-directory", "out")).isEqualTo(Main.INTERNAL);
    assertThat(err()).contains("[ERROR] stackdocs: could not write the change log");
  }
}
