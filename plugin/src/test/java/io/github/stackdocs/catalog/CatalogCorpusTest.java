package io.github.stackdocs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.findings.CatalogValidator;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the catalog validator over the shared real-world corpus; skipped when it is absent. */
class CatalogCorpusTest {
  private static Path corpus;
  private final CfnTemplateReader reader = new CfnTemplateReader();
  private final CatalogValidator validator = new CatalogValidator(ResourceCatalog.bundled(), Severity.WARN);

  @BeforeAll
  static void locate() {
    corpus = io.github.stackdocs.Corpus.rootOrSkip("CatalogCorpusTest");
  }

  @Test
  void goodTemplatesByFindingCode() throws IOException {
    List<String> paths = io.github.stackdocs.Corpus.lines(corpus, "good.txt");
    long start = System.nanoTime();
    List<Finding> findings = new ArrayList<>();
    int stacks = 0;
    for (String p : paths) {
      ReadResult r = read(corpus.resolve(p), p);
      if (r.stack().isPresent()) {
        stacks++;
        findings.addAll(validator.validate(r.stack().get()));
      }
    }
    System.out.printf(java.util.Locale.ROOT, "CatalogCorpusTest good: %d templates, %d stacks, %d findings, %d ms%n",
        paths.size(), stacks, findings.size(), (System.nanoTime() - start) / 1_000_000);
    System.out.println("  findings by code: " + byCode(findings));
    if (Boolean.getBoolean("stackdocs.corpus.verbose")) {
      findings.stream().sorted().forEach(f -> System.out.println("  " + f.format()));
    }
    System.out.println("  of them inside properties: " + byCode(insideProperties(findings)));
    assertThat(stacks).isGreaterThan(paths.size() * 9 / 10);
  }

  /**
   * CDK-synthesized templates are valid by construction (the CDK's L1 classes follow the same specification): any
   * finding inside their properties is a false positive of the value checks.
   */
  @Test
  void cdkSynthesizedTemplatesRaiseNothingInsideProperties() throws IOException {
    Path dir = corpus.resolve("cdk");
    Assumptions.assumeTrue(Files.isDirectory(dir), "cdk assemblies absent");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(f -> f.toString().endsWith(".template.json") && Files.isRegularFile(f)).sorted().toList();
    }
    List<Finding> findings = new ArrayList<>();
    for (Path f : files) {
      ReadResult r = read(f, corpus.relativize(f).toString().replace('\\', '/'));
      r.stack().ifPresent(s -> findings.addAll(insideProperties(validator.validate(s))));
    }
    System.out.printf("CatalogCorpusTest cdk: %d templates, inside properties: %s%n", files.size(), byCode(findings));
    assertThat(files).hasSizeGreaterThan(20);
    assertThat(findings).isEmpty();
  }

  /** cfn-lint's fixtures of invalid templates: what the value checks find there (true positives, mostly). */
  @Test
  void cfnLintBadFixturesInsideProperties() throws IOException {
    List<String> paths = io.github.stackdocs.Corpus.lines(corpus, "bad-semantic.tsv").stream()
        .map(l -> l.split("\t")[0]).filter(p -> p.startsWith("templates/cfn-lint/")).toList();
    List<Finding> findings = new ArrayList<>();
    for (String p : paths) {
      read(corpus.resolve(p), p).stack().ifPresent(s -> findings.addAll(insideProperties(validator.validate(s))));
    }
    System.out.printf("CatalogCorpusTest cfn-lint bad: %d templates, inside properties: %s%n", paths.size(),
        byCode(findings));
    if (Boolean.getBoolean("stackdocs.corpus.verbose")) {
      findings.stream().sorted().forEach(f -> System.out.println("  " + f.format()));
    }
    assertThat(findings).extracting(Finding::code).contains(CatalogValidator.UNKNOWN_PROPERTY,
        CatalogValidator.MISSING_REQUIRED_PROPERTY, "invalid-property-value");
  }

  /** Findings of the checks inside property values: their messages name a path after the resource. */
  private static List<Finding> insideProperties(List<Finding> findings) {
    return findings.stream().filter(f -> f.message().matches("resource '[^']*' \\([^)]*\\): '.*")).toList();
  }

  @Test
  void samTranslatorOutputHasNoUnknownTypes() throws IOException {
    Path dir = corpus.resolve("templates/sam-translator/tests/translator/output");
    Assumptions.assumeTrue(Files.isDirectory(dir), "sam-translator outputs absent");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList();
    }
    List<Finding> findings = new ArrayList<>();
    for (Path f : files) {
      ReadResult r = read(f, corpus.relativize(f).toString().replace('\\', '/'));
      r.stack().ifPresent(s -> findings.addAll(validator.validate(s)));
    }
    System.out.printf("CatalogCorpusTest sam-translator: %d templates, findings by code: %s%n",
        files.size(), byCode(findings));
    findings.stream().filter(f -> !f.code().equals(CatalogValidator.UNKNOWN_TYPE)).sorted()
        .forEach(f -> System.out.println("  " + f.format()));
    assertThat(files).hasSizeGreaterThan(100);
    List<Finding> unknownTypes =
        findings.stream().filter(f -> f.code().equals(CatalogValidator.UNKNOWN_TYPE)).toList();
    unknownTypes.forEach(f -> System.out.println("  " + f.format()));
    assertThat(unknownTypes)
        .as("unknown-type findings other than the translator's deliberately made-up test types")
        .filteredOn(f -> FIXTURE_TYPES.stream().noneMatch(t -> f.message().contains("'" + t + "'")))
        .isEmpty();
  }

  /**
   * Types the SAM translator's tests invent to check that it passes unknown types through
   * (schema_validation_3, unsupported_resources, connector_dependson_replace); CloudFormation would reject them,
   * so flagging them is right.
   */
  private static final List<String> FIXTURE_TYPES = List.of("AWS::Foo::Bar", "AWS::Other::ABCD");

  private ReadResult read(Path file, String display) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return reader.read(new TemplateSource(file, display, dot > 0 ? name.substring(0, dot) : name));
  }

  private static Map<String, Integer> byCode(List<Finding> findings) {
    Map<String, Integer> out = new TreeMap<>();
    findings.forEach(f -> out.merge(f.code(), 1, Integer::sum));
    return out;
  }
}
