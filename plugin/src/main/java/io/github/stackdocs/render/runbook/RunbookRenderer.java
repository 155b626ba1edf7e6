package io.github.stackdocs.render.runbook;

import io.github.stackdocs.render.view.AnnotationView;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.analyze.observability.ServiceProfile;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.FileNames;
import io.github.stackdocs.render.view.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Renders one runbook per resource with an operational surface ({@link ServiceProfile}) from
 * {@code runbook/runbook.ftl} and its service part {@code runbook/service/<service>.ftl}; resources of
 * other types get the {@code generic} part only when a resource of another stack depends on them (their
 * failure crosses a stack boundary; plumbing like roles, routes and log groups inside one stack does not get
 * a runbook of its own). Paths are {@code <stack file name>/<LogicalId>.adoc}, sanitized. Deterministic.
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

  /** The runbooks of the project, sorted by path. */
  public List<Document> render(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms) {
    Map<String, String> folders = FileNames.uniqueFileNames(project.stacks().stream().map(Stack::name).toList());
    List<Document> docs = new ArrayList<>();
    for (Stack stack : project.stacks()) {
      for (Resource r : stack.resources()) {
        NodeId id = new NodeId(stack.name(), r.logicalId());
        Optional<ServiceProfile> profile = ServiceProfile.of(r.type());
        boolean crossStack = graph.dependents(id).stream().anyMatch(d -> !d.stack().equals(stack.name()));
        if (profile.isEmpty() && !crossStack) {
          continue;
        }
        RunbookView view = view(project, graph, stack, r, profile.map(ServiceProfile::template).orElse("generic"),
            alarms.getOrDefault(id, List.of()));
        docs.add(new Document(path(folders.get(stack.name()), r.logicalId()),
            markersOnOwnLines(engine.process(TEMPLATE, Map.of("rb", view)))));
      }
    }
    docs.sort(null);
    return List.copyOf(docs);
  }

  /**
   * Markers must start their own line; a (user) template whose region content does not end with a line end
   * would glue the end marker to it, so it is moved to a line of its own.
   */
  static String markersOnOwnLines(String text) {
    return MARKER_AFTER_TEXT.matcher(text).replaceAll("$1\n$2");
  }

  private static final Pattern MARKER_AFTER_TEXT = Pattern.compile("(?m)^(.*\\S.*?)(// stackdocs:(?:begin|end) )");

  /** {@code <stack file name>/<LogicalId>.adoc}. */
  public static String path(String stackFolder, String logicalId) {
    return stackFolder + "/" + FileNames.sanitize(logicalId) + ".adoc";
  }

  /** Which relative paths are runbooks (candidates for orphan marking): {@code <folder>/<name>.adoc}. */
  public static boolean isRunbookPath(String path) {
    return path.matches("[^/]+/[^/]+\\.adoc");
  }

  /** The orphan banner's body for a runbook whose resource is gone. */
  public static String orphanBanner(String path) {
    String stack = path.substring(0, path.indexOf('/'));
    String id = path.substring(path.indexOf('/') + 1, path.length() - ".adoc".length());
    return "[WARNING]\n.Orphaned runbook\n====\nResource " + id + " is no longer in the templates of stack " + stack
        + ". This runbook is kept because people may have written in it; delete the file when it is no longer"
        + " needed. The generated regions below are not updated any more.\n====\n\n";
  }

  private RunbookView view(Project project, DependencyGraph graph, Stack stack, Resource resource, String service,
      List<WatchingAlarm> alarms) {
    Resource r = SamTranslator.withGlobals(stack, resource);
    NodeId id = new NodeId(stack.name(), r.logicalId());
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
    return new RunbookView(stack.name(), r.logicalId(), r.type(), service,
        info.map(i -> Texts.firstSentence(i.description(), 240)).orElse(""),
        resourceDescription,
        info.map(ResourceTypeInfo::docsUrl).filter(u -> SAFE_URL.matcher(u).matches()).orElse(""),
        stack.sourceFile(), physicalName,
        names(project, graph.dependencies(id)), names(project, graph.dependents(id)),
        names(project, graph.blastRadius(id)),
        LogFacts.of(stack, r, service, ids), alarmViews, RecoveryFacts.of(stack, r, service), facts(r, service),
        AnnotationView.of(project.annotations().effective(stack.name(), r.logicalId())),
        DeployedFacts.of(r, ids), DeployedFacts.consoleUrl(r, ids));
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
