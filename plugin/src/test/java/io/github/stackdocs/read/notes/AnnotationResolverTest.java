package io.github.stackdocs.read.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationResolverTest {
  private static final String APP = """
      Metadata:
        stackdocs:
          owner: template-owner
          tier: tier-3
      Resources:
        OrdersTable:
          Type: AWS::DynamoDB::Table
          Metadata:
            stackdocs:
              owner: metadata-owner
              slo: 99.9%
          Properties:
            Tags:
              - Key: Owner
                Value: tag-owner
              - Key: team
                Value: tag-team
        OrdersQueue:
          Type: AWS::SQS::Queue
          Metadata:
            aws:cdk:path: app/Orders/Queue/Resource
        PaymentsFn:
          Type: AWS::Serverless::Function
          Properties:
            Tags:
              team: payments
              owner: !Ref OwnerParam
      """;

  private static Project project() {
    CfnTemplateReader reader = new CfnTemplateReader();
    return new Project("p", List.of(
        reader.read("app.yaml", "app", APP).stack().orElseThrow(),
        reader.read("web.yaml", "web", "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n").stack().orElseThrow()));
  }

  private static AnnotationResolver.Result resolve(String sidecar) {
    return new AnnotationResolver(TagKeys.parse(List.of())).resolve(project(), sidecar, "stackdocs.yaml");
  }

  private static Annotation resource(AnnotationResolver.Result r, String stack, String id) {
    return r.annotations().resource(stack, id).orElse(Annotation.EMPTY);
  }

  @Test
  void precedenceSidecarExactOverGlobOverMetadataOverTags() {
    AnnotationResolver.Result r = resolve("""
        "*/Orders*":
          owner: glob-owner
          tier: tier-1
        app/OrdersTable:
          oncall: https://pager.example.com/orders
        """);
    Annotation table = resource(r, "app", "OrdersTable");
    assertThat(table.owner()).isEqualTo("glob-owner"); // glob beats Metadata and tags
    assertThat(table.oncall()).isEqualTo("https://pager.example.com/orders"); // exact id
    assertThat(table.tier()).isEqualTo("tier-1");
    assertThat(table.slo()).isEqualTo("99.9%"); // resource Metadata
    assertThat(table.team()).isEqualTo("tag-team"); // tags, key matched in any case
    assertThat(table.sources().get(0)).isEqualTo("stackdocs.yaml:4:1");
    assertThat(resource(r, "app", "OrdersQueue").owner()).isEqualTo("glob-owner");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void exactIdBeatsGlobForTheSameField() {
    AnnotationResolver.Result r = resolve("""
        app/OrdersTable:
          owner: exact
        "app/*":
          owner: glob
        """);
    assertThat(resource(r, "app", "OrdersTable").owner()).isEqualTo("exact");
    assertThat(resource(r, "app", "PaymentsFn").owner()).isEqualTo("glob");
  }

  @Test
  void stackLevelFromSidecarOverTemplateMetadataAndEffectiveForRunbooks() {
    AnnotationResolver.Result r = resolve("""
        app:
          owner: stack-owner
          compliance: [pci, gdpr]
        "w*":
          team: web-team
        """);
    Annotation app = r.annotations().stack("app").orElseThrow();
    assertThat(app.owner()).isEqualTo("stack-owner");
    assertThat(app.tier()).isEqualTo("tier-3"); // template Metadata fills what the sidecar does not say
    assertThat(app.compliance()).containsExactly("pci", "gdpr");
    assertThat(r.annotations().stack("web").orElseThrow().team()).isEqualTo("web-team");
    // the runbook view: the resource's own over the stack's
    assertThat(r.annotations().effective("app", "OrdersQueue").orElseThrow().owner()).isEqualTo("stack-owner");
    assertThat(r.annotations().effective("app", "OrdersTable").orElseThrow().owner()).isEqualTo("metadata-owner");
  }

  @Test
  void constructPathSelectsTheConstructAndWhatIsUnderIt() {
    AnnotationResolver.Result r = resolve("""
        app:Orders:
          owner: orders-construct
        app:Orders/Queue:
          team: queue-team
        """);
    Annotation queue = resource(r, "app", "OrdersQueue");
    assertThat(queue.owner()).isEqualTo("orders-construct");
    assertThat(queue.team()).isEqualTo("queue-team");
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void samMapTagsAreReadAndIntrinsicTagValuesIgnored() {
    AnnotationResolver.Result r = resolve("");
    Annotation fn = resource(r, "app", "PaymentsFn");
    assertThat(fn.team()).isEqualTo("payments");
    assertThat(fn.owner()).isEmpty();
    assertThat(fn.sources()).containsExactly("tags");
  }

  @Test
  void configuredTagKeysMapTagsToFields() {
    AnnotationResolver.Result r = new AnnotationResolver(TagKeys.parse(List.of("team=Owner")))
        .resolve(project(), "", "stackdocs.yaml");
    Annotation table = resource(r, "app", "OrdersTable");
    assertThat(table.team()).isEqualTo("tag-owner");
    assertThatThrownBy(() -> TagKeys.parse(List.of("colour"))).hasMessageContaining("field=TagKey");
  }

  @Test
  void unknownKeysWarnWithSuggestionAndLocation() {
    AnnotationResolver.Result r = resolve("""
        app:
          ownr: x
          criticality: high
        """);
    assertThat(r.findings()).extracting(Finding::format).containsExactly(
        "stackdocs.yaml:2:3: WARN unknown annotation key 'ownr'; did you mean 'owner'?; known keys: owner, team,"
            + " tier, slo, oncall, escalation, compliance, notes, links, readiness [annotation-unknown-key]",
        "stackdocs.yaml:3:3: WARN unknown annotation key 'criticality'; did you mean 'tier'?; known keys: owner,"
            + " team, tier, slo, oncall, escalation, compliance, notes, links, readiness [annotation-unknown-key]");
  }

  @Test
  void keysMatchingNothingWarn() {
    AnnotationResolver.Result r = resolve("""
        nope/Table:
          owner: x
        "app:Missing/Path":
          owner: y
        """);
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.WARN);
    assertThat(r.findings()).extracting(Finding::format).containsExactly(
        "stackdocs.yaml:1:1: WARN annotation key 'nope/Table' matches no resource (stack/LogicalId); the stacks are"
            + " app, web [annotation-unmatched]",
        "stackdocs.yaml:3:1: WARN annotation key 'app:Missing/Path' matches no CDK construct (stack:Construct/Path);"
            + " the stacks are app, web [annotation-unmatched]");
  }

  @Test
  void nonHttpUrlsAreErrorsAndDropped() {
    AnnotationResolver.Result r = resolve("""
        app/OrdersTable:
          oncall: "javascript:alert(1)"
          escalation: ftp://example.com/x
          links:
            Runbook: https://wiki.example.com/orders
            Evil: "javascript:alert(document.cookie)"
            Relative: /wiki/orders
        """);
    Annotation table = resource(r, "app", "OrdersTable");
    assertThat(table.oncall()).isEmpty();
    assertThat(table.escalation()).isEmpty();
    assertThat(table.links()).containsOnlyKeys("Runbook");
    assertThat(r.findings()).extracting(Finding::severity).containsOnly(Severity.ERROR);
    assertThat(r.findings()).extracting(Finding::code).containsOnly("annotation-url");
    assertThat(r.findings()).extracting(f -> f.location().toString())
        .containsExactly("stackdocs.yaml:2:11", "stackdocs.yaml:3:15", "stackdocs.yaml:6:11", "stackdocs.yaml:7:15");
  }

  @Test
  void wrongShapesAreErrors() {
    AnnotationResolver.Result r = resolve("""
        app: just text
        web:
          owner: [a, b]
          links: https://example.com
        """);
    assertThat(r.findings()).extracting(Finding::code)
        .containsExactly("annotation-value", "annotation-value", "annotation-value");
  }

  @Test
  void yamlSyntaxErrorsHaveFileLineAndColumn() {
    AnnotationResolver.Result r = resolve("app:\n  owner: x\n  team: [unclosed\n");
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-syntax");
      assertThat(f.location().file()).isEqualTo("stackdocs.yaml");
      assertThat(f.location().line()).isGreaterThan(0);
      assertThat(f.location().column()).isGreaterThan(0);
    });
    AnnotationResolver.Result dup = resolve("app:\n  owner: x\napp:\n  owner: y\n");
    assertThat(dup.findings()).extracting(Finding::format)
        .contains("stackdocs.yaml:3:1: ERROR duplicate key 'app' (first defined at line 1) [duplicate-key]");
    assertThat(resolve("- a\n- b\n").findings()).extracting(Finding::message)
        .containsExactly("the top level of the annotations file must be a mapping");
  }

  @Test
  void badTemplateMetadataIsReportedForItsStack() {
    CfnTemplateReader reader = new CfnTemplateReader();
    Project p = new Project("p", List.of(reader.read("x.yaml", "x", """
        Resources:
          B:
            Type: AWS::S3::Bucket
            Metadata:
              stackdocs:
                oncall: "javascript:alert(1)"
                owne: z
        """).stack().orElseThrow()));
    AnnotationResolver.Result r = new AnnotationResolver(TagKeys.parse(List.of())).resolve(p, "", "s.yaml");
    assertThat(r.findings()).extracting(Finding::format).containsExactly(
        "x.yaml:6:17: ERROR annotation 'oncall' must be an http:// or https:// URL, found 'javascript:alert(1)';"
            + " it is not shown [annotation-url]",
        "x.yaml:7:9: WARN unknown annotation key 'owne'; did you mean 'owner'?; known keys: owner, team, tier, slo,"
            + " oncall, escalation, compliance, notes, links, readiness [annotation-unknown-key]");
    assertThat(r.findings()).extracting(Finding::stack).containsOnly("x");
  }
}
