package io.github.stackdocs.read.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterFileReaderTest {
  @TempDir Path dir;

  private final List<Finding> findings = new ArrayList<>();

  private Optional<ParameterFile> read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text.replace("\\n", "\n"));
    return ParameterFileReader.read(file, "params/" + name, findings);
  }

  /** Each format in JSON and YAML: the values as text, and where Stage's value is written. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    // the AWS CLI --parameters list
    "cli.json    | '[{\"ParameterKey\": \"Stage\", \"ParameterValue\": \"prod\"},\\n {\"ParameterKey\": \"X\", \"UsePreviousValue\": true}]'"
        + "| Stage=prod X=(previous) | 1:46",
    "cli.yaml    | '- ParameterKey: Stage\\n  ParameterValue: prod\\n- ParameterKey: X\\n  UsePreviousValue: true\\n'"
        + "| Stage=prod X=(previous) | 2:19",
    // the CodePipeline template configuration
    "config.json | '{\"Parameters\": {\"Stage\": \"prod\", \"Count\": 3}, \"Tags\": {\"team\": \"web\"}, \"StackPolicy\": {}}'"
        + "| Stage=prod Count=3 | 1:26",
    "config.yaml | 'Parameters:\\n  Stage: prod\\n  Count: 3\\nTags:\\n  team: web\\n'"
        + "| Stage=prod Count=3 | 2:10",
    // a plain mapping: numbers and booleans as their text, lists for list parameters
    "plain.json  | '{\"Stage\": \"prod\", \"Count\": 3, \"On\": true, \"Subnets\": [\"a\", \"b\"]}'"
        + "| Stage=prod Count=3 On=true Subnets=a,b | 1:11",
    "plain.yaml  | 'Stage: prod\\nCount: 3\\nOn: true\\nSubnets: [a, b]\\n'"
        + "| Stage=prod Count=3 On=true Subnets=a,b | 1:8",
  })
  void readsEachFormat(String name, String text, String values, String stageAt) throws IOException {
    ParameterFile file = read(name, text).orElseThrow();
    assertThat(findings).isEmpty();
    assertThat(String.join(" ", file.values().values().stream()
        .map(s -> s.name() + "=" + (s.usePreviousValue() ? "(previous)" : s.text())).toList())).isEqualTo(values);
    assertThat(file.values().get("Stage").location()).hasToString("params/" + name + ":" + stageAt);
    if (name.startsWith("config")) {
      assertThat(file.tags()).containsExactly(java.util.Map.entry("team", "web"));
    }
  }

  /** Each malformed file: one finding, at the place it names, and the well-formed entries still read. */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "a.json | '[{\"ParameterKey\": \"A\", \"ParameterValue\": \"1\"},\\n {\"ParameterValue\": \"2\"}]' | missing-key | 2:2",
    "b.json | '[{\"ParameterKey\": \"A\", \"ParameterValue\": \"1\", \"Value\": \"1\"}]' | unknown-key | 1:47",
    "c.json | '[{\"ParameterKey\": \"A\"}]' | missing-value | 1:2",
    "d.yaml | '- ParameterKey: A\\n  ParameterValue: x\\n  UsePreviousValue: true\\n' | previous-and-value | 3:3",
    "e.json | '[{\"ParameterKey\": \"A\", \"UsePreviousValue\": \"maybe\"}]' | wrong-type | 1:44",
    "f.yaml | '- ParameterKey: A\\n  ParameterValue: x\\n- ParameterKey: A\\n  ParameterValue: y\\n' | duplicate-parameter | 3:3",
    "g.json | '[\"A=1\"]' | wrong-type | 1:2",
    "h.yaml | 'Parameters: [a]\\n' | wrong-type | 1:13",
    "i.yaml | 'Parameters:\\n  A: {x: 1}\\n' | wrong-type | 2:6",
    "j.yaml | 'Tags:\\n  t: [v]\\n' | wrong-type | 2:6",
    "k.yaml | 'A: 1\\nB: null\\n' | missing-value | 2:1",
    "l.yaml | 'A: 1\\nB: {c: d}\\n' | wrong-type | 2:4",
    "m.yaml | 'A: [x, [y]]\\n' | wrong-type | 1:8",
    "n.yaml | 'A: 1\\nA: 2\\n' | duplicate-key | 2:1",
    "o.json | '{\"A\": 1,}' | json-syntax | 1:9",
    "p.yaml | 'A: [1\\n' | yaml-syntax | 2:1",
    "q.yaml | '42\\n' | not-a-parameter-file | 1:1",
    "r.yaml | '\\n' | empty-parameter-file | 0:0",
  })
  void reportsEachProblemAtItsPlace(String name, String text, String code, String at) throws IOException {
    read(name, text);
    String where = at.equals("0:0") ? "params/" + name : "params/" + name + ":" + at;
    assertThat(findings).extracting(f -> f.code() + " " + f.location()).contains(code + " " + where);
    assertThat(findings).allSatisfy(f -> assertThat(f.code()).isEqualTo(code));
  }

  @Test
  void wellFormedEntriesBesideABrokenOneAreStillRead() throws IOException {
    ParameterFile file = read("x.json", "[{\"ParameterKey\": \"A\", \"ParameterValue\": \"1\"}, {\"Oops\": 1},"
        + " {\"ParameterKey\": \"B\", \"ParameterValue\": \"2\"}]").orElseThrow();
    assertThat(file.values()).containsOnlyKeys("A", "B");
    assertThat(findings).extracting(Finding::code).containsExactly("unknown-key", "missing-key");
  }

  @Test
  void noFindingQuotesAValue() throws IOException {
    read("s.yaml", "- ParameterKey: Password\n  ParameterValue: hunter2-secret\n  UsePreviousValue: true\n"
        + "- ParameterKey: Password\n  ParameterValue: hunter2-secret\n");
    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.format()).doesNotContain("hunter2"));
  }

  @Test
  void aHugeFileIsRefusedByItsSizeBeforeItIsRead() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(21L * 1024 * 1024); // sparse: nothing is written, and nothing may be read
    }
    long start = System.nanoTime();
    assertThat(ParameterFileReader.read(file, "params/huge.json", findings)).isEmpty();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("too-large");
      assertThat(f.format()).startsWith("params/huge.json: ERROR parameter file is larger than the limit of"
          + " 20,971,520 bytes (20 MiB): it has 22,020,096 bytes");
    });
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void yamlAliasBombsAreRefusedAsInTemplates() throws IOException {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 0; i < 60; i++) {
      yaml.append("b").append(i).append(": [*a, *a]\n");
    }
    assertThat(read("bomb.yaml", yaml.toString())).isEmpty();
    assertThat(findings).extracting(Finding::code).containsExactly("yaml-alias-limit");
  }
}
