package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code diff} goal's outputs carry no control character from input values: {@code changes.md} and the appended
 * AsciiDoc change log show each as U+FFFD, as every other document does; {@code changes.json} escapes them as JSON
 * does (and so keeps the value).
 */
class HostileChangesTest {
  /** NUL, a terminal escape that clears the screen, BEL, backspace, DEL and a C1 control. */
  private static final String CONTROLS = "a\u0000b\u001b[2Jc\u0007d\be\u007ff\u009bg";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path base;

  private static String template(String tableName, boolean withQueue) throws Exception {
    ObjectNode t = JSON.createObjectNode();
    ObjectNode resources = t.putObject("Resources");
    ObjectNode table = resources.putObject("Orders").put("Type", "AWS::DynamoDB::Table");
    table.putObject("Properties").put("TableName", tableName).put("BillingMode", "PAY_PER_REQUEST")
        .put("TableClass", CONTROLS + tableName);
    if (withQueue) {
      resources.putObject("Queue").put("Type", "AWS::SQS::Queue").putObject("Properties")
          .put("QueueName", CONTROLS);
    }
    t.putObject("Parameters").putObject("P").put("Type", "String").put("Default", CONTROLS + tableName);
    t.putObject("Outputs").putObject("Out").put("Value", CONTROLS + tableName);
    return JSON.writeValueAsString(t);
  }

  @Test
  void changesMarkdownAndTheChangeLogCarryNoControlCharacterAndJsonEscapesThem() throws Exception {
    Path baseline = base.resolve("baseline/src/main/cloudformation/app.json");
    Files.createDirectories(baseline.getParent());
    Files.writeString(baseline, template("old" + CONTROLS, false));
    Path current = base.resolve("src/main/cloudformation/app.json");
    Files.createDirectories(current.getParent());
    Files.writeString(current, template("new" + CONTROLS, true));
    DocsRequest inputs = DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").build();
    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs, DiffRequest.parseBaseline("baseline", base),
        FailOnRisk.NONE, Optional.of("https://docs.example.com/infra"), Optional.of(Path.of("docs/changelog.adoc"))));

    String md = Files.readString(base.resolve("target/stackdocs/changes.md"));
    String adoc = Files.readString(base.resolve("docs/changelog.adoc"));
    String json = Files.readString(base.resolve("target/stackdocs/changes.json"));
    assertThat(md).as("the diff shows the changed table").contains("Orders", "Queue", "\uFFFD");
    assertThat(adoc).contains("Queue", "Orders");
    for (String[] file : new String[][] {{"changes.md", md}, {"changelog.adoc", adoc}, {"changes.json", json}}) {
      assertThat(file[1].chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)))
          .as(file[0] + " has no control character").isEmpty();
    }
    JsonNode parsed = JSON.readTree(json);
    assertThat(parsed.toString()).as("JSON keeps the values, escaped").contains(JSON.writeValueAsString(CONTROLS)
        .replace("\"", ""));
  }
}
