package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform plans and state from a hostile or careless source: values Terraform marks sensitive (in every place it
 * marks them) appear in no output file of any format, no runbook, no log line and no message; plans too large, with
 * too many resources or modules nested too deep are refused with an error naming the limit and how to raise it, in
 * bounded time.
 */
class HostileTerraformTest {
  private static final Duration GUARD = Duration.ofSeconds(60);
  private static final List<String> SECRETS = List.of("S3cret-tf-attr-0001", "S3cret-tf-change-0002",
      "S3cret-tf-output-0003", "S3cret-tf-var-0004", "S3cret-tf-state-0005", "S3cret-tf-name-0006",
      "S3cret-tf-nested-0007", "S3cret-tf-tag-0008");

  @TempDir Path root;

  private static final String PLAN = """
      {"format_version":"1.2","terraform_version":"1.5.7",
       "variables":{"db_password":{"value":"S3cret-tf-var-0004"}},
       "planned_values":{"outputs":{"db_password":{"sensitive":true,"value":"S3cret-tf-output-0003"},
          "conn":{"sensitive":false,"value":"S3cret-tf-change-0002"}},
        "root_module":{"resources":[
         {"address":"aws_db_instance.db","mode":"managed","type":"aws_db_instance","name":"db",
          "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":2,
          "values":{"engine":"postgres","password":"S3cret-tf-attr-0001","username":"admin",
            "replicate_source_db":"S3cret-tf-change-0002","tags":{"Owner":"S3cret-tf-tag-0008"}},
          "sensitive_values":{"password":true,"tags":{"Owner":true}}},
         {"address":"aws_lambda_function.fn","mode":"managed","type":"aws_lambda_function","name":"fn",
          "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,
          "values":{"function_name":"fn","environment":[{"variables":{"KEY":"S3cret-tf-nested-0007",
            "DB_PASSWORD":"S3cret-tf-name-0006"}}]},
          "sensitive_values":{"environment":[{"variables":{"KEY":true}}]}}]}},
       "resource_changes":[{"address":"aws_db_instance.db","mode":"managed","type":"aws_db_instance","name":"db",
          "provider_name":"registry.terraform.io/hashicorp/aws","change":{"actions":["create"],"before":null,
          "after":{"password":"S3cret-tf-attr-0001","replicate_source_db":"S3cret-tf-change-0002"},
          "after_unknown":{"id":true},"before_sensitive":false,
          "after_sensitive":{"password":true,"replicate_source_db":true}}}],
       "output_changes":{"conn":{"actions":["create"],"before":null,"after":"S3cret-tf-change-0002",
          "after_unknown":false,"before_sensitive":false,"after_sensitive":true}},
       "configuration":{"root_module":{"variables":{"db_password":{"sensitive":true,
          "default":"S3cret-tf-var-0004"}},
         "outputs":{"db_password":{"sensitive":true,"expression":{"references":["var.db_password"]}}},
         "resources":[{"address":"aws_db_instance.db","mode":"managed","type":"aws_db_instance","name":"db",
           "provider_config_key":"aws","expressions":{"password":{"references":["var.db_password"]}},
           "schema_version":2}]}}}
      """;

  private static final String STATE = """
      {"format_version":"1.0","terraform_version":"1.5.7","values":{
        "outputs":{"token":{"sensitive":true,"value":"S3cret-tf-state-0005","type":"string"}},
        "root_module":{"resources":[{"address":"aws_ssm_parameter.p","mode":"managed","type":"aws_ssm_parameter",
          "name":"p","provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,
          "values":{"name":"/app/p","value":"S3cret-tf-state-0005","type":"SecureString"},
          "sensitive_values":{"value":true}}]}}}
      """;

  @Test
  void sensitiveValuesAppearInNoOutputLogOrMessage() throws IOException {
    HostileProject p = new HostileProject(root);
    p.file("infra/plan.json", PLAN);
    p.file("infra/state.json", STATE);
    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .terraform(List.of(Path.of("infra"))).build()));
    assertThat(run.failure()).as(run.text()).isEmpty();
    assertThat(run.result().orElseThrow().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    List<Path> written;
    try (Stream<Path> files = Files.walk(p.base)) {
      written = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(p.base.resolve("infra"))).toList();
    }
    assertThat(written).as("documents of both files").anyMatch(f -> f.toString().endsWith("plan.md"))
        .anyMatch(f -> f.toString().endsWith("state.md")).anyMatch(f -> f.toString().endsWith("model.json"));
    assertThat(written).as("runbooks").anyMatch(f -> f.toString().contains("runbooks"));
    for (Path f : written) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      for (String secret : SECRETS) {
        assertThat(text).as(p.base.relativize(f) + " holds " + secret).doesNotContain(secret);
      }
    }
    for (String secret : SECRETS) {
      assertThat(run.text()).doesNotContain(secret);
    }
    // the masked values are there, masked: the property is documented, its value is not
    assertThat(p.read("docs/stacks/plan.md")).contains("MasterUserPassword").contains("****");
  }

  @Test
  void aPlanWithMoreResourcesThanTheLimitIsRefusedWithTheSettingThatRaisesIt() {
    HostileProject p = new HostileProject(root);
    StringBuilder b = new StringBuilder("{\"format_version\":\"1.2\",\"terraform_version\":\"1.5.7\",\n"
        + "\"planned_values\":{\"root_module\":{\"resources\":[\n");
    for (int i = 0; i < 60; i++) {
      b.append(i == 0 ? "" : ",\n").append("{\"address\":\"aws_sqs_queue.q").append(i)
          .append("\",\"mode\":\"managed\",\"type\":\"aws_sqs_queue\",\"name\":\"q").append(i)
          .append("\",\"values\":{\"name\":\"q").append(i).append("\"}}");
    }
    p.file("infra/big.json", b.append("]}}}\n").toString());
    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .terraform(List.of(Path.of("infra/big.json"))).limits(InputLimits.parse(List.of("resources=50"))).build()));
    List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("too-many-resources");
      assertThat(f.message()).contains("60 resources", "limit of 50", "resources=60");
      assertThat(f.location().file()).isEqualTo("infra/big.json");
    });
    HostileProject.Run raised = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .formats(java.util.EnumSet.of(io.github.stackdocs.render.Format.MD)).runbookDirectory(java.util.Optional.empty())
        .terraform(List.of(Path.of("infra/big.json"))).limits(InputLimits.parse(List.of("resources=60"))).build()));
    assertThat(raised.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(p.read("docs/stacks/big.md")).contains("aws\\_sqs\\_queue.q59");
  }

  @Test
  void aPlanLargerThanTheTemplateLimitIsNotRead() {
    HostileProject p = new HostileProject(root);
    String filler = "x".repeat(2 * 1024 * 1024);
    p.file("infra/huge.json", "{\"format_version\":\"1.2\",\"terraform_version\":\"1.5.7\",\"planned_values\":"
        + "{\"root_module\":{}},\"description\":\"" + filler + "\"}");
    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .terraform(List.of(Path.of("infra/huge.json"))).build()));
    assertThat(run.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("too-large");
      assertThat(f.message()).contains("templateBytes=");
    });
  }

  @Test
  void modulesNestedDeeperThanTheLimitAreLeftOutWithAnError() {
    HostileProject p = new HostileProject(root);
    List<String> addresses = new java.util.ArrayList<>();
    for (int depth = 0; depth < 30; depth++) {
      addresses.add((depth == 0 ? "" : addresses.get(depth - 1) + ".") + "module.m" + depth);
    }
    String module = "{\"address\":\"" + addresses.get(29) + "\",\"resources\":[]}";
    for (int depth = 28; depth >= 0; depth--) {
      module = "{\"address\":\"" + addresses.get(depth) + "\",\"resources\":[],\"child_modules\":[" + module + "]}";
    }
    String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.5.7\",\"planned_values\":{\"root_module\":"
        + "{\"child_modules\":[" + module + "]}}}";
    p.file("infra/deep.json", json);
    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .terraform(List.of(Path.of("infra/deep.json"))).build()));
    assertThat(run.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::code)
        .containsExactly("too-deep");
  }
}
