package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed assembly of the cdk-assembly IT (synthesized from a real CDK app) through
 * {@link DocsGenerator#generate}: construct grouping, construct tree, hidden bookkeeping, and the combination
 * with globbed templates.
 */
class CdkDocsTest {
  private static final Path IT = Path.of("..", "src-it", "cdk-assembly").toAbsolutePath().normalize();

  private final DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
    throw new AssertionError("no HTML here");
  });

  private static DocsRequest request(Path base, Path source, List<String> includes, boolean showInternals) {
    return DocsRequest.builder(base).sourceDirectory(source).includes(includes).outputDirectory(Path.of("target/docs"))
        .formats(EnumSet.of(Format.MD, Format.ADOC, Format.JSON)).projectName("it").mode(WriteMode.CHECK)
        .cdkOutDirectory(DocsRequest.cdkOut(base, Optional.empty())).showCdkInternals(showInternals).build();
  }

  private static String page(DocsGenerator.Generation g, String path) {
    return g.documents().stream().filter(d -> d.path().equals(path)).map(Document::content).findFirst().orElseThrow();
  }

  @Test
  void cdkStacksAreGroupedByConstructWithTheTreeAndBookkeepingHidden() {
    DocsGenerator.Generation g = generator.generate(request(IT, IT, List.of("**/*.yaml", "**/*.json"), false));

    assertThat(g.findings()).noneMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR);
    // cdk.out is read as an assembly only, never as loose templates by the globs
    // (the nested stack's template is documented once, as the child of Service)
    assertThat(g.project().stacks()).extracting(Stack::name).containsExactly("Service", "Service/Alarms", "Storage",
        "dns");
    String service = page(g, "stacks/Service.md");
    assertThat(service)
        .contains("- Environment: account 111111111111, region eu-west-1")
        .contains("- Deployed after: [Storage](../stacks/Storage.md)")
        .contains("- 3 CDK bookkeeping items hidden")
        .contains("### Construct OrdersService/Handler\n\nConstruct class: `aws-cdk-lib.aws_lambda.Function`")
        .contains("### Construct OrdersService/Handler/ServiceRole\n")
        .contains("- Construct path: `OrdersService/Handler/Resource`")
        .contains("""
            - OrdersService (`constructs.Construct`)
              - Handler (`aws-cdk-lib.aws_lambda.Function`): [OrdersServiceHandlerD116AB82](#resource-ordersservicehandlerd116ab82)
                - ServiceRole (`aws-cdk-lib.aws_iam.Role`): [OrdersServiceHandlerServiceRole1F9AEF90](#resource-ordersservicehandlerservicerole1f9aef90)
            """)
        .doesNotContain("resource-cdkmetadata")
        .doesNotContain("BootstrapVersion");
    assertThat(page(g, "stacks/Service.adoc"))
        .contains("=== Construct OrdersService/Handler")
        .contains("\n** Handler (").contains("): xref:resource-ordersservicehandlerd116ab82[")
        .contains("* Construct path: ");
    // plain templates keep the by-service grouping and say nothing about CDK
    assertThat(page(g, "stacks/dns.md")).contains("### Route53").doesNotContain("Construct").doesNotContain("CDK stack");
    // the model keeps the bookkeeping
    assertThat(page(g, "model.json")).contains("\"CDKMetadata\"").contains("\"environment\": \"aws://111111111111/eu-west-1\"");
  }

  @Test
  void anAssemblyOutsideTheProjectDocumentsItsNestedStackByConstructPath(@TempDir Path base) throws IOException {
    Path project = Files.createDirectories(base.resolve("project"));
    DocsRequest request = DocsRequest.builder(project).sourceDirectory(project).outputDirectory(Path.of("target/docs"))
        .formats(EnumSet.of(Format.MD, Format.JSON)).projectName("it").mode(WriteMode.CHECK)
        .cdkOutDirectory(Optional.of(IT.resolve("cdk.out"))).build();

    DocsGenerator.Generation g = generator.generate(request);

    assertThat(g.findings()).noneMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR);
    assertThat(g.project().stacks()).extracting(Stack::name).containsExactlyInAnyOrder("Service", "Storage", "Service/Alarms");
    // the nested template has no aws:cdk:path: the construct path and class come from Service.metadata.json and
    // tree.json
    assertThat(page(g, "stacks/Service-Alarms.md"))
        .contains("### Construct AlarmTopic\n\nConstruct class: `aws-cdk-lib.aws_sns.Topic`")
        .contains("- Construct path: `AlarmTopic/Resource`")
        .contains("- Nested stack: created by [Service / AlarmsNestedStackAlarmsNestedStackResourceB6627C3C]");
    assertThat(page(g, "stacks/Service.md")).contains("[Service/Alarms](../stacks/Service-Alarms.md)");
  }

  @Test
  void showCdkInternalsShowsTheBookkeeping() {
    DocsGenerator.Generation g = generator.generate(request(IT, IT.resolve("cloudformation"), List.of(), true));
    String service = page(g, "stacks/Service.md");
    assertThat(service).contains("resource-cdkmetadata").contains("BootstrapVersion").doesNotContain("bookkeeping");
  }

  @Test
  void aStackNameGivenByATemplateAndTheAssemblyIsAnError(@TempDir Path base) throws IOException {
    Path out = base.resolve("cdk.out");
    Files.createDirectories(out);
    for (String f : List.of("manifest.json", "Storage.template.json", "Storage.metadata.json", "tree.json")) {
      Files.copy(IT.resolve("cdk.out").resolve(f), out.resolve(f));
    }
    Files.writeString(base.resolve("Storage.yaml"), "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n");
    Files.writeString(out.resolve("manifest.json"), Files.readString(out.resolve("manifest.json"))
        .replace("\"Service\": {", "\"ServiceIgnored\": {\"type\": \"none\"}, \"ServiceX\": {"));
    DocsGenerator.Generation g = generator.generate(request(base, base, List.of("*.yaml"), false));
    assertThat(g.findings()).filteredOn(f -> f.code().equals("duplicate-stack-name")).singleElement()
        .extracting(Finding::message).asString()
        .contains("'Storage'").contains("Storage.yaml").contains("cdk.out/Storage.template.json");
  }
}
