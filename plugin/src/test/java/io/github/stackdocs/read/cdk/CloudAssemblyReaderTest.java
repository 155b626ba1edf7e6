package io.github.stackdocs.read.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudAssemblyReaderTest {
  private static final String TEMPLATE = """
      {"Resources": {
        "BucketA1B2": {"Type": "AWS::S3::Bucket", "Metadata": {"aws:cdk:path": "App/Store/Bucket/Resource"}},
        "TableC3D4": {"Type": "AWS::DynamoDB::Table"}
      }}
      """;

  @TempDir
  Path base;

  private final CloudAssemblyReader reader = new CloudAssemblyReader(new CfnTemplateReader());

  private Path write(String relative, String text) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private AssemblyResult read() {
    return reader.read(base, Path.of("cdk.out"));
  }

  @Test
  void oldSchemaWithInlineMetadataGivesPathsEnvironmentAndDependenciesThroughAssetManifests() throws IOException {
    write("cdk.out/manifest.json", """
        {"version": "17.0.0", "artifacts": {
          "App": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "properties": {"templateFile": "App.template.json", "stackName": "app-prod"},
            "dependencies": ["App.assets"], "displayName": "App",
            "metadata": {"/App/Store/Table/Resource": [{"type": "aws:cdk:logicalId", "data": "TableC3D4"}]}},
          "App.assets": {"type": "cdk:asset-manifest", "properties": {"file": "App.assets.json"},
            "dependencies": ["Base"]},
          "Base": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region",
            "properties": {"templateFile": "Base.template.json"}}
        }}
        """);
    write("cdk.out/App.template.json", TEMPLATE);
    write("cdk.out/Base.template.json", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}");

    AssemblyResult r = read();

    assertThat(r.findings()).isEmpty();
    assertThat(r.stacks()).extracting(Stack::name).containsExactly("app-prod", "Base");
    Stack app = r.stacks().get(0);
    assertThat(app.sourceFile()).isEqualTo("cdk.out/App.template.json");
    CdkOrigin origin = app.cdk().orElseThrow();
    assertThat(origin.account()).isEqualTo("123456789012");
    assertThat(origin.region()).isEqualTo("eu-west-1");
    assertThat(origin.dependencies()).containsExactly("Base");
    // aws:cdk:path from the template first, the manifest's logicalId entries as fallback
    assertThat(origin.constructPaths()).containsEntry("BucketA1B2", "App/Store/Bucket/Resource")
        .containsEntry("TableC3D4", "App/Store/Table/Resource");
    assertThat(origin.relativePath("TableC3D4")).isEqualTo("Store/Table/Resource");
    CdkOrigin base = r.stacks().get(1).cdk().orElseThrow();
    assertThat(base.account()).isEmpty();
    assertThat(base.region()).isEmpty();
  }

  @Test
  void newSchemaReadsTheMetadataFileTreeAndNestedAssemblies() throws IOException {
    write("cdk.out/manifest.json", """
        {"version": "55.0.0", "artifacts": {
          "assembly-Prod": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "assembly-Prod"}},
          "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}
        }}
        """);
    write("cdk.out/tree.json", """
        {"version": "tree-0.1", "tree": {"id": "App", "path": "", "children": {"Prod": {"id": "Prod", "path": "Prod",
          "children": {"App": {"id": "App", "path": "Prod/App", "children": {"Store": {"id": "Store",
          "path": "Prod/App/Store", "constructInfo": {"fqn": "my.Store"}}}}}}}}}
        """);
    write("cdk.out/assembly-Prod/manifest.json", """
        {"version": "55.0.0", "artifacts": {
          "ProdApp1234": {"type": "aws:cloudformation:stack", "environment": "aws://1/us-east-1",
            "properties": {"templateFile": "ProdApp1234.template.json", "stackName": "Prod-App"},
            "additionalMetadataFile": "ProdApp1234.metadata.json", "displayName": "Prod/App"}
        }}
        """);
    write("cdk.out/assembly-Prod/ProdApp1234.template.json", TEMPLATE.replace("App/Store", "Prod/App/Store"));
    write("cdk.out/assembly-Prod/ProdApp1234.metadata.json", """
        {"/Prod/App/Store/Table/Resource": [{"type": "aws:cdk:logicalId", "data": "TableC3D4"}],
         "/Prod/App": [{"type": "aws:cdk:warning", "data": "something to look at"}]}
        """);

    AssemblyResult r = read();

    assertThat(r.stacks()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Prod-App");
      assertThat(s.sourceFile()).isEqualTo("cdk.out/assembly-Prod/ProdApp1234.template.json");
      CdkOrigin o = s.cdk().orElseThrow();
      assertThat(o.assembly()).isEqualTo("cdk.out/assembly-Prod");
      assertThat(o.displayName()).isEqualTo("Prod/App");
      assertThat(o.relativePath("TableC3D4")).isEqualTo("Store/Table/Resource");
      assertThat(o.constructTypes()).containsEntry("Prod/App/Store", "my.Store");
    });
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.code()).isEqualTo("cdk-synth-warning");
      assertThat(f.location().file()).isEqualTo("cdk.out/assembly-Prod/ProdApp1234.metadata.json");
    });
  }

  @Test
  void malformedManifestIsAnErrorWithLineAndColumn() throws IOException {
    write("cdk.out/manifest.json", "{\n  \"version\": \"55.0.0\",\n}\n");
    AssemblyResult r = read();
    assertThat(r.stacks()).isEmpty();
    Finding f = r.findings().get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location().file()).isEqualTo("cdk.out/manifest.json");
    assertThat(f.location().line()).isEqualTo(3);
    assertThat(f.message()).contains("cdk.out/manifest.json is not valid JSON");
  }

  @Test
  void missingTemplateIsAnErrorNamingTheFile() throws IOException {
    write("cdk.out/manifest.json", """
        {"version": "55.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
          "environment": "aws://1/eu-west-1", "properties": {"templateFile": "App.template.json"}}}}
        """);
    AssemblyResult r = read();
    assertThat(r.stacks()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo("cdk-template-missing");
      assertThat(f.message()).contains("cdk.out/App.template.json").contains("does not exist");
    });
  }

  @Test
  void newerSchemaIsAWarningAndReadAnyway() throws IOException {
    write("cdk.out/manifest.json", """
        {"version": "99.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
          "environment": "aws://1/eu-west-1", "properties": {"templateFile": "App.template.json"}},
          "X": {"type": "cdk:something-new"}}}
        """);
    write("cdk.out/App.template.json", TEMPLATE);
    AssemblyResult r = read();
    assertThat(r.stacks()).hasSize(1);
    assertThat(r.findings()).extracting(Finding::code).containsExactlyInAnyOrder("cdk-schema-version",
        "cdk-artifact-type");
    assertThat(r.findings()).allMatch(f -> f.severity() == Severity.WARN);
  }

  @Test
  void missingManifestAndBadVersionAndEscapingPathsAreErrors() throws IOException {
    Files.createDirectories(base.resolve("cdk.out"));
    assertThat(read().findings()).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("cdk.out/manifest.json does not exist")
            .contains("not a cloud assembly"));
    write("cdk.out/manifest.json", "{\"version\": \"latest\"}");
    assertThat(read().findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("'latest'"));
    write("cdk.out/manifest.json", """
        {"version": "55.0.0", "artifacts": {"App": {"type": "aws:cloudformation:stack",
          "environment": "aws://1/eu-west-1", "properties": {"templateFile": "../../etc/passwd"}}}}
        """);
    assertThat(read().findings()).singleElement().satisfies(f -> assertThat(f.message()).contains("outside"));
  }

  @Test
  void anEmptyCdkStackIsANoteNotAnError() throws IOException {
    write("cdk.out/manifest.json", """
        {"version": "55.0.0", "artifacts": {"Empty": {"type": "aws:cloudformation:stack",
          "environment": "aws://1/eu-west-1", "properties": {"templateFile": "Empty.template.json"}}}}
        """);
    write("cdk.out/Empty.template.json", "{}");
    AssemblyResult r = read();
    assertThat(r.stacks()).singleElement().satisfies(s -> assertThat(s.resources()).isEmpty());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.code()).isEqualTo("cdk-empty-stack");
    });
  }
}
