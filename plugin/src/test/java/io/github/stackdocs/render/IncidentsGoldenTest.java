package io.github.stackdocs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.notes.AnnotationResolver;
import io.github.stackdocs.read.notes.TagKeys;
import io.github.stackdocs.render.gameday.GameDay;
import io.github.stackdocs.render.gameday.GameDays;
import io.github.stackdocs.render.runbook.RunbookUnit;
import io.github.stackdocs.render.runbook.RunbookUnits;
import io.github.stackdocs.render.runbook.ScenarioLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Incidents from the annotations file on the stack pages (AsciiDoc, Markdown, HTML), the incidents page, model.json
 * and the runbooks, and the game-day stubs the runbooks link: whole outputs against golden files. The text is
 * hostile (markup of every format, a region marker, quotes and {@code ${}} in an alarm name), so the goldens show
 * it escaped.
 */
class IncidentsGoldenTest {
  private static final DocumentRenderer RENDERER = new DocumentRenderer(Optional.empty());

  private static final String APP = """
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Timeout: 10
            Role: arn:aws:iam::123456789012:role/fn
            Code: {ZipFile: "x"}
            Handler: index.handler
            Runtime: nodejs20.x
        FnErrors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            AlarmName: 'fn-errors "quoted" ${x}'
            Namespace: AWS/Lambda
            MetricName: Errors
            Dimensions: [{Name: FunctionName, Value: !Ref Fn}]
            ComparisonOperator: GreaterThanThreshold
            EvaluationPeriods: 1
            Period: 60
            Statistic: Sum
            Threshold: 0
        Queue:
          Type: AWS::SQS::Queue
        Mapping:
          Type: AWS::Lambda::EventSourceMapping
          Properties:
            EventSourceArn: !GetAtt Queue.Arn
            FunctionName: !Ref Fn
        QueueAge:
          Type: AWS::CloudWatch::Alarm
          Properties:
            AlarmName: !Sub "${AWS::StackName}-queue-age"
            Namespace: AWS/SQS
            MetricName: ApproximateAgeOfOldestMessage
            Dimensions: [{Name: QueueName, Value: !GetAtt Queue.QueueName}]
            ComparisonOperator: GreaterThanThreshold
            EvaluationPeriods: 1
            Period: 60
            Statistic: Maximum
            Threshold: 300
      """;

  private static final String SIDECAR = """
      incidents:
        - id: INC-7
          date: 2026-01-05
          title: "Queue | stuck <script>alert(1)</script> *bold* {attr} // stackdocs:end failures"
          link: "https://wiki.example.com/inc?a=[1]&b=--x*y"
          resources: [app/Queue, app/Fn]
          actions:
            - "Alarm on | age, _not_ `code`"
        - id: INC-3
          date: 2025-06-30
          title: Whole stack down
          resources: app
      """;

  private static Project project() {
    Project p = new Project("Shop", List.of(new CfnTemplateReader().read("app.yaml", "app", APP).stack()
        .orElseThrow()));
    AnnotationResolver.Result r = new AnnotationResolver(TagKeys.parse(List.of())).resolve(p, SIDECAR,
        "stackdocs.yaml");
    assertThat(r.findings()).isEmpty();
    return p.withAnnotations(r.annotations());
  }

  @Test
  void incidentsOnPagesInEveryFormatAndInModelJson() {
    Project p = project();
    DependencyGraph g = DependencyGraph.build(p);
    for (Format f : List.of(Format.MD, Format.ADOC, Format.JSON)) {
      GoldenFiles.assertMatches(f.extension() + "/incidents", RENDERER.render(p, g, List.of(), Set.of(f)).stream()
          .filter(d -> !d.path().startsWith("diagrams/")).toList());
    }
    io.github.stackdocs.render.site.SiteSources sources = new io.github.stackdocs.render.site.SiteSources(List.of(),
        new TreeMap<>(), Optional.empty());
    GoldenFiles.assertMatches("html/incidents", RENDERER.render(p, g, List.of(), Set.of(Format.HTML), false,
        List.of(), Optional.of(sources), io.github.stackdocs.render.diagram.DiagramLevel.DEFAULT).documents().stream()
        .filter(d -> d.path().endsWith(".html")).toList());
  }

  @Test
  void runbooksShowPastIncidentsAndLinkTheirGameDayStubs() {
    Project p = project();
    DependencyGraph g = DependencyGraph.build(p);
    Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(p, g);
    List<RunbookUnit> units = RunbookUnits.of(p, g);
    List<GameDay> days = GameDays.of(p, g, alarms, units);
    Map<String, Map<String, String>> links = new TreeMap<>();
    days.forEach(d -> links.computeIfAbsent(d.runbookPath(), k -> new TreeMap<>()).put(d.scenario(),
        d.path().substring("gamedays/".length())));
    GoldenFiles.assertMatches("runbook/incidents", RENDERER.runbooks(p, g, alarms, units,
        new ScenarioLinks("../../../docs/gamedays", links)));
    List<Document> stubs = new ArrayList<>();
    days.forEach(d -> stubs.add(new Document(d.path(), d.yaml())));
    GoldenFiles.assertMatches("gameday/app", stubs);
  }
}
