package io.github.stackdocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's pull-request workflow: its comment step runs the committed script, which is run here as the workflow
 * runs it, against a stub of GitHub's REST API: the first run posts {@code changes.md} as a comment, the next run
 * updates that comment (found past the first page of other comments) instead of adding another.
 */
class PullRequestCommentTest {
  private static final Path EXAMPLE = Path.of("../examples/shop");
  private static final Path WORKFLOW = EXAMPLE.resolve(".github/workflows/stackdocs-diff.yml");
  private static final String MARKER = "<!-- stackdocs-diff -->";
  private static final Path GITLAB_CI = EXAMPLE.resolve(".gitlab-ci.yml");
  private static final String GITLAB_NOTES = "/api/v4/projects/7/merge_requests/42/notes";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private HttpServer server;
  private final Map<Long, String> comments = new TreeMap<>();
  private final List<String> requests = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String> tokens = new ArrayList<>();

  @BeforeEach
  void stubApi() throws IOException {
    for (long id = 1; id <= 150; id++) {
      comments.put(id, id == 3 ? "mentions " + MARKER + " but does not start with it" : "review comment " + id);
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private synchronized void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String query = x.getRequestURI().getQuery();
    requests.add(x.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
    tokens.add(String.valueOf(x.getRequestHeaders().getFirst(path.startsWith("/api/v4/") ? "PRIVATE-TOKEN"
        : "Authorization")));
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String reply = "{}";
    int status = 200;
    if (x.getRequestMethod().equals("GET") && path.equals("/repos/shop/infra/issues/42/comments")) {
      int page = Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1"));
      ArrayNode list = JSON.createArrayNode();
      comments.entrySet().stream().skip((page - 1) * 100L).limit(100)
          .forEach(e -> list.addObject().put("id", e.getKey()).put("body", e.getValue()));
      reply = list.toString();
    } else if (x.getRequestMethod().equals("POST") && path.equals("/repos/shop/infra/issues/42/comments")) {
      bodies.add(body);
      long id = comments.size() + 1L;
      comments.put(id, JSON.readTree(body).get("body").asText());
      status = 201;
    } else if (x.getRequestMethod().equals("GET") && path.equals(GITLAB_NOTES)) {
      int page = Integer.parseInt(query.replaceAll(".*page=(\\d+).*", "$1"));
      ArrayNode list = JSON.createArrayNode();
      comments.entrySet().stream().skip((page - 1) * 100L).limit(100)
          .forEach(e -> list.addObject().put("id", e.getKey()).put("body", e.getValue()));
      reply = list.toString();
    } else if (x.getRequestMethod().equals("POST") && path.equals(GITLAB_NOTES)) {
      bodies.add(body);
      comments.put(comments.size() + 1L, JSON.readTree(body).get("body").asText());
      status = 201;
    } else if (x.getRequestMethod().equals("PUT") && path.startsWith(GITLAB_NOTES + "/")) {
      bodies.add(body);
      comments.put(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)), JSON.readTree(body).get("body").asText());
    } else if (x.getRequestMethod().equals("PATCH") && path.startsWith("/repos/shop/infra/issues/comments/")) {
      bodies.add(body);
      long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
      comments.put(id, JSON.readTree(body).get("body").asText());
    } else {
      status = 404;
    }
    byte[] bytes = reply.getBytes(StandardCharsets.UTF_8);
    x.sendResponseHeaders(status, bytes.length);
    x.getResponseBody().write(bytes);
    x.close();
  }

  @Test
  void theWorkflowPostsChangesMdOnceAndUpdatesThatCommentOnTheNextPush() throws Exception {
    assumeTrue(Files.isRegularFile(WORKFLOW), "the example is not beside the plugin");
    assumeTrue(onPath("bash") && onPath("curl") && onPath("jq"), "bash, curl and jq are needed to run the script");
    JsonNode step = commentStep();
    String file = step.get("if").asText().replaceAll(".*hashFiles\\('([^']+)'\\).*", "$1");
    assertThat(file).isEqualTo("target/stackdocs-diff/changes.md");
    assertThat(step.get("run").asText()).isEqualTo(".github/scripts/stackdocs-comment.sh " + file);
    assertThat(step.get("env").get("GITHUB_TOKEN").asText()).isEqualTo("${{ github.token }}");

    String first = "## stackdocs: 2 resources changed\n\n- **DATA LOSS** `data / OrdersTable`: \"TableName\" → `orders-v2`\n";
    assertThat(runStep(step, file, first)).isZero();
    assertThat(requests).containsExactly(
        "GET /repos/shop/infra/issues/42/comments?per_page=100&page=1",
        "GET /repos/shop/infra/issues/42/comments?per_page=100&page=2",
        "POST /repos/shop/infra/issues/42/comments");
    assertThat(JSON.readTree(bodies.get(0)).get("body").asText()).isEqualTo(MARKER + "\n" + first);
    assertThat(tokens).containsOnly("Bearer job-token");

    requests.clear();
    String second = "## stackdocs: no changes\n\n`tab\tand backslash \\` stay as written\n";
    assertThat(runStep(step, file, second)).isZero();
    assertThat(requests).containsExactly(
        "GET /repos/shop/infra/issues/42/comments?per_page=100&page=1",
        "GET /repos/shop/infra/issues/42/comments?per_page=100&page=2",
        "PATCH /repos/shop/infra/issues/comments/151");
    assertThat(comments.get(151L)).isEqualTo(MARKER + "\n" + second);
    assertThat(comments.values()).filteredOn(c -> c.startsWith(MARKER)).hasSize(1);
    assertThat(comments).hasSize(151);
  }

  @Test
  void theGitLabJobPostsChangesMdOnceAndUpdatesThatNoteOnTheNextPush() throws Exception {
    assumeTrue(Files.isRegularFile(GITLAB_CI), "the example is not beside the plugin");
    assumeTrue(onPath("bash") && onPath("curl") && onPath("jq"), "bash, curl and jq are needed to run the script");
    JsonNode job = new YAMLMapper().readTree(GITLAB_CI.toFile()).get("stackdocs-diff");
    String diff = job.get("script").get(1).asText();
    assertThat(diff).startsWith("mvn -B stackdocs:diff ").contains("-Dstackdocs.failOnRisk=DATA_LOSS");
    String command = job.get("after_script").get(0).asText();
    assertThat(command).isEqualTo("if [ -f target/stackdocs-diff/changes.md ]; then .gitlab/stackdocs-note.sh"
        + " target/stackdocs-diff/changes.md; fi");
    Map<String, String> env = Map.of("STACKDOCS_GITLAB_TOKEN", "project-token", "CI_PROJECT_ID", "7",
        "CI_MERGE_REQUEST_IID", "42", "CI_API_V4_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v4");

    String first = "## stackdocs: 1 resource changed\n\n| `Jobs` | `VisibilityTimeout`: `30` → `60` |\n";
    run(".gitlab/stackdocs-note.sh", command, env, "target/stackdocs-diff/changes.md", first);
    assertThat(requests).containsExactly("GET " + GITLAB_NOTES + "?per_page=100&page=1",
        "GET " + GITLAB_NOTES + "?per_page=100&page=2", "POST " + GITLAB_NOTES);
    assertThat(JSON.readTree(bodies.get(0)).get("body").asText()).isEqualTo(MARKER + "\n" + first);
    assertThat(tokens).containsOnly("project-token");

    requests.clear();
    String second = "## stackdocs: no changes\n";
    run(".gitlab/stackdocs-note.sh", command, env, "target/stackdocs-diff/changes.md", second);
    assertThat(requests).last().isEqualTo("PUT " + GITLAB_NOTES + "/151");
    assertThat(comments.get(151L)).isEqualTo(MARKER + "\n" + second);
    assertThat(comments.values()).filteredOn(c -> c.startsWith(MARKER)).hasSize(1);
  }

  /** Runs the step's command in a copy of the example's {@code .github} folder, with the step's environment. */
  private int runStep(JsonNode step, String file, String changes) throws Exception {
    return run(".github/scripts/stackdocs-comment.sh", step.get("run").asText(), Map.of("GITHUB_TOKEN", "job-token",
        "PR_NUMBER", "42", "GITHUB_REPOSITORY", "shop/infra",
        "GITHUB_API_URL", "http://127.0.0.1:" + server.getAddress().getPort()), file, changes);
  }

  /** Runs {@code command} in a checkout holding the example's {@code script} and {@code file}, with {@code env}. */
  private int run(String script, String command, Map<String, String> env, String file, String changes)
      throws Exception {
    Path work = dir.resolve("checkout");
    Path copy = work.resolve(script);
    Files.createDirectories(copy.getParent());
    Files.copy(EXAMPLE.resolve(script), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
    Files.createDirectories(work.resolve(file).getParent());
    Files.writeString(work.resolve(file), changes);
    ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-c", command).directory(work.toFile())
        .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return p.exitValue() == 0 ? 0 : failWith(p.exitValue());
  }

  private int failWith(int code) throws IOException {
    throw new AssertionError("exit " + code + ": " + Files.readString(dir.resolve("out.txt")));
  }

  private static JsonNode commentStep() throws IOException {
    JsonNode steps = new YAMLMapper().readTree(WORKFLOW.toFile()).get("jobs").get("diff").get("steps");
    for (JsonNode s : steps) {
      if (s.path("run").asText().contains("stackdocs-comment.sh")) {
        return s;
      }
    }
    throw new AssertionError("no step runs stackdocs-comment.sh in " + WORKFLOW);
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }
}
