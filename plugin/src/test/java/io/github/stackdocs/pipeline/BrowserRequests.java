package io.github.stackdocs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The network requests a page from disk makes in headless Chromium, read from Chromium's network log
 * ({@code --log-net-log}). Loads from disk ({@code file:}) are not network requests and are not in the log. The log
 * also holds the browser's own traffic (network time, account and search-service calls), which no flag switches off
 * in every version: a request is the page's when its network isolation key is the page's site ({@code file://}).
 */
final class BrowserRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The page's requests, and every network request in the log (the browser's own too). */
  record Seen(List<String> page, List<String> all) {}

  private BrowserRequests() {}

  /** What the page at {@code page} asked for; {@code tmp} holds the profile and the log. */
  static Seen of(Path chromium, Path page, Path tmp) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path log = Files.createTempFile(tmp, "netlog", ".json");
    Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--log-net-log=" + log, "--virtual-time-budget=3000", "--dump-dom",
        page.toUri().toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish on " + page);
    }
    JsonNode root = JSON.readTree(log.toFile());
    int startJob = root.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
    TreeSet<String> mine = new TreeSet<>();
    TreeSet<String> all = new TreeSet<>();
    for (JsonNode event : root.path("events")) {
      JsonNode params = event.path("params");
      String url = params.path("url").asText("");
      if (event.path("type").asInt() != startJob || url.isEmpty() || url.startsWith("file:")) {
        continue;
      }
      all.add(url);
      if (params.path("network_isolation_key").asText("").startsWith("file://")) {
        mine.add(url);
      }
    }
    return new Seen(List.copyOf(mine), List.copyOf(all));
  }
}
