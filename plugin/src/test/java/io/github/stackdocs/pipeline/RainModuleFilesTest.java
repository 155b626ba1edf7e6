package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.read.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RainModuleFilesTest {
  @TempDir Path base;

  @Test
  void aModuleFileUsedByAnotherTemplateIsNoStackOfItsOwn() throws Exception {
    Files.writeString(base.resolve("app.yaml"), "Resources:\n  S:\n    Type: !Rain::Module ./bucket.yaml\n");
    Files.writeString(base.resolve("bucket.yaml"), "Resources:\n  B:\n    Type: AWS::S3::Bucket\n");
    List<Finding> findings = new ArrayList<>();
    List<TemplateSource> kept = RainModuleFiles.leaveOut(List.of(
        new TemplateSource(base.resolve("app.yaml"), "app.yaml", "app"),
        new TemplateSource(base.resolve("bucket.yaml"), "bucket.yaml", "bucket")), findings);
    assertThat(kept).extracting(TemplateSource::stackName).containsExactly("app");
    assertThat(findings).extracting(f -> f.severity() + " " + f.code() + " " + f.location().file())
        .containsExactly("INFO rain-module-file bucket.yaml");
  }

  @Test
  void aModuleFileOfAModulesSectionIsNoStackOfItsOwnEitherAndACodeBuildSourceIsNoModule() throws Exception {
    Files.writeString(base.resolve("app.yaml"), "Modules:\n  Logs:\n    Source: \"./logs.yaml\"\n"
        + "Resources:\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n      Source:\n"
        + "        Type: CODEPIPELINE\n        BuildSpec: buildspec.yaml\n");
    Files.writeString(base.resolve("logs.yaml"), "Resources:\n  L:\n    Type: AWS::Logs::LogGroup\n");
    Files.writeString(base.resolve("buildspec.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    List<TemplateSource> kept = RainModuleFiles.leaveOut(List.of(
        new TemplateSource(base.resolve("app.yaml"), "app.yaml", "app"),
        new TemplateSource(base.resolve("buildspec.yaml"), "buildspec.yaml", "buildspec"),
        new TemplateSource(base.resolve("logs.yaml"), "logs.yaml", "logs")), new ArrayList<>());
    assertThat(kept).extracting(TemplateSource::stackName).containsExactly("app", "buildspec");
  }
}
