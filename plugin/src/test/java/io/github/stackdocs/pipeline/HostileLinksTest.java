package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.render.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AsciiDoc macros and autolinks in every kind of value (logical ids, physical ids, descriptions, tags, output names,
 * annotations) make no element and no link in any HTML page: the site's pages, the runbooks and the Antora pages,
 * each converted by the same AsciidoctorJ setup. A page that opened an outside address (an image, a style, a font, a
 * script) would tell that host who reads the docs; a link from input could lead anywhere. So every {@code src},
 * {@code href}, {@code data} and {@code action} of every page must stay in the site or go to a host the docs link on
 * purpose (the AWS documentation and console, and the http(s) annotation links the inputs give).
 */
class HostileLinksTest {
  /** The outside host every probe names; no page may make a request to it or link it. */
  static final String HOST = "evil.example";

  /** One probe per macro and autolink kind Asciidoctor knows (with the experimental and icon ones). */
  static final List<String> MACROS = List.of(
      "image:http://evil.example/i1.png[i1]",
      "image::http://evil.example/i2.png[i2]",
      "image:evil.example/i3.png[i3]",
      "icon:http://evil.example/i4.png[i4]",
      "link:http://evil.example/l1[l1]",
      "link:++http://evil.example/l2++[l2]",
      "http://evil.example/a1",
      "https://evil.example/a2[a2]",
      "<https://evil.example/a3>",
      "(http://evil.example/a4)",
      "ftp://evil.example/a5",
      "irc://evil.example/a6",
      "file:///evil.example/a7",
      "mailto:x@evil.example[m1]",
      "mailto:y@evil.example",
      "z@evil.example",
      "xref:http://evil.example/x1[x1]",
      "xref:x2.adoc[x2]",
      "<<http://evil.example/x3,x3>>",
      "<<x4>>",
      "footnote:[f1]",
      "footnote:f2[f2]",
      "kbd:[Ctrl+K]",
      "btn:[b1]",
      "menu:File[Save]",
      "pass:[<img src=http://evil.example/p1.png>]",
      "pass:q[<img src=http://evil.example/p2.png>]",
      "stem:[s1]",
      "latexmath:[l1]",
      "asciimath:[a1]",
      "indexterm:[i1]",
      "indexterm2:[i2]",
      "((i3))",
      "anchor:a1[]",
      "[[a2]]",
      "[#a3]",
      "{empty}image:http://evil.example/i5.png[i5]",
      "+image:http://evil.example/i6.png[i6]+",
      "image:http&#58;//evil.example/i7.png[i7]");

  /** Annotation URLs with a script scheme, each written a way a careless check lets through. */
  static final List<String> SCRIPT_URLS = List.of(
      "javascript:alert(1)",
      "  javascript:alert(2)",
      "JaVaScRiPt:alert(3)",
      "java\tscript:alert(4)",
      "java\u0000script:alert(5)",
      "&#106;avascript:alert(6)",
      "data:text/html,<script>alert(7)</script>",
      "vbscript:msgbox(8)",
      "\u0001javascript:alert(9)",
      "javascript://evil.example/%0aalert(10)",
      "https:javascript:alert(11)");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OUR_HOSTS = Set.of("docs.aws.amazon.com", "console.aws.amazon.com",
      "wiki.example.com");

  @TempDir static Path root;
  private static HostileProject project;
  /** Every HTML page: the site's, and the runbooks and Antora pages converted by the same AsciidoctorJ setup. */
  private static final Map<String, String> html = new LinkedHashMap<>();

  @BeforeAll
  static void documentTheProject() throws IOException {
    project = new HostileProject(root);
    String line = String.join(" ", MACROS);
    String payload = String.join("\n", MACROS);
    ObjectNode t = JSON.createObjectNode();
    t.put("Description", payload);
    ObjectNode resources = t.putObject("Resources");
    ObjectNode outputs = t.putObject("Outputs");
    ObjectNode parameters = t.putObject("Parameters");
    for (int i = 0; i < MACROS.size(); i++) {
      String probe = MACROS.get(i);
      ObjectNode topic = resources.putObject(probe).put("Type", i % 2 == 0 ? "AWS::SNS::Topic" : "AWS::SQS::Queue")
          .put("Condition", probe);
      ObjectNode props = topic.putObject("Properties").put(i % 2 == 0 ? "DisplayName" : "QueueName", probe);
      ArrayNode tags = props.putArray("Tags");
      tags.addObject().put("Key", probe).put("Value", probe);
      tags.addObject().put("Key", "owner").put("Value", probe);
      tags.addObject().put("Key", "oncall").put("Value", SCRIPT_URLS.get(i % SCRIPT_URLS.size()));
      topic.putObject("Metadata").putObject("stackdocs").put("notes", probe).put("tier", probe);
      topic.putArray("DependsOn").add(probe);
      outputs.putObject("Out" + i).put("Description", probe).put("Value", probe).putObject("Export")
          .put("Name", probe);
      outputs.putObject(probe).put("Value", probe);
      parameters.putObject(probe).put("Type", "String").put("Default", probe).put("Description", probe);
    }
    t.putObject("Conditions").putObject("C").putArray("Fn::Equals").add(line).add(payload);
    project.file("src/main/cloudformation/macros.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(t));
    ObjectNode sidecar = JSON.createObjectNode();
    ObjectNode stack = sidecar.putObject("macros").put("owner", line).put("team", line).put("notes", payload)
        .put("slo", line).put("oncall", SCRIPT_URLS.get(0)).put("escalation", SCRIPT_URLS.get(1));
    ObjectNode links = stack.putObject("links").put(line, "https://wiki.example.com/ok");
    for (int i = 0; i < SCRIPT_URLS.size(); i++) {
      links.put("bad" + i, SCRIPT_URLS.get(i));
    }
    for (int i = 0; i < MACROS.size(); i++) {
      sidecar.putObject("macros/" + MACROS.get(i)).put("oncall", SCRIPT_URLS.get(i % SCRIPT_URLS.size()))
          .put("escalation", SCRIPT_URLS.get((i + 3) % SCRIPT_URLS.size()));
    }
    project.template("stackdocs.yaml", JSON.writeValueAsString(sidecar));
    snapshot();
    project.run(project.request()
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .annotationTagKeys(DocsRequest.parseTagKeys(List.of("owner", "oncall=oncall", "escalation=escalation")))
        .build()).ok();
    List<Document> adoc = new ArrayList<>();
    for (Path f : project.outputs()) {
      String relative = project.base.relativize(f).toString().replace('\\', '/');
      if (relative.endsWith(".html")) {
        html.put(relative, Files.readString(f));
      } else if (relative.startsWith("src/docs/runbooks/") || relative.startsWith("docs/antora/modules/ROOT/pages/")) {
        adoc.add(new Document(relative, Files.readString(f)));
      }
    }
    for (Document d : HostileProject.html().render(adoc, new ArrayList<Finding>())) {
      if (d.path().endsWith(".html")) {
        html.put(d.path(), d.content());
      }
    }
    assertThat(html.keySet()).as("HTML pages").contains("docs/index.html", "docs/stacks/macros.html")
        .anyMatch(p -> p.startsWith("src/docs/runbooks/")).anyMatch(p -> p.startsWith("docs/antora/"));
  }

  private static void snapshot() throws IOException {
    String arn = "arn:aws:cloudformation:eu-west-1:123456789012:stack/macros/5f1c2a40-8b1e-11ef-9c3b-0a1b2c3d4e5f";
    ObjectNode stacks = JSON.createObjectNode();
    stacks.putArray("Stacks").addObject().put("StackId", arn).put("StackName", "macros")
        .put("StackStatus", "UPDATE_COMPLETE").put("StackStatusReason", String.join(" ", MACROS))
        .put("CreationTime", "2026-03-02T09:14:27.511000+00:00");
    project.file("deployed/macros/describe-stacks.json", JSON.writeValueAsString(stacks));
    ObjectNode resources = JSON.createObjectNode();
    ArrayNode list = resources.putArray("StackResourceSummaries");
    for (int i = 0; i < MACROS.size(); i++) {
      list.addObject().put("LogicalResourceId", MACROS.get(i)).put("PhysicalResourceId", MACROS.get(i))
          .put("ResourceType", i % 2 == 0 ? "AWS::SNS::Topic" : "AWS::SQS::Queue")
          .put("ResourceStatus", "UPDATE_COMPLETE").put("ResourceStatusReason", MACROS.get(i))
          .put("LastUpdatedTimestamp", "2026-11-18T16:39:51.204000+00:00");
    }
    project.file("deployed/macros/list-stack-resources.json", JSON.writeValueAsString(resources));
  }

  /** Where an attribute sends the browser, or null for attributes that do not. */
  private static boolean isAddress(String attribute) {
    return Set.of("src", "href", "data", "action", "srcset", "poster", "background", "formaction", "xlink:href")
        .contains(attribute.toLowerCase(Locale.ROOT));
  }

  @Test
  void noPageHasAnImageOrLinkFromAMacroOrAutolinkInInput() {
    List<String> problems = new ArrayList<>();
    html.forEach((path, page) -> {
      for (Element e : Jsoup.parse(page).getAllElements()) {
        if (Set.of("img", "script", "iframe", "embed", "video", "audio", "sup").contains(e.tagName())
            && !(e.tagName().equals("script") && e.attr("src").matches("(\\.\\./)*assets/[a-z-]+\\.js"))) {
          problems.add(path + ": " + e.outerHtml());
        }
        if (e.tagName().equals("kbd") || e.tagName().equals("b") && e.hasClass("button")
            || e.hasClass("menuseq") || e.hasClass("footnote")) {
          problems.add(path + ": " + e.outerHtml());
        }
        for (Attribute a : e.attributes()) {
          if (isAddress(a.getKey()) && leaves(a.getValue())) {
            problems.add(path + ": " + e.tagName() + " " + a.getKey() + "=" + a.getValue());
          }
        }
        if (e.id().matches("_?(a1|a2|a3|x4|f2|_footnotedef_\\d+)")) {
          problems.add(path + ": anchor " + e.id());
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  /** True for an address that is neither inside the site nor on a host the docs link on purpose. */
  private static boolean leaves(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    int colon = v.indexOf(':');
    int slash = v.indexOf('/');
    if (colon < 0 || (slash >= 0 && slash < colon) || v.indexOf('#') >= 0 && v.indexOf('#') < colon
        || v.indexOf('?') >= 0 && v.indexOf('?') < colon) {
      return v.startsWith("//"); // relative: inside the site, unless protocol-relative
    }
    if (!v.startsWith("http://") && !v.startsWith("https://")) {
      return true; // mailto:, irc:, ftp:, file:, javascript:, data: ...
    }
    int hostEnd = v.indexOf('/', v.indexOf("//") + 2);
    String host = v.substring(v.indexOf("//") + 2, hostEnd < 0 ? v.length() : hostEnd);
    return OUR_HOSTS.stream().noneMatch(h -> host.equals(h) || host.endsWith("." + h));
  }

  @Test
  void everyHtmlPageCarriesTheContentSecurityPolicyBeforeAnythingItLoads() {
    assertThat(html).hasSizeGreaterThan(MACROS.size());
    html.forEach((path, page) -> {
      org.jsoup.nodes.Document doc = Jsoup.parse(page);
      Element first = doc.head().child(0);
      Element meta = doc.head().selectFirst("meta[http-equiv=Content-Security-Policy]");
      assertThat(meta).as(path).isNotNull();
      assertThat(meta.attr("content")).as(path).contains("default-src 'none'", "script-src 'self'",
          "base-uri 'none'", "form-action 'none'").doesNotContain("http:", "https:", "*");
      // before any element that loads something (the policy covers only what follows it)
      assertThat(doc.select("link, script, style, img, object, iframe, base").stream()
          .filter(e -> e.siblingIndex() < meta.siblingIndex() && e.parent() == meta.parent())).as(path).isEmpty();
      assertThat(first.tagName()).as(path).isIn("meta");
    });
  }

  @Test
  void annotationUrlsWithAScriptSchemeAreLinkedNowhere() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, String> pages = new LinkedHashMap<>(html);
    for (Path f : project.outputs()) {
      String relative = project.base.relativize(f).toString().replace('\\', '/');
      if (relative.endsWith(".md")) {
        pages.put(relative, commonMark(Files.readString(f)));
      }
    }
    pages.forEach((path, page) -> {
      for (Element e : Jsoup.parse(page).getAllElements()) {
        for (Attribute a : e.attributes()) {
          String value = a.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
          if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")) {
            problems.add(path + ": " + e.tagName() + " " + a.getKey() + "=" + a.getValue());
          }
        }
      }
    });
    assertThat(problems).isEmpty();
    com.fasterxml.jackson.databind.JsonNode model = JSON.readTree(project.read("docs/model.json"));
    for (com.fasterxml.jackson.databind.JsonNode a : model.findValues("annotation")) {
      for (String key : List.of("oncall", "escalation")) {
        String url = a.path(key).asText("");
        assertThat(url).as("model.json " + key).matches("|https?://\\S+");
      }
      a.path("links").forEach(l -> assertThat(l.path("url").asText()).as("model.json link").matches("https?://\\S+"));
    }
    assertThat(pages.values().stream().anyMatch(p -> p.contains("https://wiki.example.com/ok")))
        .as("the http(s) link is there").isTrue();
  }

  private static String commonMark(String markdownText) {
    List<org.commonmark.Extension> extensions = List.of(org.commonmark.ext.gfm.tables.TablesExtension.create());
    return org.commonmark.renderer.html.HtmlRenderer.builder().extensions(extensions).build()
        .render(org.commonmark.parser.Parser.builder().extensions(extensions).build().parse(markdownText));
  }

  /**
   * The hostile site in headless Chromium with a network log: opening its pages (with their scripts, styles and
   * diagrams) makes no request that leaves the site. A control page with an outside image shows the log sees one.
   * Skipped when Chromium is absent.
   */
  @Test
  void theSiteInABrowserMakesNoRequestOutsideItself() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (!Files.isExecutable(chromium)) {
      System.out.println("HostileLinksTest: browser check skipped, no " + chromium + " (apt-get install chromium)");
      org.junit.jupiter.api.Assumptions.abort("no chromium");
    }
    Path control = root.resolve("control.html");
    Files.writeString(control, "<!DOCTYPE html><html><body><img src=\"http://" + HOST + "/control.png\"></body></html>");
    assertThat(BrowserRequests.of(chromium, control, root).page()).as("the log sees an outside request")
        .anyMatch(u -> u.contains(HOST + "/control.png"));
    List<String> pages = html.keySet().stream().filter(p -> p.startsWith("docs/") && !p.startsWith("docs/antora/"))
        .sorted().toList();
    List<String> opened = new ArrayList<>(List.of("docs/index.html", "docs/stacks/macros.html", "docs/findings.html"));
    pages.stream().filter(p -> p.startsWith("docs/runbooks/")).limit(5).forEach(opened::add);
    assertThat(pages).containsAll(opened);
    List<String> outside = new ArrayList<>();
    int browserOwn = 0;
    for (String page : opened) {
      BrowserRequests.Seen seen = BrowserRequests.of(chromium, project.base.resolve(page), root);
      seen.page().forEach(url -> outside.add(page + " → " + url));
      browserOwn += seen.all().size() - seen.page().size();
    }
    System.out.println("HostileLinksTest: " + opened.size() + " pages opened in Chromium: " + outside.size()
        + " requests from the pages outside the site (" + browserOwn + " of the browser's own services left aside)");
    assertThat(outside).isEmpty();
  }

  @Test
  void everyProbeIsShownAsTheTextItIs() {
    String text = Jsoup.parse(html.get("docs/stacks/macros.html")).text();
    for (String probe : MACROS) {
      assertThat(text).contains(probe);
    }
  }
}
