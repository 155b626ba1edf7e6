package io.github.stackdocs.read.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.cfn.NestedStackLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CDK nested stacks read through their cloud assembly: names, construct paths and classes, assembly outside. */
class NestedCdkOriginsTest {
  @TempDir Path dir;

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }

  private static String nestedStack(String id, String file) {
    return """
        "%s": {"Type": "AWS::CloudFormation::Stack", "Properties": {"TemplateURL": {"Fn::Join": ["", ["https://s3.",
          {"Ref": "AWS::URLSuffix"}, "/cdk-assets/abc.json"]]}}, "Metadata": {"aws:asset:path": "%s"}}
        """.formatted(id, file);
  }

  /** An assembly (outside the project folder) whose templates carry no aws:cdk:path: the metadata file names all. */
  private void assembly() throws IOException {
    write("elsewhere/cdk.out/manifest.json", """
        {"version": "55.0.0", "artifacts": {
          "Service": {"type": "aws:cloudformation:stack", "environment": "aws://111111111111/eu-west-1",
            "properties": {"templateFile": "Service.template.json"},
            "additionalMetadataFile": "Service.metadata.json", "displayName": "Service"},
          "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}
        }}
        """);
    write("elsewhere/cdk.out/Service.template.json", "{\"Resources\": {"
        + nestedStack("AlarmsNestedStackAlarmsNestedStackResourceB6627C3C", "ServiceAlarms4746857E.nested.template.json")
        + ", \"CDKMetadata\": {\"Type\": \"AWS::CDK::Metadata\"}, \"Queue\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    write("elsewhere/cdk.out/ServiceAlarms4746857E.nested.template.json", "{\"Resources\": {"
        + nestedStack("DeepNestedStackDeepNestedStackResource12345678", "ServiceAlarmsDeep99.nested.template.json")
        + ", \"CDKMetadata\": {\"Type\": \"AWS::CDK::Metadata\"}, \"AlarmTopicD01E77F9\": {\"Type\": \"AWS::SNS::Topic\"}}}");
    write("elsewhere/cdk.out/ServiceAlarmsDeep99.nested.template.json",
        "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\"}}}");
    // the nested stacks' entries come first and repeat the parent's logical ids (CDKMetadata, Queue)
    write("elsewhere/cdk.out/Service.metadata.json", """
        {"/Service/Alarms/CDKMetadata/Default": [{"type": "aws:cdk:logicalId", "data": "CDKMetadata"}],
         "/Service/Alarms/AlarmTopic/Resource": [{"type": "aws:cdk:logicalId", "data": "AlarmTopicD01E77F9"}],
         "/Service/Alarms/Deep/Queue/Resource": [{"type": "aws:cdk:logicalId", "data": "Queue"}],
         "/Service/Alarms/Deep.NestedStack/Deep.NestedStackResource": [
           {"type": "aws:cdk:logicalId", "data": "DeepNestedStackDeepNestedStackResource12345678"}],
         "/Service/Alarms.NestedStack/Alarms.NestedStackResource": [
           {"type": "aws:cdk:logicalId", "data": "AlarmsNestedStackAlarmsNestedStackResourceB6627C3C"}],
         "/Service/CDKMetadata/Default": [{"type": "aws:cdk:logicalId", "data": "CDKMetadata"}],
         "/Service/Work/Queue/Resource": [{"type": "aws:cdk:logicalId", "data": "Queue"}]}
        """);
    write("elsewhere/cdk.out/tree.json", """
        {"version": "tree-0.1", "tree": {"id": "App", "path": "", "children": {"Service": {"id": "Service",
          "path": "Service", "children": {"Alarms": {"id": "Alarms", "path": "Service/Alarms",
          "constructInfo": {"fqn": "aws-cdk-lib.NestedStack"}, "children": {"AlarmTopic": {"id": "AlarmTopic",
          "path": "Service/Alarms/AlarmTopic", "constructInfo": {"fqn": "aws-cdk-lib.aws_sns.Topic"}}}}}}}}}
        """);
  }

  @Test
  void nestedStacksOfAnAssemblyOutsideTheProjectAreNamedAndMappedByConstructPath() throws IOException {
    assembly();
    Files.createDirectories(dir.resolve("project"));
    CfnTemplateReader reader = new CfnTemplateReader();
    AssemblyResult read = new CloudAssemblyReader(reader).read(dir.resolve("project"), Path.of("../elsewhere/cdk.out"));
    assertThat(read.findings()).isEmpty();
    Stack service = read.stacks().get(0);
    // the parent's own resources: not the nested stacks' entries that repeat their logical ids
    assertThat(service.cdk().orElseThrow().constructPaths())
        .containsEntry("CDKMetadata", "Service/CDKMetadata/Default")
        .containsEntry("Queue", "Service/Work/Queue/Resource");

    NestedStackLoader.Loaded loaded = new NestedStackLoader(reader, dir.resolve("project")).load(read.stacks());

    assertThat(loaded.findings()).extracting(Finding::format).isEmpty();
    assertThat(loaded.stacks()).extracting(Stack::name).containsExactly("Service/Alarms", "Service/Alarms/Deep");
    Stack alarms = loaded.stacks().get(0);
    assertThat(alarms.sourceFile()).isEqualTo("../elsewhere/cdk.out/ServiceAlarms4746857E.nested.template.json");
    assertThat(alarms.nestedIn().orElseThrow().parentStack()).isEqualTo("Service");
    CdkOrigin origin = alarms.cdk().orElseThrow();
    assertThat(origin.displayName()).isEqualTo("Service/Alarms");
    assertThat(origin.artifactId()).isEqualTo("Service");
    assertThat(origin.environment()).isEqualTo("aws://111111111111/eu-west-1");
    assertThat(origin.constructPaths()).isEqualTo(Map.of(
        "AlarmTopicD01E77F9", "Service/Alarms/AlarmTopic/Resource",
        "CDKMetadata", "Service/Alarms/CDKMetadata/Default",
        "DeepNestedStackDeepNestedStackResource12345678", "Service/Alarms/Deep.NestedStack/Deep.NestedStackResource"));
    assertThat(origin.relativePath("AlarmTopicD01E77F9")).isEqualTo("AlarmTopic/Resource");
    assertThat(origin.constructTypes()).isEqualTo(Map.of("Service/Alarms", "aws-cdk-lib.NestedStack",
        "Service/Alarms/AlarmTopic", "aws-cdk-lib.aws_sns.Topic"));
    Stack deep = loaded.stacks().get(1);
    assertThat(deep.nestedIn().orElseThrow().parentStack()).isEqualTo("Service/Alarms");
    assertThat(deep.cdk().orElseThrow().constructPaths()).isEqualTo(Map.of("Queue", "Service/Alarms/Deep/Queue/Resource"));
  }

  @Test
  void aNestedStackWhoseConstructPathIsUnknownKeepsTheParentLogicalIdName() throws IOException {
    assembly();
    write("elsewhere/cdk.out/Service.metadata.json", "{}");
    CfnTemplateReader reader = new CfnTemplateReader();
    AssemblyResult read = new CloudAssemblyReader(reader).read(dir, Path.of("elsewhere/cdk.out"));
    NestedStackLoader.Loaded loaded = new NestedStackLoader(reader, dir).load(read.stacks());
    assertThat(loaded.stacks()).extracting(Stack::name).containsExactly(
        "Service-AlarmsNestedStackAlarmsNestedStackResourceB6627C3C",
        "Service-AlarmsNestedStackAlarmsNestedStackResourceB6627C3C-DeepNestedStackDeepNestedStackResource12345678");
    assertThat(loaded.stacks().get(0).cdk().orElseThrow().constructPaths()).isEmpty();
  }

  @Test
  void aPlainTemplateStillMayNotNestATemplateOutsideTheProject() throws IOException {
    assembly();
    write("project/app.json", "{\"Resources\": {\"Out\": {\"Type\": \"AWS::CloudFormation::Stack\","
        + " \"Properties\": {\"TemplateURL\": \"../elsewhere/cdk.out/ServiceAlarmsDeep99.nested.template.json\"}}}}");
    CfnTemplateReader reader = new CfnTemplateReader();
    Stack app = reader.read(new io.github.stackdocs.read.TemplateSource(dir.resolve("project/app.json"), "app.json",
        "app")).stack().orElseThrow();
    List<Finding> findings = new ArrayList<>(new NestedStackLoader(reader, dir.resolve("project"))
        .load(List.of(app)).findings());
    assertThat(findings).extracting(Finding::code).containsExactly("nested-template-outside");
  }

  @Test
  void metadataEntriesBelongToTheDeepestNestedStackAboveThem() {
    LogicalIdPaths paths = new LogicalIdPaths();
    paths.add("App/A.NestedStack/A.NestedStackResource", "ARes");
    paths.add("App/A/B.NestedStack/B.NestedStackResource", "BRes");
    paths.add("App/A/B/T/Resource", "T");
    paths.add("App/A/T/Resource", "T");
    paths.add("App/AB/T/Resource", "T"); // a sibling whose name starts like A: the root's
    assertThat(paths.of("")).isEqualTo(Map.of("ARes", "App/A.NestedStack/A.NestedStackResource",
        "T", "App/AB/T/Resource"));
    assertThat(paths.of("App/A")).isEqualTo(Map.of("BRes", "App/A/B.NestedStack/B.NestedStackResource",
        "T", "App/A/T/Resource"));
    assertThat(paths.of("App/A/B")).isEqualTo(Map.of("T", "App/A/B/T/Resource"));
    assertThat(LogicalIdPaths.nestedStackPath("App/A.NestedStack/A.NestedStackResource")).hasValue("App/A");
    assertThat(LogicalIdPaths.nestedStackPath("App/A/Resource")).isEmpty();
  }
}
