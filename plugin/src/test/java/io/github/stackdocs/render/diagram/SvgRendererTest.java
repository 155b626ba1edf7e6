package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.GoldenFiles;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {
  @TempDir Path tmp;

  /** The fixture's SVG and Mermaid at every level, and the system diagram, compared as whole files. */
  @Test
  void goldenSvgAndMermaid() {
    DiagramSet set = DiagramFixtures.diagrams(DiagramFixtures.project());
    List<Document> docs = new ArrayList<>();
    StackDiagrams app = set.stack("app").orElseThrow();
    for (DiagramLevel level : DiagramLevel.values()) {
      docs.add(new Document("app-" + level.slug() + ".svg", SvgRenderer.render(app.level(level))));
      docs.add(new Document("app-" + level.slug() + ".mmd", MermaidRenderer.render(app.level(level)) + "\n"));
    }
    docs.add(new Document("system.svg", SvgRenderer.render(set.system())));
    docs.add(new Document("system.mmd", MermaidRenderer.render(set.system()) + "\n"));
    GoldenFiles.assertMatches("diagram/fixture", docs);
  }

  @Test
  void theSameInputInAnotherOrderAndLocaleGivesTheSameBytes() {
    Project p = DiagramFixtures.project();
    List<String> first = render(p);
    Locale locale = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      List<String> again = render(p);
      assertThat(again).isEqualTo(first);
      List<Stack> stacks = new ArrayList<>();
      for (Stack s : p.stacks()) {
        List<Resource> resources = new ArrayList<>(s.resources());
        Collections.shuffle(resources, new Random(7));
        stacks.add(s.withContents(s.parameters(), s.conditions(), s.rules(), resources));
      }
      Collections.reverse(stacks);
      assertThat(render(new Project(p.name(), stacks))).isEqualTo(first);
    } finally {
      Locale.setDefault(locale);
    }
  }

  private static List<String> render(Project p) {
    DiagramSet set = DiagramFixtures.diagrams(p);
    List<String> result = new ArrayList<>();
    for (DiagramLevel level : DiagramLevel.values()) {
      Diagram d = set.stack("app").orElseThrow().level(level);
      result.add(SvgRenderer.render(d));
      result.add(MermaidRenderer.render(d));
    }
    result.add(SvgRenderer.render(set.system()));
    return result;
  }

  /** Construct names (CDK paths: no '/') and logical ids (any text a model may hold) that try to be markup. */
  @Test
  void hostileNamesAreTextInTheSvgAndInMermaid() throws Exception {
    String evil = "<script>alert(1)<\\script>&Co \"x\" 'y' \u0001]end";
    Stack cdk = DiagramFixtures.stack("cdk").withCdk(new CdkOrigin("cdk.out", "App", "App", "aws://1/eu-west-1",
        List.of(), Map.of("Handler7G8H", "App/" + evil + "/Handler/Resource", "OrdersTable5E6F",
            "App/" + evil + "/Table/Resource", "Bucket9I0J", "App/Box/" + evil + "/Resource"), Map.of()));
    String id = "</script><script>alert(2)</script>&amp;";
    Stack plain = new Stack("plain", "plain.yaml", "yaml", "", List.of(), java.util.Optional.empty(), List.of(),
        List.of(), java.util.Optional.empty(), Map.of(), java.util.Optional.empty(),
        List.of(io.github.stackdocs.render.Fixtures.resource("plain.yaml", 1, id, "Custom::" + evil,
            io.github.stackdocs.render.Fixtures.map())), List.of(), List.of());
    Project p = new Project("p", List.of(cdk, plain));
    DiagramSet set = DiagramSet.build(p, DependencyGraph.build(p), DiagramLevel.DEFAULT, true);
    List<Diagram> diagrams = new ArrayList<>();
    for (DiagramLevel level : DiagramLevel.values()) {
      diagrams.add(set.stack("cdk").orElseThrow().level(level));
      diagrams.add(set.stack("plain").orElseThrow().level(level));
    }
    for (Diagram d : diagrams) {
      String svg = SvgRenderer.render(d);
      org.w3c.dom.Document xml = parse(svg);
      assertThat(xml.getElementsByTagName("script").getLength()).isZero();
      assertThat(svg).doesNotContain("<script", "</script", "&Co", "&amp;\"");
      String text = xml.getDocumentElement().getTextContent();
      assertThat(text).containsAnyOf("<script>alert(1)<\\script>&Co \"x\" 'y' \ufffd]end", id);
      String mermaid = MermaidRenderer.render(d);
      assertThat(mermaid).doesNotContain("<script", "</script", "\"x\"", "]end", "&amp;").contains("#lt;script#gt;alert");
    }
  }

  @Test
  void numbersHaveOneDecimalAtMostAndNoLocale() {
    assertThat(List.of(SvgWriter.num(0), SvgWriter.num(12), SvgWriter.num(12.25), SvgWriter.num(12.04),
        SvgWriter.num(-3.16), SvgWriter.num(-0.04), SvgWriter.num(1e7)))
        .containsExactly("0", "12", "12.3", "12", "-3.2", "0", "10000000");
    assertThat(SvgWriter.xml("a<b>&\"c'\u0000\ud800")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;\ufffd\ufffd");
  }

  /** A 200-resource stack of the benchmark generator: valid XML, every node inside the picture, none overlapping. */
  @Test
  void twoHundredResourceStackRendersCleanly() throws Exception {
    Project p = GeneratedStacks.generate(tmp, 1, 200);
    DiagramSet set = DiagramSet.build(p, DependencyGraph.build(p), DiagramLevel.DEFAULT, true);
    StackDiagrams d = set.stack(p.stacks().get(0).name()).orElseThrow();
    assertThat(d.all().nodes()).hasSize(200);
    assertThat(set.summarized(p.stacks().get(0).name())).isTrue();
    for (DiagramLevel level : DiagramLevel.values()) {
      Layout layout = ElkLayout.layout(d.level(level));
      String svg = SvgWriter.write(layout);
      org.w3c.dom.Document xml = parse(svg);
      String[] box = xml.getDocumentElement().getAttribute("viewBox").split(" ");
      double width = Double.parseDouble(box[2]);
      double height = Double.parseDouble(box[3]);
      List<double[]> rects = new ArrayList<>();
      NodeList all = xml.getElementsByTagName("rect");
      for (int i = 0; i < all.getLength(); i++) {
        Element r = (Element) all.item(i);
        if (r.getAttribute("class").equals("sd-box")) {
          double[] b = {num(r, "x"), num(r, "y"), num(r, "width"), num(r, "height")};
          assertThat(b[0]).as(level + " node inside").isGreaterThanOrEqualTo(0);
          assertThat(b[1]).isGreaterThanOrEqualTo(0);
          assertThat(b[0] + b[2]).isLessThanOrEqualTo(width);
          assertThat(b[1] + b[3]).isLessThanOrEqualTo(height);
          rects.add(b);
        }
      }
      assertThat(rects).as(level + " nodes drawn").hasSize(d.level(level).nodes().size());
      for (int i = 0; i < rects.size(); i++) {
        for (int j = i + 1; j < rects.size(); j++) {
          assertThat(overlap(rects.get(i), rects.get(j))).as(level + " nodes " + i + " and " + j + " overlap").isFalse();
        }
      }
      assertReadable(level.toString(), layout);
    }
  }

  /** The fixture's diagrams at every level: no edge label on a node or on another edge label. */
  @Test
  void labelsOfTheFixtureDoNotOverlap() {
    DiagramSet set = DiagramFixtures.diagrams(DiagramFixtures.project());
    for (DiagramLevel level : DiagramLevel.values()) {
      assertReadable(level.toString(), ElkLayout.layout(set.stack("app").orElseThrow().level(level)));
    }
    assertReadable("system", ElkLayout.layout(set.system()));
  }

  private static void assertReadable(String what, Layout layout) {
    List<Layout.Box> labels = layout.edges().stream().map(Layout.Route::label).filter(java.util.Objects::nonNull)
        .toList();
    for (int i = 0; i < labels.size(); i++) {
      Layout.Box label = labels.get(i);
      assertThat(layout.nodes().values()).as(what + ": edge label on a node").noneMatch(n -> n.overlaps(label));
      assertThat(labels.subList(i + 1, labels.size())).as(what + ": edge labels overlap").noneMatch(label::overlaps);
    }
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  private static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  static org.w3c.dom.Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
