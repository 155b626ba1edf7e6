package io.github.stackdocs.read.cfn;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NestedStackLoaderTest {
  @TempDir Path dir;

  private Stack read(String file) {
    return new CfnTemplateReader().read(new TemplateSource(dir.resolve(file), file, file.replace(".yaml", "")))
        .stack().orElseThrow();
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }

  private static String nested(String id, String url) {
    return "  " + id + ":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: " + url + "\n";
  }

  @Test
  void loadsRelativeTemplatesRecursivelyAndLeavesUrlsExternal() throws IOException {
    write("app.yaml", "Resources:\n" + nested("Net", "child/net.yaml") + nested("Ext", "s3://bucket/x.yaml")
        + nested("Web", "https://example.com/x.yaml"));
    write("child/net.yaml", "Resources:\n" + nested("Sub", "sub.yaml"));
    write("child/sub.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    NestedStackLoader.Loaded loaded = new NestedStackLoader(new CfnTemplateReader(), dir).load(List.of(read("app.yaml")));
    assertThat(loaded.findings()).isEmpty();
    assertThat(loaded.stacks()).extracting(Stack::name).containsExactly("app-Net", "app-Net-Sub");
    Stack sub = loaded.stacks().get(1);
    assertThat(sub.sourceFile()).isEqualTo("child/sub.yaml");
    assertThat(sub.nestedIn().orElseThrow().parentStack()).isEqualTo("app-Net");
    assertThat(sub.nestedIn().orElseThrow().logicalId()).isEqualTo("Sub");
  }

  @Test
  void refusesPathsOutsideTheProjectAndReportsMissingFilesAndCycles() throws IOException {
    write("app.yaml", "Resources:\n" + nested("Evil", "../../etc/x") + nested("Gone", "missing.yaml")
        + nested("Loop", "a.yaml"));
    write("a.yaml", "Resources:\n" + nested("Back", "app.yaml"));
    NestedStackLoader.Loaded loaded = new NestedStackLoader(new CfnTemplateReader(), dir).load(List.of(read("app.yaml")));
    assertThat(loaded.stacks()).extracting(Stack::name).containsExactly("app-Loop");
    assertThat(loaded.findings()).extracting(Finding::code)
        .containsExactlyInAnyOrder("nested-template-outside", "nested-template-missing", "nested-stack-cycle");
    assertThat(loaded.findings()).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("'../../etc/x' leads outside the project folder; refused"));
    assertThat(loaded.findings()).extracting(Finding::message).anySatisfy(m ->
        assertThat(m).contains("cycle app.yaml → a.yaml → app.yaml"));
  }
}
