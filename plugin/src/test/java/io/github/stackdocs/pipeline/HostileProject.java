package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.html.HtmlRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A project made of hostile inputs, for the hostile-input tests: everything lives under one temporary root, the
 * project in {@code <root>/project} and files no run may read or write in {@code <root>/outside}. A run goes through
 * the whole pipeline ({@link DocsGenerator}: every format, HTML included, and runbooks) and records what it logged,
 * what it found and what it threw, so a test can look for leaks in all of it.
 *
 * <p>One {@link DocsGenerator} (and so one AsciidoctorJ runtime, ~7 s to start) serves every hostile test of the
 * JVM; it is only ever used from one thread at a time (JUnit runs these classes sequentially).
 */
final class HostileProject {
  /** A text planted in every file outside the project; no output, log or message may ever contain it. */
  static final String OUTSIDE_MARKER = "OUTSIDE-MARKER-7f3a";

  final Path root;
  final Path base;
  final Path outside;

  HostileProject(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.base = this.root.resolve("project");
    this.outside = this.root.resolve("outside");
    try {
      Files.createDirectories(base.resolve("src/main/cloudformation"));
      Files.createDirectories(outside.resolve("etc"));
      String secretTemplate = "Description: " + OUTSIDE_MARKER + "\nResources:\n  OutsideTopic:\n"
          + "    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: " + OUTSIDE_MARKER + "\n";
      Files.writeString(outside.resolve("etc/passwd"), "root:x:0:0:" + OUTSIDE_MARKER + ":/root:/bin/sh\n");
      Files.writeString(outside.resolve("secret.yaml"), secretTemplate);
      Files.writeString(outside.resolve("secret.json"), "{\"Description\": \"" + OUTSIDE_MARKER
          + "\", \"Resources\": {\"OutsideTopic\": {\"Type\": \"AWS::SNS::Topic\"}}}");
      Files.writeString(outside.resolve("x.template.json"), "{\"Description\": \"" + OUTSIDE_MARKER
          + "\", \"Resources\": {\"OutsideTopic\": {\"Type\": \"AWS::SNS::Topic\"}}}");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file of the project (relative to the base directory), creating its folders. */
  Path file(String relative, String text) {
    return file(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  Path file(String relative, byte[] bytes) {
    Path file = base.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes a template into the default source folder. */
  Path template(String name, String text) {
    return file("src/main/cloudformation/" + name, text);
  }

  /** A symbolic link at {@code relative} (in the project) pointing to {@code target}. */
  Path link(String relative, Path target) {
    Path link = base.resolve(relative);
    try {
      Files.createDirectories(link.getParent());
      return Files.createSymbolicLink(link, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The settings of every hostile run: all formats, runbooks on, output in {@code docs}, never failing on findings. */
  DocsRequest.Builder request() {
    return DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.allOf(Format.class))
        .failOn(FailOn.NEVER).projectName("hostile").runbookDirectory(Optional.of(Path.of("src/docs/runbooks")));
  }

  /** Runs the pipeline with {@link #request()}. */
  Run run() {
    return run(request().build());
  }

  /** Runs the pipeline; whatever happens (a result or an exception) is recorded with the log lines. */
  Run run(DocsRequest request) {
    Shared shared = Shared.get();
    List<String> log = new ArrayList<>();
    shared.log.sink(log);
    long start = System.nanoTime();
    try {
      DocsResult result = shared.generator.run(request);
      return new Run(Optional.of(result), Optional.empty(), log, (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      return new Run(Optional.empty(), Optional.of(e), log, (System.nanoTime() - start) / 1_000_000);
    } finally {
      shared.log.sink(null);
    }
  }

  /** The HTML renderer the shared generator uses (to turn runbooks into HTML too). */
  static HtmlRenderer html() {
    return Shared.get().html;
  }

  /** What a run did. */
  record Run(Optional<DocsResult> result, Optional<RuntimeException> failure, List<String> log, long millis) {
    /** The findings of the run, whether it wrote or failed on them. */
    List<Finding> findings() {
      if (result.isPresent()) {
        return result.get().findings();
      }
      return failure.filter(InvalidInputException.class::isInstance)
          .map(e -> ((InvalidInputException) e).findings()).orElse(List.of());
    }

    /** Everything a user could see: the log, the findings as printed, and the exception's message chain. */
    String text() {
      StringBuilder b = new StringBuilder();
      log.forEach(l -> b.append(l).append('\n'));
      findings().forEach(f -> b.append(f.format()).append('\n'));
      for (Throwable t = failure.orElse(null); t != null; t = t.getCause()) {
        b.append(t.getMessage()).append('\n');
        if (t.getCause() == t) {
          break;
        }
      }
      return b.toString();
    }

    DocsResult ok() {
      if (failure.isPresent()) {
        throw new AssertionError("the run failed", failure.get());
      }
      return result.orElseThrow();
    }
  }

  /** Every regular file and link under the root (links not followed), relative path → content hash. */
  Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String relative = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          files.put(relative, "link to " + Files.readSymbolicLink(p));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(relative, sha256(Files.readAllBytes(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The files that differ between two {@link #files()} listings (added, removed or changed). */
  static List<String> changed(Map<String, String> before, Map<String, String> after) {
    TreeMap<String, String> all = new TreeMap<>(before);
    all.putAll(after);
    return all.keySet().stream().filter(k -> !java.util.Objects.equals(before.get(k), after.get(k))).toList();
  }

  /** The files a run wrote: the output folder and the runbook folder. */
  List<Path> outputs() {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(base.resolve("docs"), base.resolve("src/docs/runbooks"))) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** A written file's text (relative to the base directory). */
  String read(String relative) {
    try {
      return Files.readString(base.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The generator (and its HTML renderer) every hostile test shares; stopped when the JVM ends. */
  private static final class Shared {
    private static Shared instance;

    final RecordingLog log = new RecordingLog(null);
    final HtmlRenderer html = new HtmlRenderer();
    final DocsGenerator generator = new DocsGenerator(log, () -> html);

    static synchronized Shared get() {
      if (instance == null) {
        instance = new Shared();
        Runtime.getRuntime().addShutdownHook(new Thread(instance.html::close, "stackdocs-hostile-html-close"));
      }
      return instance;
    }
  }
}
