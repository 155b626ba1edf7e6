package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Terraform plan and state of the corpus ({@code ../shared/corpus/terraform}, Terraform 0.12 to 1.15) given
 * as a template through the whole in-memory pipeline: recognised as Terraform by its content (never reported as a
 * broken CloudFormation template), read with no ERROR and no internal error, and documented; the AWS ones with
 * resources mapped to CloudFormation types. Prints the counts.
 */
class TerraformCorpusTest {

  @Test
  void everyCorpusFileIsReadAndDocumented() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("TerraformCorpusTest");
    Path folder = corpus.resolve("terraform");
    List<Path> files;
    try (Stream<Path> s = Files.walk(folder)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(37);
    Path emptySource = Files.createTempDirectory("stackdocs-tf-src");
    DocsGenerator generator = new DocsGenerator(Log.silent(), () -> {
      throw new AssertionError("no HTML here");
    });
    int stacks = 0;
    int resources = 0;
    int mapped = 0;
    int awsFiles = 0;
    Map<String, Integer> unmapped = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Path file : files) {
      String name = folder.relativize(file).toString();
      DocsRequest request = DocsRequest.builder(folder).sourceDirectory(emptySource)
          .outputDirectory(Path.of("unused")).formats(EnumSet.of(Format.ADOC, Format.MD, Format.JSON))
          .failOn(FailOn.NEVER).projectName("corpus").mode(WriteMode.CHECK)
          .templates(List.of(new TemplateSpec(name, ""))).runbookDirectory(Optional.of(emptySource.resolve("rb")))
          .build();
      DocsGenerator.Generation g = generator.generate(request);
      List<Finding> errors = g.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
      assertThat(errors).as(name).isEmpty();
      assertThat(g.findings()).as(name).noneMatch(f -> f.code().equals("internal") || f.code().equals(
          "missing-resources") || f.code().equals("unknown-section"));
      assertThat(g.project().stacks()).as(name).isNotEmpty();
      assertThat(g.project().stacks().get(0).format()).as(name).startsWith("terraform-");
      assertThat(g.documents()).as(name).isNotEmpty();
      boolean aws = false;
      int fileResources = 0;
      for (Stack s : g.project().stacks()) {
        stacks++;
        for (Resource r : s.resources()) {
          if (r.type().equals("AWS::CloudFormation::Stack")) {
            continue;
          }
          resources++;
          fileResources++;
          String tf = ((io.github.stackdocs.model.Node.MapNode) ((io.github.stackdocs.model.Node.MapNode) r.metadata()
              .orElseThrow()).get("Terraform")).get("Type").toString();
          if (r.type().startsWith("AWS::")) {
            mapped++;
            aws = true;
          } else {
            unmapped.merge(r.type(), 1, Integer::sum);
            aws |= r.type().startsWith("aws_");
          }
        }
      }
      awsFiles += aws ? 1 : 0;
      lines.add(name + ": " + g.project().stacks().size() + " stacks, " + fileResources + " resources");
    }
    lines.forEach(System.out::println);
    System.out.println("Terraform corpus: " + files.size() + " files, " + awsFiles + " with AWS resources, " + stacks
        + " stacks, " + resources + " resources, " + mapped + " mapped to CloudFormation types; unmapped: "
        + unmapped);
    assertThat(awsFiles).isGreaterThanOrEqualTo(28);
    assertThat(mapped).isGreaterThan(resources / 2);
  }
}
