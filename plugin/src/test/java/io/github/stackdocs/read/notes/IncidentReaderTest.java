package io.github.stackdocs.read.notes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Incident;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentReaderTest {
  private static Project project() {
    CfnTemplateReader reader = new CfnTemplateReader();
    return new Project("p", List.of(
        reader.read("app.yaml", "app", "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n  Fn:\n"
            + "    Type: AWS::Lambda::Function\n").stack().orElseThrow(),
        reader.read("web.yaml", "web", "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n").stack().orElseThrow()));
  }

  private static AnnotationResolver.Result resolve(String sidecar) {
    return new AnnotationResolver(TagKeys.parse(List.of())).resolve(project(), sidecar, "stackdocs.yaml");
  }

  private static List<String> findings(AnnotationResolver.Result r) {
    return r.findings().stream().map(f -> f.severity() + " " + f.code() + " " + f.location() + " " + f.message())
        .toList();
  }

  @Test
  void incidentsAreReadNewestFirstBesideOrdinaryAnnotations() {
    AnnotationResolver.Result r = resolve("""
        app:
          owner: Orders team
        incidents:
          - id: INC-1
            date: 2025-11-02
            title: Queue backlog
            link: https://wiki.example.com/inc-1
            resources: [app/Queue, app/Fn]
            actions:
              - Alarm on the oldest message's age
          - id: INC-2
            date: "2026-01-15"
            title: Site down
            resources: web
        """);
    assertThat(r.findings()).isEmpty();
    List<Incident> all = r.annotations().incidents();
    assertThat(all).extracting(Incident::id).containsExactly("INC-2", "INC-1");
    Incident one = all.get(1);
    assertThat(one.date()).isEqualTo("2025-11-02");
    assertThat(one.link()).isEqualTo("https://wiki.example.com/inc-1");
    assertThat(one.resources()).containsExactly("app/Fn", "app/Queue");
    assertThat(one.actions()).containsExactly("Alarm on the oldest message's age");
    assertThat(one.location().toString()).isEqualTo("stackdocs.yaml:4:5");
    assertThat(r.annotations().incidentsOf("app", "Queue")).containsExactly(one);
    assertThat(r.annotations().incidentsOf("web", "Site")).isEmpty(); // the stack, not the resource
    assertThat(r.annotations().incidentsOfStack("web")).extracting(Incident::id).containsExactly("INC-2");
    assertThat(r.annotations().stack("app").orElseThrow().owner()).isEqualTo("Orders team");
    assertThat(r.annotations().stack("incidents")).isEmpty(); // not a stack selector
  }

  @Test
  void badIncidentsGetLocatedFindingsAndAreLeftOut() {
    AnnotationResolver.Result r = resolve("""
        incidents:
          - id: INC-3
            date: 2026-02-30
            title: Bad date
            resources: [app/Queue]
          - id: INC-4
            date: 2026-02-01
            title: Unsafe link
            link: "javascript:alert(1)"
            resources: [app/Nope, app/Queue]
            severity: high
          - id: INC-5
            date: 2026-02-02
            title: Nothing known
            resources: [ghost/Thing]
          - just text
        """);
    assertThat(findings(r)).containsExactly(
        "ERROR incident-date stackdocs.yaml:3:11 incident date '2026-02-30' is not a date written YYYY-MM-DD"
            + " (2026-03-14); the incident is not shown",
        "WARN incident-unknown-key stackdocs.yaml:11:5 unknown incident key 'severity'; known keys: id, date,"
            + " title, link, resources, actions",
        "ERROR incident-link stackdocs.yaml:9:11 incident link must be an http:// or https:// URL, found"
            + " 'javascript:alert(1)'; it is not shown",
        "ERROR incident-resource stackdocs.yaml:10:17 incident resource 'app/Nope' is not in the templates;"
            + " expected a stack or stack/LogicalId; the stacks are app, web",
        "ERROR incident-resource stackdocs.yaml:15:17 incident resource 'ghost/Thing' is not in the templates;"
            + " expected a stack or stack/LogicalId; the stacks are app, web",
        "ERROR incident-resource stackdocs.yaml:12:5 incident 'INC-5' names no stack or resource of the templates"
            + " under 'resources'; it is not shown",
        "ERROR incident-value stackdocs.yaml:16:5 an incident must be a mapping (id, date, title, link, resources,"
            + " actions), found a scalar");
    assertThat(r.annotations().incidents()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo("INC-4");
      assertThat(i.link()).isEmpty();
      assertThat(i.resources()).containsExactly("app/Queue");
    });
    assertThat(r.findings()).allMatch(f -> f.severity() != Severity.INFO);
  }

  @Test
  void missingFieldsAndWrongShapes() {
    AnnotationResolver.Result r = resolve("""
        incidents:
          - title: No id or date
            resources: app
        """);
    assertThat(findings(r)).containsExactly(
        "ERROR incident-value stackdocs.yaml:2:5 incident 'id' is missing; expected an id such as INC-2041; the"
            + " incident is not shown",
        "ERROR incident-value stackdocs.yaml:2:5 incident 'date' is missing; expected a date written YYYY-MM-DD;"
            + " the incident is not shown");
    assertThat(resolve("incidents: {a: b}\n").findings()).extracting(Finding::code).containsExactly("incident-value");
  }
}
