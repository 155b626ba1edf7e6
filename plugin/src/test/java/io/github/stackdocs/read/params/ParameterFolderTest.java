package io.github.stackdocs.read.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFolderTest {
  @TempDir Path base;

  private final List<Finding> findings = new ArrayList<>();

  private void write(String name, String text) throws IOException {
    Path f = base.resolve("env/prod/parameters").resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }

  private Map<String, ParameterFile> read() {
    return ParameterFolder.read(Path.of("env/prod/parameters"), base, List.of("network", "app", "db"), findings);
  }

  @Test
  void readsOneFilePerStackInEveryFormat() throws IOException {
    write("network.json", "[{\"ParameterKey\": \"Cidr\", \"ParameterValue\": \"10.0.0.0/16\"}]");
    write("app.yaml", "Parameters:\n  Stage: prod\n");
    write("db.yml", "Size: 20\n");
    write("README.md", "not a parameter file");
    Map<String, ParameterFile> files = read();
    assertThat(findings).isEmpty();
    assertThat(files).containsOnlyKeys("app", "db", "network");
    assertThat(files.get("db").values().get("Size").location()).hasToString("env/prod/parameters/db.yml:1:7");
  }

  @Test
  void twoFilesForOneStackIsAnErrorAndAFileNamingNoStackAWarning() throws IOException {
    write("app.json", "{\"Stage\": \"a\"}");
    write("app.yaml", "Stage: b\n");
    write("ap.yaml", "Stage: c\n");
    write("queue.yaml", "Stage: d\n");
    Map<String, ParameterFile> files = read();
    assertThat(files.get("app").values().get("Stage").text()).isEqualTo("a");
    assertThat(findings).extracting(Finding::format).containsExactlyInAnyOrder(
        "env/prod/parameters/app.yaml: ERROR stack 'app' has two parameter files, env/prod/parameters/app.json and"
            + " env/prod/parameters/app.yaml; keep one (env/prod/parameters/app.json is read)"
            + " [duplicate-parameter-file]",
        "env/prod/parameters/ap.yaml: WARN parameter file env/prod/parameters/ap.yaml names no stack of the project"
            + " (did you mean 'app'?); it is not read [parameter-file-no-stack]",
        "env/prod/parameters/queue.yaml: WARN parameter file env/prod/parameters/queue.yaml names no stack of the"
            + " project; it is not read [parameter-file-no-stack]");
  }

  @Test
  void aLinkOutOfTheFolderIsNotFollowed() throws IOException {
    Path secret = Files.writeString(base.resolve("secret.yaml"), "Password: hunter2\n");
    write("db.yaml", "Size: 1\n");
    Files.delete(base.resolve("env/prod/parameters/db.yaml"));
    Files.createSymbolicLink(base.resolve("env/prod/parameters/db.yaml"), secret);
    assertThat(read()).isEmpty();
    assertThat(findings).extracting(Finding::code).containsExactly("link-outside-folder");
    assertThat(findings).allSatisfy(f -> assertThat(f.format()).doesNotContain("hunter2"));
  }

  @Test
  void aMissingFolderIsOneError() {
    assertThat(read()).isEmpty();
    assertThat(findings).extracting(Finding::format)
        .containsExactly("env/prod/parameters: ERROR parameter folder not found: env/prod/parameters"
            + " [missing-parameter-folder]");
  }
}
