package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs over the bundled example, one with files found by globs under the default locale and time
 * zone, one with the templates listed explicitly in shuffled order under a Turkish locale and a
 * far-away time zone, give byte-identical output in every format, HTML included.
 */
class DeterminismTest {
  private static final Path EXAMPLE = Path.of("../examples/shop/src/main/cloudformation");

  @TempDir Path tmp;

  @Test
  void shuffledInputsLocaleAndTimeZoneDoNotChangeOneByte() throws IOException {
    assertThat(EXAMPLE).isDirectory();
    Path a = copyExample(tmp.resolve("a"), false);
    Path b = copyExample(tmp.resolve("b"), true);

    Map<String, byte[]> first = run(a, List.of());

    List<TemplateSpec> shuffled = new ArrayList<>();
    try (Stream<Path> files = Files.list(b.resolve("src/main/cloudformation"))) {
      files.forEach(f -> shuffled.add(new TemplateSpec(b.relativize(f).toString(), "")));
    }
    Collections.sort(shuffled, (x, y) -> x.file().compareTo(y.file()));
    Collections.shuffle(shuffled, new Random(42));
    Collections.reverse(shuffled);

    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Map<String, byte[]> second;
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      second = run(b, shuffled);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }

    assertThat(first.keySet()).contains("index.html", "index.md", "index.adoc", "model.json");
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    for (String path : first.keySet()) {
      assertThat(new String(second.get(path), java.nio.charset.StandardCharsets.UTF_8))
          .as(path).isEqualTo(new String(first.get(path), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private Map<String, byte[]> run(Path base, List<TemplateSpec> explicit) throws IOException {
    DocsRequest request = DocsRequest.builder(base).templates(explicit).outputDirectory(Path.of("out"))
        .formats(EnumSet.allOf(Format.class)).projectName("Shop").build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(request);
    }
    Map<String, byte[]> files = new TreeMap<>();
    Path out = base.resolve("out");
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(out.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    return files;
  }

  private static Path copyExample(Path base, boolean reverse) throws IOException {
    Path dir = Files.createDirectories(base.resolve("src/main/cloudformation"));
    List<Path> sources;
    try (Stream<Path> files = Files.list(EXAMPLE)) {
      sources = new ArrayList<>(files.sorted().toList());
    }
    if (reverse) {
      Collections.reverse(sources);
    }
    for (Path f : sources) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    return base;
  }
}
