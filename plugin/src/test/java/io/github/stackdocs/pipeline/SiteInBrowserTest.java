package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's HTML site in headless Chromium, from file:// with no network: no console errors, and the
 * client-side search finds a resource by logical id. Skipped (with a log line) when Chromium is absent.
 */
class SiteInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path EXAMPLE = Path.of("../examples/shop");

  @TempDir Path tmp;

  @Test
  void searchFindsAResourceByIdAndNoPageLogsAnError() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("SiteInBrowserTest: skipped, no " + CHROMIUM + " (apt-get install chromium)");
      Assumptions.abort("no chromium");
    }
    DocsRequest request = DocsRequest.builder(EXAMPLE).outputDirectory(tmp.resolve("site"))
        .formats(EnumSet.of(Format.HTML)).failOn(FailOn.NEVER).projectName("Shop").build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(request);
    }
    Path site = tmp.resolve("site");

    Browser index = open(site.resolve("index.html"), "#search=orderstable");
    assertThat(index.dom()).contains("<a href=\"stacks/data.html#resource-orderstable\" class=\"stackdocs-result\">OrdersTable</a>");
    assertThat(index.consoleProblems()).isEmpty();

    Browser stack = open(site.resolve("stacks/api.html"), "#search=AWS::Lambda::Function");
    assertThat(stack.dom()).contains("<a href=\"../stacks/api.html#resource-ordersapifunction\" class=\"stackdocs-result\">")
        .contains("id=\"stackdocs-nav\"");
    assertThat(stack.consoleProblems()).isEmpty();
  }

  private record Browser(String dom, List<String> consoleProblems) {}

  private Browser open(Path page, String hash) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
        page.toUri() + hash)
        .redirectError(err.toFile())
        .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish");
    }
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      // page console output is logged as ":CONSOLE:" lines (script errors as "Uncaught ..."); the site logs nothing
      if (line.contains(":CONSOLE")) {
        problems.add(line);
      }
    }
    return new Browser(dom, problems);
  }
}
