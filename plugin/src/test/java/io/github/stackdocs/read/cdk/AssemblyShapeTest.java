package io.github.stackdocs.read.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made broken cloud assemblies: each value of the wrong type in the manifest, tree.json, an asset manifest or a
 * metadata file is one assembly-shape finding at its file, line and column, saying what was expected; the rest of
 * the assembly is read.
 */
class AssemblyShapeTest {
  private static final String GOOD = """
      "Good": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
        "properties": {"templateFile": "Good.template.json"}},
      """;

  @TempDir Path base;

  private final CloudAssemblyReader reader = new CloudAssemblyReader(new CfnTemplateReader());

  private void write(String relative, String text) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private AssemblyResult read() throws IOException {
    write("cdk.out/Good.template.json", "{\"Resources\": {\"Topic\": {\"Type\": \"AWS::SNS::Topic\","
        + " \"Metadata\": {\"aws:cdk:path\": \"Good/Topic/Resource\"}}}}");
    write("cdk.out/Other.template.json", "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    return reader.read(base, Path.of("cdk.out"));
  }

  private static SourceLocation at(int line, int column) {
    return new SourceLocation("cdk.out/manifest.json", line, column);
  }

  @Test
  void eachWrongTypeInTheManifestIsOneLocatedErrorAndTheGoodStackIsRead() throws IOException {
    write("cdk.out/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {\n"
        + GOOD
        + "\"NoEnv\": {\"type\": \"aws:cloudformation:stack\", \"environment\": 42,\n"
        + "  \"properties\": {\"templateFile\": \"Other.template.json\"}},\n"
        + "\"Named\": {\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://1/r\", \"displayName\": [1],\n"
        + "  \"dependencies\": [\"Good\", 7], \"properties\": {\"templateFile\": \"Other.template.json\"}},\n"
        + "\"Junk\": \"not an artifact\",\n"
        + "\"Tpl\": {\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://1/r\", \"dependencies\": [\"NoEnv\"],\n"
        + "  \"properties\": {\"templateFile\": {\"path\": \"x\"}}}\n"
        + "}}\n");

    AssemblyResult r = read();

    assertThat(r.findings()).extracting(Finding::severity, Finding::code, Finding::message, Finding::location)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "assembly-shape", "environment is a number at JSON path"
                + " /artifacts/NoEnv/environment; expected a string such as aws://123456789012/us-east-1 (artifact"
                + " 'NoEnv' is not read)", at(4, 62)),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "assembly-shape", "displayName is an array at JSON path"
                + " /artifacts/Named/displayName; expected a string", at(6, 90)),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "assembly-shape", "a dependency is a number at JSON"
                + " path /artifacts/Named/dependencies/1; expected an artifact id", at(7, 28)),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "assembly-shape", "artifact 'Junk' is a string at"
                + " JSON path /artifacts/Junk; expected an object with a type (artifact 'Junk' is not read)", at(8, 9)),
            org.assertj.core.groups.Tuple.tuple(Severity.ERROR, "assembly-shape", "templateFile is an object at JSON"
                + " path /artifacts/Tpl/properties/templateFile; expected a file name (artifact 'Tpl' is not read)",
                at(10, 34)));
    assertThat(r.stacks()).extracting(Stack::name).containsExactly("Good", "Named");
    assertThat(r.stacks().get(1).cdk().orElseThrow().displayName()).as("read as absent: the id").isEqualTo("Named");
    assertThat(r.stacks().get(1).cdk().orElseThrow().dependencies()).containsExactly("Good");
  }

  @Test
  void artifactsOfTheWrongTypeAndATruncatedManifestAreLocated() throws IOException {
    write("cdk.out/manifest.json", "{\"version\": \"55.0.0\",\n  \"artifacts\": [1, 2]}\n");
    assertThat(read().findings()).extracting(Finding::code, Finding::message, Finding::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("assembly-shape", "artifacts is an array at JSON path"
            + " /artifacts; expected an object of artifact id → artifact", at(2, 16)));

    write("cdk.out/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {\n" + GOOD.strip());
    Finding f = read().findings().get(0);
    assertThat(f.code()).isEqualTo("cdk-manifest");
    assertThat(f.message()).contains("is not valid JSON");
    assertThat(f.location().line()).as("the end of the input").isEqualTo(3);
  }

  @Test
  void aTreeOfTheWrongShapeIsAWarnAtItsLineAndItsGoodPartsAreStillUsed() throws IOException {
    write("cdk.out/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {\n" + GOOD
        + "\"Tree\": {\"type\": \"cdk:tree\", \"properties\": {\"file\": \"tree.json\"}}}}\n");
    write("cdk.out/tree.json", """
        {"version": "tree-0.1", "tree": {"id": "App", "path": "", "children": {
          "Good": {"id": "Good", "path": "Good", "constructInfo": {"fqn": "aws-cdk-lib.Stack"}, "children": {
            "Topic": {"id": "Topic", "path": "Good/Topic", "constructInfo": {"fqn": 7}, "children": ["Resource"]},
            "Odd": "a string"
          }}
        }}}
        """);

    AssemblyResult r = read();

    assertThat(r.findings()).extracting(Finding::severity, Finding::message, Finding::location).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, "fqn is a number at JSON path"
            + " /tree/children/Good/children/Topic/constructInfo/fqn; expected a string",
            new SourceLocation("cdk.out/tree.json", 3, 77)),
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, "children is an array at JSON path"
            + " /tree/children/Good/children/Topic/children; expected an object of child id → construct",
            new SourceLocation("cdk.out/tree.json", 3, 93)),
        org.assertj.core.groups.Tuple.tuple(Severity.WARN, "construct 'Odd' is a string at JSON path"
            + " /tree/children/Good/children/Odd; expected an object with id, path and children",
            new SourceLocation("cdk.out/tree.json", 4, 12)));
    assertThat(r.stacks()).singleElement().satisfies(s -> assertThat(s.cdk().orElseThrow().constructTypes())
        .as("the stack's class is kept, the number is not shown as one").containsExactly(
            java.util.Map.entry("Good", "aws-cdk-lib.Stack")));
  }

  @Test
  void assetManifestsAndMetadataFilesOfTheWrongShapeAreWarnsAtTheirLines() throws IOException {
    write("cdk.out/manifest.json", "{\"version\": \"55.0.0\", \"artifacts\": {\n" + GOOD
        + "\"Other\": {\"type\": \"aws:cloudformation:stack\", \"environment\": \"aws://1/r\","
        + " \"additionalMetadataFile\": \"Other.metadata.json\", \"properties\": {\"templateFile\": \"Other.template.json\"}},\n"
        + "\"Good.assets\": {\"type\": \"cdk:asset-manifest\", \"properties\": {\"file\": \"Good.assets.json\"}},\n"
        + "\"Other.assets\": {\"type\": \"cdk:asset-manifest\", \"properties\": {\"file\": \"Other.assets.json\"}}}}\n");
    write("cdk.out/Good.assets.json", "{\"version\": \"55.0.0\",\n \"files\": {\"abc\": {\"source\": {\"path\": 3}}}}");
    write("cdk.out/Other.assets.json", "{\"version\": \"55.0.0\",\n \"files\": {");
    write("cdk.out/Other.metadata.json", "{\"/Other/Q/Resource\": [{\"type\": \"aws:cdk:logicalId\", \"data\": 5}],\n"
        + " \"/Other/R\": {\"type\": \"aws:cdk:logicalId\"}}");

    AssemblyResult r = read();

    assertThat(r.findings()).extracting(Finding::severity, Finding::message, Finding::location)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, "path is a number at JSON path /files/abc/source/path;"
                + " expected a string", new SourceLocation("cdk.out/Good.assets.json", 2, 39)),
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, "cdk.out/Other.assets.json is not valid JSON:"
                + " Unexpected end-of-input: expected close marker for Object; expected an asset manifest",
                new SourceLocation("cdk.out/Other.assets.json", 2, 12)),
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, "the logical id is a number at JSON path"
                + " /~1Other~1Q~1Resource/0/data; expected a string", new SourceLocation("cdk.out/Other.metadata.json",
                1, 62)),
            org.assertj.core.groups.Tuple.tuple(Severity.WARN, "the metadata of '/Other/R' is an object at JSON path"
                + " /~1Other~1R; expected an array of entries", new SourceLocation("cdk.out/Other.metadata.json", 2,
                14)));
    assertThat(r.stacks()).extracting(Stack::name).containsExactly("Good", "Other");
  }
}
