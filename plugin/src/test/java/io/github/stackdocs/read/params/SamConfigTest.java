package io.github.stackdocs.read.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SamConfigTest {
  @TempDir Path dir;

  private final List<Finding> findings = new ArrayList<>();

  private static final String TOML = """
      version = 0.1

      [default.global.parameters]
      stack_name = "app"
      region = "eu-west-1"
      parameter_overrides = "Stage=global Size=1"

      [default.deploy.parameters]
      parameter_overrides = "Stage=dev Name=\\"my app\\" ParameterKey=Count,ParameterValue=3"
      tags = "team=\\"web\\" cost=42"

      [prod.deploy.parameters]
      stack_name = "app-prod"
      region = "us-east-1"
      parameter_overrides = [
        "Stage=prod",
        "Name=\\"prod app\\" Count=9",
      ]
      """;

  private static final String YAML = """
      version: 0.1
      default:
        global:
          parameters:
            stack_name: app
            region: eu-west-1
            parameter_overrides: Stage=global Size=1
        deploy:
          parameters:
            parameter_overrides: Stage=dev Name="my app" ParameterKey=Count,ParameterValue=3
            tags: team="web" cost=42
      prod:
        deploy:
          parameters:
            stack_name: app-prod
            region: us-east-1
            parameter_overrides:
              - Stage=prod
              - Name="prod app" Count=9
      """;

  private Optional<ParameterFile> read(String name, String text, String env) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return SamConfig.read(f, "app/" + name, env, findings);
  }

  private static String values(ParameterFile f) {
    return String.join(" ", f.values().values().stream().map(s -> s.name() + "=" + s.text()).toList());
  }

  /** Both syntaxes, two config-envs, both forms of parameter_overrides; deploy overrides global whole. */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
    "samconfig.toml | default | Stage=dev Name=my app Count=3 | app      | eu-west-1 | 9:24 | 9:63",
    "samconfig.toml | prod    | Stage=prod Name=prod app Count=9 | app-prod | us-east-1 | 16:4 | 17:22",
    "samconfig.yaml | default | Stage=dev Name=my app Count=3 | app      | eu-west-1 | 10:28 | 10:65",
    "samconfig.yml  | prod    | Stage=prod Name=prod app Count=9 | app-prod | us-east-1 | 18:11 | 19:27",
  })
  void readsAConfigEnv(String name, String env, String values, String stack, String region, String stageAt,
      String countAt) throws IOException {
    ParameterFile f = read(name, name.endsWith(".toml") ? TOML : YAML, env).orElseThrow();
    assertThat(findings).isEmpty();
    assertThat(values(f)).isEqualTo(values);
    assertThat(f.stackName()).contains(stack);
    assertThat(f.region()).contains(region);
    assertThat(f.values().get("Stage").location()).hasToString("app/" + name + ":" + stageAt);
    assertThat(f.values().get("Count").location()).hasToString("app/" + name + ":" + countAt);
    if (env.equals("default")) {
      assertThat(f.tags()).containsExactly(Map.entry("team", "web"), Map.entry("cost", "42"));
    }
  }

  @Test
  void aConfigEnvTheFileLacksIsAWarning() throws IOException {
    assertThat(read("samconfig.toml", TOML, "staging")).isEmpty();
    assertThat(findings).extracting(Finding::format).containsExactly("app/samconfig.toml: WARN no"
        + " [staging.deploy.parameters] or [staging.global.parameters] in app/samconfig.toml; it gives no values for"
        + " this environment [sam-config-env-missing]");
  }

  @Test
  void aTomlSyntaxErrorIsOneFindingAtItsPlace() throws IOException {
    assertThat(read("samconfig.toml", "version = 0.1\n[default.deploy.parameters]\nregion = \n", "default"))
        .isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("toml-syntax");
      assertThat(f.location()).hasToString("app/samconfig.toml:3:10");
    });
  }

  @Test
  void badOverridesAreReportedAndTheRestRead() throws IOException {
    ParameterFile f = read("samconfig.toml", """
        [default.deploy.parameters]
        parameter_overrides = "Stage=dev =oops Name=x Count=\\"unclosed"
        region = 3
        """, "default").orElseThrow();
    assertThat(values(f)).isEqualTo("Stage=dev Name=x");
    assertThat(findings).extracting(x -> x.code() + " " + x.location()).containsExactly(
        "sam-overrides-syntax app/samconfig.toml:2:23",
        "sam-overrides-syntax app/samconfig.toml:2:23",
        "wrong-type app/samconfig.toml:3:10");
  }

  @Test
  void deeplyNestedTomlIsRefusedAsAFinding() throws IOException {
    String deep = "x = " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
    assertThat(read("samconfig.toml", deep, "default")).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.severity().name()).isEqualTo("ERROR"));
  }
}
