package io.github.stackdocs.pipeline;

import static io.github.stackdocs.pipeline.HostileProject.OUTSIDE_MARKER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.render.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup in every place a template, a cloud assembly, a snapshot or an annotation can carry text (descriptions,
 * tags, parameter defaults and descriptions, labels, output descriptions and values, metadata, annotations,
 * logical ids, stack names, construct paths and classes, deployed physical ids, status reasons and drift values)
 * is inert in every format. One project holds it all; it is documented once in every format with runbooks, and each
 * test checks one property: HTML is parsed (jsoup) and searched for scripts, event handlers and script URLs;
 * Markdown is rendered by a CommonMark + GFM tables parser and searched the same way, and its tables are counted;
 * AsciiDoc is judged by the HTML AsciidoctorJ makes of it (runbooks included).
 */
class HostileMarkupTest {
  /** Each probe must come out as the very text it is: not markup, not dropped. */
  private static final List<String> PROBES = List.of(
      "<script>alert(1)</script>",
      "\"><img src=x onerror=alert(2)>",
      "javascript:alert(3)",
      "[click](javascript:alert(4))",
      "<a href=\"javascript:alert(5)\">x</a>",
      "<details open ontoggle=alert(6)>",
      "<!-- hidden",
      "| pipe | in | text |",
      "](javascript:alert(7))",
      "```",
      "`code`",
      "# not a heading",
      "++++",
      "pass:[<b id=\"pwned8\">x</b>]",
      "{stylesheet}",
      "include::%OUTSIDE%[]",
      "link:javascript:alert(9)[y]",
      "image::x.png[onerror=alert(10)]",
      "+++<i id=\"pwned11\">x</i>+++",
      "footnote:[pwned12]",
      "xref:pwned13[z]",
      "<<pwned14>>",
      ":pwned15: value",
      "<svg onload=alert(16)>",
      "<iframe src=javascript:alert(17)>",
      "[[pwned18]]",
      "kbd:[pwned19]",
      "// stackdocs:end summary",
      "// stackdocs:begin pwned20");

  /** A GitHub Actions workflow command on a line of its own, a terminal escape, and other line breaks. */
  private static final String CONTROL = "Evil\n::error file=pom.xml::pwned\r\u001b[2J\u0085\u2028x\u0000\t";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript:", "vbscript:", "data:", "file:");

  @TempDir static Path root;
  private static HostileProject project;
  private static String payload;
  private static String line;
  private static HostileProject.Run run;
  /** Every HTML page: the site's, and the runbooks converted by the same AsciidoctorJ setup. */
  private static final Map<String, String> html = new LinkedHashMap<>();
  /** Every Markdown page. */
  private static final Map<String, String> markdown = new LinkedHashMap<>();
  private static final Map<String, String> svg = new LinkedHashMap<>();

  @BeforeAll
  static void documentTheHostileProject() throws IOException {
    project = new HostileProject(root);
    List<String> probes = PROBES.stream()
        .map(p -> p.replace("%OUTSIDE%", project.outside.resolve("etc/passwd").toString())).toList();
    payload = String.join("\n", probes);
    line = String.join(" ", probes);
    project.file("src/main/cloudformation/hostile.json", JSON.writerWithDefaultPrettyPrinter()
        .writeValueAsString(template()));
    project.template("evil.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    project.template("stackdocs.yaml", JSON.writeValueAsString(JSON.createObjectNode().set("hostile",
        JSON.createObjectNode().put("owner", line).put("team", line).put("notes", payload)
            .set("links", JSON.createObjectNode().put(line, "https://wiki.example.com/a?b=<c>")
                .put("bad", "javascript:alert(1)")))));
    cdkAssembly();
    snapshot();
    run = project.run(project.request()
        .templates(List.of(new TemplateSpec("src/main/cloudformation/evil.yaml", line)))
        .cdkOutDirectory(Optional.of(Path.of("cdk.out")))
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .annotationTagKeys(DocsRequest.parseTagKeys(List.of("owner")))
        .build());
    run.ok();
    List<Document> runbooks = new ArrayList<>();
    for (Path f : project.outputs()) {
      String relative = project.base.relativize(f).toString().replace('\\', '/');
      String text = Files.readString(f);
      if (relative.endsWith(".html")) {
        html.put(relative, text);
      } else if (relative.endsWith(".md")) {
        markdown.put(relative, text);
      } else if (relative.endsWith(".svg")) {
        svg.put(relative, text);
      } else if (relative.startsWith("src/docs/runbooks/")) {
        runbooks.add(new Document(relative, text));
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (Document d : HostileProject.html().render(runbooks, findings)) {
      if (d.path().endsWith(".html")) {
        html.put(d.path(), d.content());
      }
    }
    assertThat(runbooks).as("runbooks").hasSizeGreaterThanOrEqualTo(4);
    assertThat(html.keySet()).as("HTML pages").contains("docs/index.html", "docs/stacks/hostile.html");
    assertThat(markdown.keySet()).as("Markdown pages").contains("docs/index.md", "docs/stacks/hostile.md");
  }

  private static ObjectNode template() {
    ObjectNode t = JSON.createObjectNode();
    t.put("Description", payload);
    ObjectNode meta = t.putObject("Metadata");
    ObjectNode iface = meta.putObject("AWS::CloudFormation::Interface");
    ObjectNode group = iface.putArray("ParameterGroups").addObject();
    group.putObject("Label").put("default", line);
    group.putArray("Parameters").add("P");
    iface.putObject("ParameterLabels").putObject("P").put("default", line);
    meta.putObject("stackdocs").put("tier", line).put("slo", line);
    meta.put("Custom", payload);
    ObjectNode params = t.putObject("Parameters");
    ObjectNode p = params.putObject("P").put("Type", "String").put("Description", payload).put("Default", line)
        .put("ConstraintDescription", line).put("AllowedPattern", line);
    p.putArray("AllowedValues").add(line).add("b");
    ObjectNode resources = t.putObject("Resources");
    ObjectNode topic = resources.putObject("Topic").put("Type", "AWS::SNS::Topic");
    ObjectNode topicProps = topic.putObject("Properties").put("TopicName", line).put("DisplayName", payload);
    ArrayNode tags = topicProps.putArray("Tags");
    tags.addObject().put("Key", line).put("Value", line);
    tags.addObject().put("Key", "owner").put("Value", line);
    topic.putObject("Metadata").putObject("stackdocs").put("oncall", "javascript:alert(1)").put("notes", payload);
    resources.putObject("Evil\"><img src=x onerror=alert(18)>").put("Type", "AWS::SQS::Queue")
        .putObject("Properties").put("QueueName", line);
    ObjectNode fn = resources.putObject("Fn").put("Type", "AWS::Lambda::Function");
    ObjectNode fnProps = fn.putObject("Properties").put("Description", payload).put("Runtime", "python3.12")
        .put("Handler", line).put("Role", line);
    fnProps.putObject("Code").put("ZipFile", payload);
    fnProps.putObject("Environment").putObject("Variables").put("X", line);
    ObjectNode alarm = resources.putObject("Alarm").put("Type", "AWS::CloudWatch::Alarm");
    ObjectNode alarmProps = alarm.putObject("Properties").put("AlarmDescription", payload)
        .put("MetricName", line).put("Namespace", "AWS/SNS").put("Statistic", "Sum").put("Period", 60)
        .put("EvaluationPeriods", 1).put("Threshold", 1).put("ComparisonOperator", "GreaterThanThreshold");
    ObjectNode dimension = alarmProps.putArray("Dimensions").addObject().put("Name", "TopicName");
    dimension.putObject("Value").putArray("Fn::GetAtt").add("Topic").add("TopicName");
    ObjectNode outputs = t.putObject("Outputs");
    ObjectNode out = outputs.putObject("Out").put("Description", payload).put("Value", line);
    out.putObject("Export").put("Name", line);
    outputs.putObject("Evil\"><img src=x onerror=alert(19)>").put("Value", line);
    // control characters in names that findings quote: a CI log must not get new lines or terminal escapes from them
    t.putObject(CONTROL);
    resources.putObject("Ref" + CONTROL).put("Type", "AWS::SNS::Topic").putObject("Properties")
        .putObject("TopicName").put("Ref", "Missing" + CONTROL);
    return t;
  }

  private static void cdkAssembly() throws IOException {
    project.file("cdk.out/manifest.json", """
        {"version": "36.0.0", "artifacts": {
          "Evil": {"type": "aws:cloudformation:stack", "environment": "aws://123456789012/eu-west-1",
            "displayName": %s, "properties": {"templateFile": "Evil.template.json", "stackName": "evil-cdk"}},
          "Tree": {"type": "cdk:tree", "properties": {"file": "tree.json"}}
        }}
        """.formatted(JSON.writeValueAsString(line)));
    String path = "Evil/<script>alert(20)</script>/Bucket\"><img src=x onerror=alert(21)>";
    ObjectNode t = JSON.createObjectNode();
    t.putObject("Resources").putObject("Bucket").put("Type", "AWS::S3::Bucket")
        .putObject("Metadata").put("aws:cdk:path", path + "/Resource");
    project.file("cdk.out/Evil.template.json", JSON.writeValueAsString(t));
    ObjectNode tree = JSON.createObjectNode().put("version", "tree-0.1");
    ObjectNode node = tree.putObject("tree").put("id", "App").put("path", "");
    node.putObject("children").putObject("Evil").put("id", "Evil").put("path", "Evil").putObject("children")
        .putObject("x").put("id", "x").put("path", path).putObject("constructInfo").put("fqn", line);
    project.file("cdk.out/tree.json", JSON.writeValueAsString(tree));
  }

  private static void snapshot() throws IOException {
    String arn = "arn:aws:cloudformation:eu-west-1:123456789012:stack/hostile/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f";
    ObjectNode stacks = JSON.createObjectNode();
    ObjectNode s = stacks.putArray("Stacks").addObject().put("StackId", arn).put("StackName", "hostile")
        .put("Description", payload).put("StackStatus", "UPDATE_COMPLETE").put("StackStatusReason", line)
        .put("CreationTime", "2026-03-02T09:14:27.511000+00:00");
    s.putArray("Parameters").addObject().put("ParameterKey", "P").put("ParameterValue", line);
    s.putArray("Outputs").addObject().put("OutputKey", "Out").put("OutputValue", line).put("Description", payload)
        .put("ExportName", line);
    s.putArray("Tags").addObject().put("Key", line).put("Value", line);
    project.file("deployed/hostile/describe-stacks.json", JSON.writeValueAsString(stacks));
    ObjectNode resources = JSON.createObjectNode();
    ArrayNode list = resources.putArray("StackResourceSummaries");
    for (String[] r : new String[][] {{"Topic", "AWS::SNS::Topic"}, {"Fn", "AWS::Lambda::Function"},
        {"Ghost\"><img src=x onerror=alert(22)>", "AWS::SQS::Queue"}}) {
      list.addObject().put("LogicalResourceId", r[0]).put("PhysicalResourceId", line).put("ResourceType", r[1])
          .put("ResourceStatus", "UPDATE_COMPLETE").put("ResourceStatusReason", line)
          .put("LastUpdatedTimestamp", "2026-11-18T16:39:51.204000+00:00");
    }
    project.file("deployed/hostile/list-stack-resources.json", JSON.writeValueAsString(resources));
    ObjectNode drifts = JSON.createObjectNode();
    ObjectNode d = drifts.putArray("StackResourceDrifts").addObject().put("StackId", arn)
        .put("LogicalResourceId", "Topic").put("PhysicalResourceId", line).put("ResourceType", "AWS::SNS::Topic")
        .put("StackResourceDriftStatus", "MODIFIED").put("Timestamp", "2026-11-20T08:00:12.345000+00:00");
    d.putArray("PropertyDifferences").addObject().put("PropertyPath", "/" + line).put("ExpectedValue", line)
        .put("ActualValue", payload).put("DifferenceType", "NOT_EQUAL");
    project.file("deployed/hostile/describe-stack-resource-drifts.json", JSON.writeValueAsString(drifts));
  }

  /** Every element and comment of a page (not the text, not the document itself). */
  private static List<Node> nodes(String page) {
    List<Node> nodes = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if ((node instanceof Element && !(node instanceof org.jsoup.nodes.Document)) || node instanceof Comment) {
        nodes.add(node);
      }
    }, Jsoup.parse(page));
    return nodes;
  }

  private static String commonMark(String markdownText) {
    List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
    return HtmlRenderer.builder().extensions(extensions).build()
        .render(Parser.builder().extensions(extensions).build().parse(markdownText));
  }

  /** The HTML pages and the Markdown pages rendered to HTML. */
  private static Map<String, String> allHtml() {
    Map<String, String> all = new LinkedHashMap<>(html);
    markdown.forEach((path, text) -> all.put(path + " (CommonMark)", commonMark(text)));
    return all;
  }

  @Test
  void noPageHasAScriptElementOtherThanTheSitesOwnAssets() {
    allHtml().forEach((path, page) -> {
      for (Element script : Jsoup.parse(page).select("script")) {
        assertThat(script.attr("src")).as(path + ": " + script).matches("(\\.\\./)*assets/[a-z-]+\\.js");
        assertThat(script.data()).as(path + ": inline script").isEmpty();
      }
    });
  }

  @Test
  void noPageHasAnEventHandlerAttribute() {
    allHtml().forEach((path, page) -> {
      for (Node n : nodes(page)) {
        for (Attribute a : n.attributes()) {
          assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(path + ": " + n.nodeName()).doesNotStartWith("on");
        }
      }
    });
  }

  @Test
  void noLinkOrSourceUsesAScriptOrFileScheme() {
    allHtml().forEach((path, page) -> {
      for (Node n : nodes(page)) {
        for (Attribute a : n.attributes()) {
          String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
          for (String scheme : SCRIPT_SCHEMES) {
            assertThat(value).as(path + ": " + n.nodeName() + " " + a.getKey()).doesNotStartWith(scheme);
          }
        }
      }
    });
  }

  @Test
  void noElementFromInputMakesItIntoAPage() {
    Set<String> foreign = Set.of("img", "iframe", "svg", "object", "embed", "form", "input", "b", "i", "kbd",
        "base", "frame", "frameset", "applet", "video", "audio", "math", "style", "template");
    allHtml().forEach((path, page) -> {
      for (Element e : Jsoup.parse(page).getAllElements()) {
        if (e.tagName().equals("object") && e.attr("type").equals("image/svg+xml")
            && e.attr("data").matches("(\\.\\./)?diagrams/[A-Za-z0-9._-]+\\.svg")) {
          continue; // the page's own diagram, checked by diagramsCarryNoScriptHandlerOrForeignContent
        }
        assertThat(foreign).as(path + ": " + e.outerHtml().lines().findFirst().orElse("")).doesNotContain(e.tagName());
        assertThat(e.id()).as(path).doesNotStartWith("pwned");
      }
      assertThat(page).as(path).doesNotContain(OUTSIDE_MARKER);
    });
  }

  @Test
  void diagramsCarryNoScriptHandlerOrForeignContent() {
    assertThat(svg).as("the hostile project's diagrams").isNotEmpty();
    svg.forEach((path, text) -> {
      org.jsoup.nodes.Document doc = Jsoup.parse(text, "", org.jsoup.parser.Parser.xmlParser());
      assertThat(doc.select("script, foreignObject, foreignobject, iframe, object, embed, image, a")).as(path)
          .isEmpty();
      for (Element e : doc.getAllElements()) {
        boolean iconUse = e.tagName().equals("use");
        for (Attribute a : e.attributes()) {
          if (iconUse && a.getKey().equals("href")) {
            // the one reference a diagram has: a node's icon, a symbol of the same SVG
            assertThat(a.getValue()).as(path).matches("#sd-icon-[a-z0-9-]+");
            assertThat(doc.select("symbol[id=" + a.getValue().substring(1) + "]")).as(path + ": " + a).hasSize(1);
            continue;
          }
          assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(path + ": " + e.tagName()).doesNotStartWith("on")
              .doesNotContain("href");
        }
        if (iconUse) {
          assertThat(e.attributes().asList()).as(path + ": " + e).extracting(Attribute::getKey)
              .containsExactlyInAnyOrder("href", "x", "y", "width", "height");
        }
        assertThat(e.id()).as(path).doesNotStartWith("pwned");
      }
      assertThat(text).as(path).doesNotContain(OUTSIDE_MARKER);
    });
  }

  @Test
  void markdownKeepsNoRawHtmlOrCommentFromInput() {
    Set<String> allowed = Set.of("html", "head", "body", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
        "a", "code", "pre", "em", "strong", "table", "thead", "tbody", "tr", "th", "td", "br", "blockquote", "hr",
        "details", "summary"); // the page's own collapsible sections
    markdown.forEach((path, text) -> {
      for (Node n : nodes(commonMark(text))) {
        assertThat(n).as(path + ": a comment from input hides the rest of the page").isNotInstanceOf(Comment.class);
        if (n instanceof Element e) {
          assertThat(allowed).as(path + ": " + e.outerHtml().lines().findFirst().orElse("")).contains(e.tagName());
          if (e.tagName().equals("a")) { // the page's own anchors and links only
            assertThat(e.attributes().asList()).as(path + ": " + e).allSatisfy(a ->
                assertThat(a.getKey()).isIn("id", "href"));
            assertThat(e.attr("href")).as(path + ": " + e).matches("|#[a-z0-9-]+|[A-Za-z0-9./_-]+\\.(md|adoc)(#[a-z0-9-]+)?"
                + "|(\\.\\./)?diagrams/[A-Za-z0-9._-]+\\.(svg|mmd)"
                + "|https://(docs\\.aws\\.amazon\\.com|wiki\\.example\\.com|[a-z0-9-]+\\.console\\.aws\\.amazon\\.com)/\\S*");
          }
        }
      }
    });
  }

  @Test
  void markdownTablesKeepTheirColumns() {
    Pattern pipe = Pattern.compile("(?<!\\\\)\\|");
    int tables = 0;
    for (Map.Entry<String, String> page : markdown.entrySet()) {
      Integer columns = null;
      int lineNo = 0;
      for (String l : page.getValue().split("\n", -1)) {
        lineNo++;
        if (!l.startsWith("|")) {
          columns = null;
          continue;
        }
        Matcher m = pipe.matcher(l);
        int count = 0;
        while (m.find()) {
          count++;
        }
        if (columns == null) {
          columns = count;
          tables++;
        }
        assertThat(count).as(page.getKey() + ":" + lineNo + ": " + l).isEqualTo(columns);
      }
    }
    assertThat(tables).as("tables seen").isGreaterThan(5);
  }

  @Test
  void everyProbeIsShownAsTheTextItIsInHtmlAndMarkdown() {
    String htmlText = Jsoup.parse(html.get("docs/stacks/hostile.html")).text();
    String mdText = Jsoup.parse(commonMark(markdown.get("docs/stacks/hostile.md"))).text();
    for (String probe : payload.split("\n")) {
      assertThat(htmlText).as("HTML").contains(probe);
      assertThat(mdText).as("Markdown").contains(probe);
    }
  }

  @Test
  void asciidoctorRunsInSecureModeSoEvenAnUnescapedIncludeReadsNothing() {
    // defence in depth: were a value ever not escaped, AsciidoctorJ would still not read a file or reveal a folder
    Path passwd = project.outside.resolve("etc/passwd");
    String adoc = "= Page\n\ninclude::" + passwd + "[]\n\ninclude::https://example.com/x.adoc[]\n\n"
        + "[source,text]\n----\ninclude::" + passwd + "[]\n----\n\n{docdir}|{docfile}|{user-home}\n";
    List<Finding> findings = new ArrayList<>();
    String page = HostileProject.html().render(List.of(new Document("raw.adoc", adoc)), findings).get(0).content();
    assertThat(page).doesNotContain(OUTSIDE_MARKER); // nothing read: the includes became plain links
    // docdir, docfile and user-home name no folder of this machine
    assertThat(Jsoup.parse(page).text()).doesNotContain(System.getProperty("user.home") + "|",
        System.getProperty("user.dir"));
  }

  @Test
  void modelJsonKeepsHostileValuesAsPlainData() throws IOException {
    JsonNode model = JSON.readTree(project.read("docs/model.json"));
    assertThat(model.toString()).contains(JSON.writeValueAsString(payload));
  }

  @Test
  void searchIndexCannotEndItsScriptOrOpenAComment() {
    String index = project.read("docs/assets/search-index.js").toLowerCase(Locale.ROOT);
    assertThat(index).contains("hostile").doesNotContain("</script", "<!--", "<script");
  }

  @Test
  void mermaidSourceCarriesNoMarkupFromInput() {
    for (Map.Entry<String, String> page : markdown.entrySet()) {
      boolean inMermaid = false;
      for (String l : page.getValue().split("\n")) {
        if (l.startsWith("```")) {
          inMermaid = l.equals("```mermaid");
          continue;
        }
        if (inMermaid) { // labels are quoted once; quotes, angle brackets and the like inside are #codes;
          assertThat(l.chars().filter(c -> c == '"').count() % 2).as(page.getKey() + ": " + l).isZero();
          Matcher label = Pattern.compile("\"([^\"]*)\"").matcher(l);
          while (label.find()) {
            assertThat(label.group(1).replace("<br/>", "")).as(page.getKey() + ": " + l)
                // parentheses are literal text inside a quoted label (summary nodes read "Lambda (3)")
                .doesNotContain("<", ">", "`", "[", "]", "{", "}", "|");
          }
        }
      }
    }
  }

  @Test
  void findingsAndLogLinesCarryNoLineBreakOrControlCharacterFromInput() {
    assertThat(run.findings()).as("findings quoting the names").anySatisfy(f ->
        assertThat(f.message()).contains("::error file=pom.xml::pwned"));
    List<String> lines = new ArrayList<>(run.log());
    run.findings().forEach(f -> lines.add(f.format()));
    for (String l : lines) {
      assertThat(l.chars().filter(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029))
          .as(l).isEmpty();
    }
  }

  @Test
  void noOutputFileCarriesAControlCharacterFromInput() throws IOException {
    for (Path f : project.outputs()) {
      String text = Files.readString(f);
      assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x7f))
          .as(project.base.relativize(f).toString()).isEmpty();
    }
  }
}
