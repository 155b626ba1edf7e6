package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No output of a corpus run leaves a property out or elides a value: no "And N more properties", no {@code […} or
 * {@code {…} summary, in AsciiDoc, Markdown, model.json or HTML. The sample: every widdix template as one project
 * (HTML included), and every 20th template of good.txt on its own. Skips, with a line in the log, when
 * ../shared/corpus is absent.
 */
class NoElisionCorpusTest {
  /** What a summarized or left-out value looked like; in AsciiDoc and HTML the brackets are character references. */
  private static final Pattern ELIDED = Pattern.compile(
      "more propert|(\\[|\\{|&#91;|&#123;)…|…\\d+ (key|item)");

  @Test
  void aCorpusRunShowsEveryPropertyWhole() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("NoElisionCorpusTest");
    List<String> good = io.github.stackdocs.Corpus.lines(corpus, "good.txt");
    Path emptySource = Files.createTempDirectory("stackdocs-elision-src");
    List<String> hits = new ArrayList<>();
    int documents = 0;
    int properties = 0;
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      List<TemplateSpec> widdix = good.stream().filter(p -> p.startsWith("templates/aws-cf-templates/"))
          .map(p -> new TemplateSpec(p, p.substring("templates/aws-cf-templates/".length()).replaceAll("\\W+", "-")))
          .toList();
      assertThat(widdix).hasSizeGreaterThan(30);
      DocsGenerator.Generation g = generator.generate(request(corpus, emptySource, widdix));
      List<Document> all = new ArrayList<>(g.documents());
      properties += g.project().stacks().stream().mapToInt(s -> s.resources().stream()
          .mapToInt(r -> r.properties().size()).sum()).sum();
      documents += scan("widdix", all, hits);
      for (int i = 0; i < good.size(); i += 20) {
        String path = good.get(i);
        DocsGenerator.Generation one = generator.generate(request(corpus, emptySource,
            List.of(new TemplateSpec(path, "stack"))));
        documents += scan(path, one.documents(), hits);
      }
    }
    System.out.printf(java.util.Locale.ROOT, "[corpus] no elision: %d documents scanned (widdix: %d properties)%n",
        documents, properties);
    assertThat(properties).isGreaterThan(1000);
    assertThat(hits).isEmpty();
  }

  private static DocsRequest request(Path corpus, Path source, List<TemplateSpec> templates) {
    return DocsRequest.builder(corpus).sourceDirectory(source).templates(templates).outputDirectory(Path.of("unused"))
        .formats(EnumSet.of(Format.ADOC, Format.MD, Format.JSON, Format.HTML)).failOn(FailOn.NEVER).projectName("corpus")
        .runbookDirectory(Optional.empty()).mode(WriteMode.CHECK).build();
  }

  /** Adds a line per elided value found; returns how many documents it read. */
  private static int scan(String run, List<Document> documents, List<String> hits) {
    for (Document d : documents) {
      var m = ELIDED.matcher(d.content());
      if (m.find()) {
        int at = m.start();
        String context = d.content().substring(Math.max(0, at - 60), Math.min(d.content().length(), at + 40));
        hits.add(run + ": " + d.path() + ": " + context.replace('\n', ' '));
      }
    }
    return documents.size();
  }
}
