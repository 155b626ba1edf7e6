package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.pipeline.Log;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Determinism check for the layout, run by hand (not a test): lays out every level of the diagrams of the quality
 * stacks, {@code examples/shop}, the diagram fixture and a sample of corpus templates, and prints one SHA-256 per
 * diagram and one over all of them. Run it in several fresh JVMs and compare the totals; with {@code threads > 1}
 * it also lays every diagram out again on that many threads, several times over, and fails on any difference.
 *
 * <pre>java -cp test-classes:classes:deps io.github.stackdocs.render.diagram.LayoutDump corpus shop threads [out]</pre>
 */
final class LayoutDump {
  private LayoutDump() {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    Path shop = Path.of(args[1]).toAbsolutePath().normalize();
    int threads = Integer.parseInt(args[2]);
    Path out = args.length > 3 ? Files.createDirectories(Path.of(args[3])) : null;
    Map<String, Diagram> diagrams = new LinkedHashMap<>();
    add(diagrams, "fixture", DiagramFixtures.project());
    add(diagrams, "shop", generate(DocsRequest.builder(shop).sourceDirectory(shop.resolve("src/main/cloudformation"))
        .outputDirectory(Files.createTempDirectory("dump")).formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER)
        .projectName("shop").mode(WriteMode.CHECK).build()));
    Path tmp = Files.createTempDirectory("dump");
    add(diagrams, "bonjour", generate(DocsRequest.builder(tmp).sourceDirectory(Files.createDirectories(tmp.resolve("s")))
        .outputDirectory(tmp.resolve("out")).formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER)
        .projectName("bonjour").mode(WriteMode.CHECK)
        .cdkOutDirectory(Optional.of(corpus.resolve("cdk/fargate-application-load-balanced-service"))).build()));
    List<Path> templates = new ArrayList<>();
    try (Stream<Path> s = Files.walk(corpus.resolve("templates/aws-cf-templates"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(templates::add);
    }
    try (Stream<Path> s = Files.walk(corpus.resolve("templates/serverless-patterns"))) {
      List<Path> sam = s.filter(p -> p.getFileName().toString().equals("template.yaml")).sorted().toList();
      for (int i = 0; i < sam.size(); i += 4) {
        templates.add(sam.get(i));
      }
    }
    for (Path t : templates) {
      String name = corpus.relativize(t).toString().replaceAll("[^A-Za-z0-9]+", "_");
      ReadResult r = new CfnTemplateReader().read(t.getFileName().toString(), "s",
          Files.readString(t, StandardCharsets.UTF_8));
      if (r.stack().isPresent()) {
        add(diagrams, name, new Project(name, List.of(r.stack().get())));
      }
    }
    Map<String, String> svgs = new LinkedHashMap<>();
    Map<String, Integer> crossings = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    for (Map.Entry<String, Diagram> e : diagrams.entrySet()) {
      Layout layout = ElkLayout.layout(e.getValue());
      svgs.put(e.getKey(), SvgWriter.write(layout));
      crossings.put(e.getKey(), DiagramQuality.of(layout).crossings());
    }
    long t1 = System.nanoTime();
    MessageDigest all = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, String> e : svgs.entrySet()) {
      byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
      all.update(bytes);
      if (out != null) {
        Files.write(out.resolve(e.getKey() + ".svg"), bytes);
        System.out.println(sha(bytes) + "  " + e.getKey() + " " + crossings.get(e.getKey()));
      }
    }
 System.out.println("crossings " + crossings.values().stream().mapToInt(Integer::intValue).sum());
    System.out.println("diagrams " + svgs.size() + " laid out in " + (t1 - t0) / 1_000_000 + " ms, total sha256 "
        + HexFormat.of().formatHex(all.digest()));
    if (threads > 1) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      int differ = 0;
      for (int round = 0; round < 3; round++) {
        List<Map.Entry<String, Future<String>>> futures = new ArrayList<>();
        for (Map.Entry<String, Diagram> e : diagrams.entrySet()) {
          futures.add(Map.entry(e.getKey(), pool.submit(() -> SvgRenderer.render(e.getValue()))));
        }
        for (Map.Entry<String, Future<String>> f : futures) {
          if (!f.getValue().get().equals(svgs.get(f.getKey()))) {
            differ++;
            System.out.println("DIFFERS on " + threads + " threads, round " + round + ": " + f.getKey());
          }
        }
      }
      pool.shutdown();
      System.out.println("parallel: " + threads + " threads x 3 rounds x " + svgs.size() + " diagrams, " + differ
          + " differ from the sequential layout");
      if (differ > 0) {
        System.exit(1);
      }
    }
  }

  private static void add(Map<String, Diagram> diagrams, String name, Project p) {
    DiagramSet set = DiagramSet.build(p, DependencyGraph.build(p), DiagramLevel.DEFAULT, true);
    for (var s : p.stacks()) {
      StackDiagrams d = set.stack(s.name()).orElseThrow();
      for (DiagramLevel level : DiagramLevel.values()) {
        diagrams.put(name + "-" + s.name() + "-" + level.slug(), d.level(level));
      }
    }
    diagrams.put(name + "-system", set.system());
  }

  private static Project generate(DocsRequest request) {
    return new DocsGenerator(Log.silent()).generate(request).project();
  }

  private static String sha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
