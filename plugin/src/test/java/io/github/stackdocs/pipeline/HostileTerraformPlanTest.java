package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Terraform plan's sensitive values, in every place Terraform writes them, reach no document, change log, drift
 * finding or log line; a huge plan is bounded by the input limits.
 */
class HostileTerraformPlanTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The secret before, after, in the drift and under a secret-looking name no mark covers. */
  private static final String OLD = "Old-Secret-4f8e1a";
  private static final String NEW = "New-Secret-9c2d7b";
  private static final String RECORDED = "Recorded-Secret-3a6b5c";
  private static final String UNMARKED = "Unmarked-Secret-8d1e0f";
  private static final List<String> SECRETS = List.of(OLD, NEW, RECORDED, UNMARKED);

  @TempDir Path base;

  private static ObjectNode db(String password) {
    return db(password, false);
  }

  /**
   * @param copy with an unmarked copy of the secret inside a longer value (as Terraform before 0.15 wrote every
   *     value; since then marks propagate to such copies)
   */
  private static ObjectNode db(String password, boolean copy) {
    ObjectNode v = JSON.createObjectNode().put("id", "db-1").put("identifier", "orders").put("password", password)
        .put("skip_final_snapshot", true).put("engine", "postgres").put("master_password", UNMARKED);
    if (copy) {
      v.putObject("tags").put("Note", "postgres://app:" + password + "@db.internal/orders");
    }
    v.putArray("environment").addObject().putObject("variables").put("DB_PASSWORD", password).put("DB_USER", "app");
    return v;
  }

  private static ObjectNode marks() {
    ObjectNode m = JSON.createObjectNode().put("password", true);
    m.putObject("tags");
    m.putArray("environment").addObject().putObject("variables").put("DB_PASSWORD", true);
    return m;
  }

  private static ObjectNode resource(String password) {
    ObjectNode r = JSON.createObjectNode().put("address", "aws_db_instance.orders").put("mode", "managed")
        .put("type", "aws_db_instance").put("name", "orders")
        .put("provider_name", "registry.terraform.io/hashicorp/aws").put("schema_version", 2);
    r.set("values", db(password, true)); // the docs mask the unmarked copy too
    r.set("sensitive_values", marks());
    return r;
  }

  private static ObjectNode change(String before, String after, List<String> actions) {
    ObjectNode c = JSON.createObjectNode().put("address", "aws_db_instance.orders").put("mode", "managed")
        .put("type", "aws_db_instance").put("name", "orders")
        .put("provider_name", "registry.terraform.io/hashicorp/aws");
    ObjectNode ch = c.putObject("change");
    ArrayNode a = ch.putArray("actions");
    actions.forEach(a::add);
    ch.set("before", db(before, true));
    ch.set("after", db(after, true));
    ch.putObject("after_unknown");
    ch.set("before_sensitive", marks());
    ch.set("after_sensitive", marks());
    ch.putArray("replace_paths").addArray().add("password");
    return c;
  }

  static String hostilePlan() throws Exception {
    ObjectNode p = JSON.createObjectNode().put("format_version", "1.2").put("terraform_version", "1.9.8");
    p.putObject("variables").putObject("db_password").put("value", NEW);
    ObjectNode planned = p.putObject("planned_values");
    planned.putObject("outputs").putObject("url").put("sensitive", true).put("type", "string")
        .put("value", "postgres://app:" + NEW + "@db");
    planned.putObject("root_module").putArray("resources").add(resource(NEW));
    p.putArray("resource_drift").add(change(RECORDED, OLD, List.of("update")));
    p.putArray("resource_changes").add(change(OLD, NEW, List.of("delete", "create")));
    ObjectNode out = p.putObject("output_changes").putObject("url");
    out.putArray("actions").add("update");
    out.put("before", "postgres://app:" + OLD + "@db").put("after", "postgres://app:" + NEW + "@db")
        .put("after_unknown", false).put("before_sensitive", true).put("after_sensitive", true);
    ObjectNode prior = p.putObject("prior_state").put("format_version", "1.0").put("terraform_version", "1.9.8");
    ObjectNode values = prior.putObject("values");
    values.putObject("outputs").putObject("url").put("sensitive", true).put("value", "postgres://app:" + OLD + "@db");
    values.putObject("root_module").putArray("resources").add(resource(OLD));
    ObjectNode config = p.putObject("configuration").putObject("root_module");
    config.putObject("variables").putObject("db_password").put("sensitive", true);
    config.putObject("outputs").putObject("url").put("sensitive", true).putObject("expression")
        .putArray("references").add("var.db_password");
    ObjectNode res = config.putArray("resources").addObject().put("address", "aws_db_instance.orders")
        .put("mode", "managed").put("type", "aws_db_instance").put("name", "orders").put("provider_config_key", "aws")
        .put("schema_version", 2);
    res.putObject("expressions").putObject("password").putArray("references").add("var.db_password");
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p);
  }

  /** Every line logged, to scan. */
  private static final class Recording implements Log {
    final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void debug(String message) {
      lines.add(message);
    }

    @Override
    public synchronized void info(String message) {
      lines.add(message);
    }

    @Override
    public synchronized void warn(String message) {
      lines.add(message);
    }

    @Override
    public synchronized void error(String message) {
      lines.add(message);
    }
  }

  @Test
  void sensitiveValuesReachNoOutputAndNoLog() throws Exception {
    Path plan = base.resolve("src/main/terraform/plan.json");
    Files.createDirectories(plan.getParent());
    Files.writeString(plan, hostilePlan());
    Recording log = new Recording();
    DocsRequest inputs = DocsRequest.builder(base).sourceDirectory(plan.getParent())
        .formats(Set.of(Format.ADOC, Format.MD, Format.HTML, Format.JSON)).failOn(FailOn.NEVER).projectName("p")
        .build();
    try (DocsGenerator docs = new DocsGenerator(log)) {
      DocsResult result = docs.run(inputs);
      result.findings().forEach(f -> log.warn(f.format()));
    }
    DiffResult diff = new ChangeLogGenerator(log).run(new DiffRequest(inputs.toBuilder()
        .outputDirectory(base.resolve("target/diff")).build(), DiffRequest.parseBaseline("prior-state", base),
        FailOnRisk.NONE, Optional.empty(), Optional.of(Path.of("docs/changelog.adoc"))));
    diff.findings().forEach(f -> log.warn(f.format()));

    String md = Files.readString(base.resolve("target/diff/changes.md"));
    assertThat(md).as("the replacement on the password is shown, masked").contains("`password`")
        .contains("(sensitive value, changed)").contains("DATA LOSS");
    assertThat(log.lines).as("the drift is logged").anyMatch(l -> l.contains("modified outside Terraform"));
    List<Path> written;
    try (Stream<Path> files = Files.walk(base)) {
      written = files.filter(Files::isRegularFile).filter(f -> !f.equals(plan)).toList();
    }
    assertThat(written).as("docs, change log and changes were written").hasSizeGreaterThan(5);
    List<String> leaks = new ArrayList<>();
    for (Path f : written) {
      String text = Files.readString(f);
      SECRETS.stream().filter(text::contains).forEach(secret -> leaks.add(base.relativize(f) + ": " + secret));
    }
    assertThat(leaks).as("files holding a secret").isEmpty();
    for (String line : log.lines) {
      for (String secret : SECRETS) {
        assertThat(line).as("log line holds no secret").doesNotContain(secret);
      }
    }
  }

  @Test
  void aHugePlanIsBoundedByTheInputLimits() throws Exception {
    ObjectNode p = JSON.createObjectNode().put("format_version", "1.2").put("terraform_version", "1.9.8");
    ArrayNode changes = p.putArray("resource_changes");
    for (int i = 0; i < 4_000; i++) {
      ObjectNode c = changes.addObject().put("address", "aws_sqs_queue.q[" + i + "]").put("mode", "managed")
          .put("type", "aws_sqs_queue").put("name", "q").put("index", i)
          .put("provider_name", "registry.terraform.io/hashicorp/aws");
      ObjectNode ch = c.putObject("change");
      ch.putArray("actions").add("delete");
      ch.putObject("before").put("id", "q" + i).put("name", "queue-" + i);
      ch.putNull("after");
    }
    Path plan = base.resolve("src/main/terraform/plan.json");
    Files.createDirectories(plan.getParent());
    Files.writeString(plan, JSON.writeValueAsString(p));
    DocsRequest inputs = DocsRequest.builder(base).sourceDirectory(plan.getParent()).formats(Set.of(Format.MD))
        .failOn(FailOn.NEVER).projectName("p").build();
    long start = System.nanoTime();
    DiffResult diff = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs,
        DiffRequest.parseBaseline("prior-state", base), FailOnRisk.NONE, Optional.empty(), Optional.empty()));
    assertThat(diff.changes().visibleResources()).hasSize(4_000);
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md")).length())
        .isLessThanOrEqualTo(io.github.stackdocs.render.diff.ChangesMarkdown.LIMIT + 200);
    assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds").isLessThan(60_000);

    // past the templateBytes limit the plan is not read at all: a finding, no changes
    Files.writeString(plan, JSON.writeValueAsString(p) + " ".repeat(1_100_000));
    DiffResult big = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs,
        DiffRequest.parseBaseline("prior-state", base), FailOnRisk.NONE, Optional.empty(), Optional.empty()));
    assertThat(big.changes().stacks()).isEmpty();
    assertThat(big.findings()).anyMatch(f -> f.code().equals("too-large"));
  }
}
