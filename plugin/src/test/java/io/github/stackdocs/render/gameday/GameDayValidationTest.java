package io.github.stackdocs.render.gameday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.findings.CatalogValidator;
import io.github.stackdocs.analyze.findings.ReferenceValidator;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.runbook.RunbookUnits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 22, must show: every game-day stub passes the project's own CloudFormation validation (reading, the type
 * catalog with required properties and value kinds, references) and names only resources that exist: for
 * examples/shop (generated from its templates, and the committed ones its build writes) and for every template of
 * the shared corpus that yields stubs (skipped without the corpus).
 */
class GameDayValidationTest {
  private static final Path SHOP = Path.of("../examples/shop");
  private static final CfnTemplateReader READER = new CfnTemplateReader();
  private static final CatalogValidator CATALOG = new CatalogValidator(ResourceCatalog.bundled(), Severity.INFO);
  private static final ReferenceValidator REFERENCES = new ReferenceValidator();

  /** The problems of one stub: validation findings, and names of resources the project does not have. */
  static List<String> problems(Project project, GameDay day) {
    List<String> problems = new ArrayList<>();
    ReadResult read = READER.read(day.path(), "stub", day.yaml());
    read.findings().forEach(f -> problems.add(day.path() + ": " + f.format()));
    if (read.stack().isEmpty()) {
      problems.add(day.path() + ": not read as a template");
      return problems;
    }
    Stack stub = read.stack().get();
    CATALOG.validate(stub).forEach(f -> problems.add(day.path() + ": " + f.format()));
    REFERENCES.validate(stub).forEach(f -> problems.add(day.path() + ": " + f.format()));
    Resource experiment = stub.resource("Experiment").orElseThrow();
    assertThat(experiment.type()).isEqualTo("AWS::FIS::ExperimentTemplate");
    List<String> named = new ArrayList<>(day.targets());
    Node.MapNode note = (Node.MapNode) ((Node.MapNode) stub.metadata().orElseThrow()).get("StackdocsGameDay");
    for (String list : List.of("Targets", "StopAlarms", "ExpectedAlarms")) {
      ((Node.ListNode) note.get(list)).items().forEach(i -> named.add(Node.text(i).orElseThrow()));
    }
    Node.MapNode targets = (Node.MapNode) experiment.properties().get("Targets");
    for (Node t : targets.entries().values()) {
      Node tags = ((Node.MapNode) t).get("ResourceTags");
      if (tags instanceof Node.MapNode m && m.has("aws:cloudformation:logical-id")) {
        String id = Node.text(m.get("aws:cloudformation:logical-id")).orElseThrow();
        if (day.targets().stream().noneMatch(n -> n.endsWith("/" + id))) {
          problems.add(day.path() + ": target tag names " + id + ", which is not among its targets");
        }
      }
    }
    for (String n : named) {
      int slash = n.lastIndexOf('/');
      if (project.stack(n.substring(0, slash)).flatMap(s -> s.resource(n.substring(slash + 1))).isEmpty()) {
        problems.add(day.path() + ": names " + n + ", which is not in the templates");
      }
    }
    assertThat(day.yaml()).as(day.path()).contains("never run by stackdocs");
    return problems;
  }

  static List<GameDay> stubs(Project project) {
    DependencyGraph graph = DependencyGraph.build(project);
    return GameDays.of(project, graph, AlarmResolver.resolve(project, graph), RunbookUnits.of(project, graph));
  }

  private static Project shop() throws IOException {
    List<Stack> stacks = new ArrayList<>();
    for (String name : List.of("network.yaml", "data.json", "api.yaml")) {
      Path file = SHOP.resolve("src/main/cloudformation").resolve(name);
      stacks.add(READER.read(file.toString(), name.substring(0, name.indexOf('.')), Files.readString(file)).stack()
          .orElseThrow());
    }
    return new Project("shop", stacks);
  }

  @Test
  void shopStubsPassValidationAndNameOnlyItsResources() throws IOException {
    Project shop = shop();
    List<GameDay> days = stubs(shop);
    assertThat(days).extracting(GameDay::path).containsExactly(
        "gamedays/api/OrderProcessorFunction-errors-rise-after-a-deployment.yaml",
        "gamedays/api/OrderProcessorFunction-timeouts.yaml",
        "gamedays/api/OrdersApiFunction-errors-rise-after-a-deployment.yaml",
        "gamedays/api/OrdersApiFunction-timeouts.yaml",
        "gamedays/data/OrderEventsQueue-backlog-grows.yaml",
        "gamedays/network/PrivateSubnetA-its-dependents-in-other-stacks-fail.yaml",
        "gamedays/network/PrivateSubnetB-its-dependents-in-other-stacks-fail.yaml");
    List<String> problems = new ArrayList<>();
    days.forEach(d -> problems.addAll(problems(shop, d)));
    assertThat(problems).isEmpty();
    // the committed stubs, which the example's build writes with its environments and snapshot, pass too
    Map<String, String> committed = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SHOP.resolve("docs/gamedays"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        committed.put("gamedays/" + SHOP.resolve("docs/gamedays").relativize(f).toString().replace('\\', '/'),
            Files.readString(f));
      }
    }
    assertThat(committed.keySet()).containsExactlyElementsOf(days.stream().map(GameDay::path).toList());
    for (GameDay d : days) {
      GameDay written = new GameDay(d.runbookPath(), d.scenario(), d.path(), d.targets(), committed.get(d.path()));
      assertThat(problems(shop, written)).isEmpty();
    }
  }

  @Test
  void aStubThatNamesAMissingResourceOrLacksARequiredPropertyFails() throws IOException {
    Project shop = shop();
    GameDay day = stubs(shop).get(0);
    GameDay broken = new GameDay(day.runbookPath(), day.scenario(), day.path(), day.targets(), day.yaml()
        .replace("      RoleArn: !Ref \"ExperimentRoleArn\"\n", "")
        .replace("\"aws:cloudformation:logical-id\": \"OrderProcessorFunction\"",
            "\"aws:cloudformation:logical-id\": \"Ghost\"")
        .replace("- \"api/OrdersApi5xxAlarm\"", "- \"api/GhostAlarm\""));
    assertThat(problems(shop, broken)).anySatisfy(p -> assertThat(p).contains("RoleArn"))
        .anySatisfy(p -> assertThat(p).contains("target tag names Ghost"))
        .anySatisfy(p -> assertThat(p).contains("names api/GhostAlarm, which is not in the templates"));
  }

  @Test
  void everyCorpusTemplateThatYieldsStubsPassesValidation() throws IOException {
    Path corpus = io.github.stackdocs.Corpus.rootOrSkip("GameDayValidationTest");
    int templates = 0;
    int withStubs = 0;
    int stubs = 0;
    Map<String, Integer> byScenario = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (String p : io.github.stackdocs.Corpus.lines(corpus, "good.txt")) {
      ReadResult r = READER.read(corpus.resolve(p).toString(), "corpus", Files.readAllBytes(corpus.resolve(p)));
      if (r.stack().isEmpty()) {
        continue;
      }
      templates++;
      Project project = new Project("corpus", List.of(r.stack().get()));
      List<GameDay> days = stubs(project);
      if (!days.isEmpty()) {
        withStubs++;
      }
      for (GameDay d : days) {
        stubs++;
        byScenario.merge(d.scenario(), 1, Integer::sum);
        problems(project, d).forEach(x -> problems.add(p + " -> " + x));
      }
    }
    System.out.printf(java.util.Locale.ROOT, "GameDayValidationTest corpus: %d templates read, %d with stubs, %d"
        + " stubs %s, %d problems%n", templates, withStubs, stubs, byScenario, problems.size());
    assertThat(withStubs).isGreaterThan(10);
    assertThat(problems).isEmpty();
  }
}
