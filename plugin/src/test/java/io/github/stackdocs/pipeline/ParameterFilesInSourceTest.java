package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter files kept beside the templates are recognised and skipped, not reported as broken templates. */
class ParameterFilesInSourceTest {
  @TempDir Path base;

  @Test
  void aTemplateWithCliAndPipelineParameterFilesDocumentsOneStackWithoutErrors() throws IOException {
    Path dir = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(dir.resolve("app.yaml"), """
        Parameters:
          Stage:
            Type: String
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
        """);
    Files.writeString(dir.resolve("app-prod.json"), """
        [{"ParameterKey": "Stage", "ParameterValue": "prod"}, {"ParameterKey": "X", "UsePreviousValue": true}]
        """);
    Files.writeString(dir.resolve("app-config.yaml"), """
        Parameters:
          Stage: staging
        Tags:
          team: web
        StackPolicy:
          Statement: []
        """);
    Files.writeString(dir.resolve("samconfig.yaml"), """
        version: 0.1
        default:
          deploy:
            parameters:
              parameter_overrides: Stage=dev
        """);

    DocsResult result = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for")).run(
        DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD))
            .projectName("p").mode(WriteMode.WRITE).build());

    assertThat(result.stacks()).isEqualTo(1);
    assertThat(result.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARN)).isEmpty();
    assertThat(result.findings()).filteredOn(f -> f.code().equals("parameter-file")).extracting(Finding::format)
        .containsExactly(
            "src/main/cloudformation/app-config.yaml: INFO not read as a template: recognised as a parameter file"
                + " (a CodePipeline template configuration) [parameter-file]",
            "src/main/cloudformation/app-prod.json: INFO not read as a template: recognised as a parameter file"
                + " (an AWS CLI --parameters list) [parameter-file]",
            "src/main/cloudformation/samconfig.yaml: INFO not read as a template: recognised as a SAM "
                + "configuration file by its name [parameter-file]");
  }
}
