package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.ServiceProfile;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.AnnotationView;
import io.github.stackdocs.render.view.FileNames;
import io.github.stackdocs.render.view.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Renders the runbooks {@link RunbookUnits} decides on (per resource with an operational surface, per CDK
 * construct, per SAM resource) from {@code runbook/runbook.ftl} and the service part
 * {@code runbook/service/<service>.ftl} ({@code generic} for resources without a {@link ServiceProfile}).
 * Deterministic.
 */
public final class RunbookRenderer {
  /** The layout every runbook is rendered from. */
  public static final String TEMPLATE = "runbook/runbook.ftl";
  private static final Pattern SAFE_URL = Pattern.compile("https://docs\\.aws\\.amazon\\.com/[A-Za-z0-9/._-]+");

  private final TemplateEngine engine;
  private final ResourceCatalog catalog;

  public RunbookRenderer(TemplateEngine engine, ResourceCatalog catalog) {
    this.engine = engine;
    this.catalog = catalog;
  }

  /** The runbooks of the project ({@link RunbookUnits}), sorted by path. */
  public List<Document> render(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms) {
    return render(project, graph, alarms, RunbookUnits.of(project, graph));
  }

  /** As above, for the units {@link RunbookUnits#of} gave for this project and graph. */
  public List<Document> render(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<RunbookUnit> units) {
    return render(project, graph, alarms, units, ScenarioLinks.NONE);
  }

  /** As above; each runbook's failure scenarios link their game-day stubs ({@code links}). */
  public List<Document> render(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<RunbookUnit> units, ScenarioLinks links) {
    List<Document> docs = new ArrayList<>();
    for (RunbookUnit unit : units) {
      Stack stack = project.stack(unit.stack()).orElseThrow();
      RunbookView view = view(project, graph, stack, unit,
          alarms.getOrDefault(new NodeId(stack.name(), unit.primary().logicalId()), List.of()), links);
      docs.add(new Document(unit.path(), MarkerLines.ownLines(engine.process(TEMPLATE, Map.of("rb", view)))));
    }
    docs.sort(null);
    return List.copyOf(docs);
  }

  /** Which relative paths are runbooks (candidates for orphan marking): {@code <folder>/<name>.adoc}. */
  public static boolean isRunbookPath(String path) {
    return path.matches("[^/]+/[^/]+\\.adoc");
  }

  /**
   * The orphan banner's body for a runbook no unit has any more: its subject left the templates, or runbooks of
   * other names cover it now (see {@link RunbookUnits}), which the banner names. A runbook named for a logical id is
   * succeeded by the runbook that covers that resource; one named for a construct by the runbooks of the resources
   * under it, or of the construct above it.
   */
  public static Function<String, String> orphanBanner(Project project, List<RunbookUnit> units) {
    Map<String, Set<String>> successors = new HashMap<>();
    for (RunbookUnit u : units) {
      String folder = u.path().substring(0, u.path().indexOf('/') + 1);
      List<String> names = new ArrayList<>(u.members());
      String path = project.stack(u.stack()).flatMap(Stack::cdk).map(c -> c.relativePath(u.primary().logicalId()))
          .orElse("");
      for (String p = path; !p.isEmpty(); p = p.contains("/") ? p.substring(0, p.lastIndexOf('/')) : "") {
        names.add(p);
      }
      names.forEach(n -> successors.computeIfAbsent(folder + FileNames.sanitize(n) + ".adoc", k -> new TreeSet<>())
          .add(u.path().substring(folder.length())));
    }
    return path -> {
      String stack = path.substring(0, path.indexOf('/'));
      String id = path.substring(path.indexOf('/') + 1, path.length() - ".adoc".length());
      Set<String> now = successors.getOrDefault(path, Set.of());
      String why = now.isEmpty() ? "Resource " + id + " is no longer in the templates of stack " + stack + "."
          : id + " of stack " + stack + " is now covered by the runbook" + (now.size() > 1 ? "s " : " ")
              + String.join(", ", now) + " (runbooks are per construct or SAM resource); move what you wrote here"
              + " to " + (now.size() > 1 ? "them." : "it.");
      return "[WARNING]\n.Orphaned runbook\n====\n" + why + " This runbook is kept because people may have written"
          + " in it; delete the file when it is no longer needed. The generated regions below are not updated any"
          + " more.\n====\n\n";
    };
  }

  private RunbookView view(Project project, DependencyGraph graph, Stack stack, RunbookUnit unit,
      List<WatchingAlarm> alarms, ScenarioLinks links) {
    Resource r = SamTranslator.withGlobals(stack, unit.primary());
    String service = unit.service();
    Optional<ResourceTypeInfo> info = catalog.type(r.type());
    String resourceDescription = Optional.ofNullable(r.properties().get("Description")).flatMap(Node::text)
        .map(t -> Texts.firstSentence(t, 240)).orElse("");
    String physicalName = ServiceProfile.of(r.type()).map(ServiceProfile::nameProperty).filter(p -> !p.isEmpty())
        .map(p -> r.properties().get(p)).map(Values::text).orElse("");
    List<RunbookView.AlarmView> alarmViews = alarms.stream().map(a -> new RunbookView.AlarmView(
        a.alarm().logicalId(), a.alarm().stack(), a.metric(), a.namespace(), a.dimension(),
        Texts.firstSentence(a.description(), 240), project.stack(a.alarm().stack()).map(DeployedIds::of)
            .flatMap(ids -> ids.physicalId(a.alarm().logicalId())).orElse(""))).toList();
    DeployedIds ids = DeployedIds.of(stack);
    Set<NodeId> members = new TreeSet<>();
    unit.members().forEach(m -> members.add(new NodeId(stack.name(), m)));
    return new RunbookView(stack.name(), r.logicalId(), r.type(), service,
        info.map(i -> Texts.firstSentence(i.description(), 240)).orElse(""),
        resourceDescription,
        info.map(ResourceTypeInfo::docsUrl).filter(u -> SAFE_URL.matcher(u).matches()).orElse(""),
        stack.sourceFile(), physicalName,
        names(project, members, graph::dependencies), names(project, members, graph::dependents),
        names(project, members, graph::blastRadius),
        LogFacts.of(stack, r, service, ids), alarmViews, RecoveryFacts.of(stack, r, service), facts(r, service),
        AnnotationView.of(project.annotations().effective(stack.name(), r.logicalId())),
        DeployedFacts.of(r, ids), DeployedFacts.consoleUrl(r, ids), unit.constructPath(),
        constructType(stack, unit), parts(unit, ids), incidents(project, stack, unit),
        links.root().isEmpty() ? Map.of() : links.byRunbook().getOrDefault(unit.path(), Map.of()), links.root());
  }

  /** The incidents that name the runbook's resource or another resource it covers, newest first. */
  private static List<io.github.stackdocs.render.view.IncidentView> incidents(Project project, Stack stack,
      RunbookUnit unit) {
    return project.annotations().incidents().stream()
        .filter(i -> unit.members().stream().anyMatch(m -> i.affectsResource(stack.name(), m)))
        .map(i -> new io.github.stackdocs.render.view.IncidentView(i.id(), i.date(), i.title(),
            io.github.stackdocs.render.view.AnnotationView.WebLink.of(i.title(), i.link()).orElse(null), List.of(),
            i.actions()))
        .toList();
  }

  /** What the members use (or what uses them), without the members themselves. */
  private static List<String> names(Project project, Set<NodeId> members,
      Function<NodeId, Collection<NodeId>> edges) {
    Set<NodeId> all = new TreeSet<>();
    members.forEach(m -> all.addAll(edges.apply(m)));
    all.removeAll(members);
    return names(project, all);
  }

  /** The construct's class from tree.json, e.g. {@code aws-cdk-lib.aws_lambda.Function}; empty when unknown. */
  private static String constructType(Stack stack, RunbookUnit unit) {
    if (unit.constructPath().isEmpty() || stack.cdk().isEmpty()) {
      return "";
    }
    CdkOrigin cdk = stack.cdk().get();
    String full = cdk.constructPaths().getOrDefault(unit.primary().logicalId(), "");
    String rel = cdk.relativePath(unit.primary().logicalId());
    if (!full.endsWith(rel)) {
      return "";
    }
    return cdk.constructTypes().getOrDefault(full.substring(0, full.length() - rel.length()) + unit.constructPath(), "");
  }

  private static List<RunbookView.PartView> parts(RunbookUnit unit, DeployedIds ids) {
    return unit.parts().stream().map(p -> new RunbookView.PartView(p.hashed() ? p.logicalId() + "<hash>"
        : p.logicalId(), p.type(), p.role(), ids.physicalId(p.logicalId(), p.hashed()).orElse(""))).toList();
  }

  private static List<String> names(Project project, Collection<NodeId> nodes) {
    return nodes.stream().map(n -> n.stack() + " / " + n.logicalId() + " (" + project.stack(n.stack())
        .flatMap(s -> s.resource(n.logicalId())).map(Resource::type).orElse("?") + ")").sorted().toList();
  }

  private static final Map<String, List<String>> FACTS = Map.of(
      "lambda", List.of("Runtime", "Handler", "MemorySize", "Timeout", "ReservedConcurrentExecutions"),
      "sqs", List.of("VisibilityTimeout", "FifoQueue"),
      "dynamodb", List.of("BillingMode"),
      "ecs-service", List.of("Cluster", "DesiredCount", "LaunchType"),
      "rds", List.of("Engine", "DBInstanceClass"),
      "kinesis", List.of("ShardCount", "RetentionPeriodHours"));

  private static List<RunbookView.Fact> facts(Resource r, String service) {
    List<RunbookView.Fact> facts = new ArrayList<>();
    for (String p : FACTS.getOrDefault(service, List.of())) {
      Optional.ofNullable(r.properties().get(p)).ifPresent(v -> facts.add(new RunbookView.Fact(p, Values.text(v), "")));
    }
    if (!r.condition().isEmpty()) {
      facts.add(new RunbookView.Fact("Condition", r.condition(), "only created when the condition holds"));
    }
    return facts;
  }

}
