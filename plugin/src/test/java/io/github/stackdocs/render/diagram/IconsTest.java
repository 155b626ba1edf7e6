package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class IconsTest {
  private static final Set<String> ELEMENTS = Set.of("svg", "defs", "linearGradient", "radialGradient", "stop",
      "path", "circle", "ellipse", "rect", "polygon", "polyline", "line", "g");
  private static final Set<String> ATTRIBUTES = Set.of("id", "d", "fill", "fill-rule", "fill-opacity", "opacity",
      "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-opacity",
      "stroke-dasharray", "clip-rule", "transform", "x", "y", "width", "height", "cx", "cy", "r", "rx", "ry", "fx",
      "fy", "x1", "x2", "y1", "y2", "points", "offset", "stop-color", "stop-opacity", "gradientUnits",
      "gradientTransform", "spreadMethod");
  private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)['\"]?\\s*\\)");

  @Test
  void aTypeGetsItsOwnIconBeforeItsServicesAndSamTypesTheirServices() {
    assertThat(Icons.of("AWS::Lambda::Function")).isEqualTo("aws-lambda");
    assertThat(Icons.of("AWS::DynamoDB::Table")).isEqualTo("aws-dynamodb");
    assertThat(Icons.of("AWS::ElasticLoadBalancingV2::TargetGroup")).isEqualTo("aws-elb");
    assertThat(Icons.of("AWS::EC2::Instance")).isEqualTo("aws-ec2");
    assertThat(Icons.of("AWS::EC2::Subnet")).isEqualTo("aws-vpc");
    assertThat(Icons.of("AWS::Serverless::Function")).isEqualTo("aws-lambda");
    assertThat(Icons.of("AWS::Serverless::SimpleTable")).isEqualTo("aws-dynamodb");
    assertThat(Icons.of("AWS::Serverless::HttpApi")).isEqualTo("aws-api-gateway");
  }

  @Test
  void typesWithoutAnIconHaveNone() {
    assertThat(Icons.of("Custom::Seed")).isEmpty();
    assertThat(Icons.of("AWS::CloudFormation::CustomResource")).isEmpty();
    assertThat(Icons.of("AWS::Serverless::Foo")).isEmpty();
    assertThat(Icons.of("AWS::NoSuchService::Thing")).isEmpty();
    assertThat(Icons.of("")).isEmpty();
    assertThat(Icons.of(null)).isEmpty();
  }

  @Test
  void everyMappedIconIsBundledAndEveryBundledIconIsMapped() {
    assertThat(Icons.types()).hasSizeGreaterThan(80);
    assertThat(Icons.all().keySet()).containsAll(Icons.types().values());
    assertThat(Set.copyOf(Icons.types().values())).containsAll(Icons.all().keySet());
  }

  /** Every bundled icon, with its gradients, is plain shapes and gradients: nothing that runs, loads or links. */
  @Test
  void everyBundledIconIsPlainShapesAndGradients() throws Exception {
    assertThat(Icons.all()).hasSizeGreaterThan(50);
    for (Icons.Icon icon : Icons.all().values()) {
      StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs>");
      icon.gradients().forEach(g -> svg.append(Icons.gradient(g)));
      svg.append("</defs>").append(icon.body()).append("</svg>");
      org.w3c.dom.Document doc = SvgRendererTest.parse(svg.toString());
      Set<String> ids = new HashSet<>();
      List<String> urls = new ArrayList<>();
      NodeList all = doc.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        Element e = (Element) all.item(i);
        assertThat(ELEMENTS).as(icon.name() + " element").contains(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int a = 0; a < attributes.getLength(); a++) {
          Attr attr = (Attr) attributes.item(a);
          if (e == doc.getDocumentElement()) {
            continue; // the test's own wrapper and its namespace
          }
          assertThat(ATTRIBUTES).as(icon.name() + " attribute on " + e.getTagName()).contains(attr.getName());
          if (attr.getName().equals("id")) {
            assertThat(attr.getValue()).as(icon.name()).startsWith(Icons.PREFIX);
            ids.add(attr.getValue());
          }
          Matcher m = URL.matcher(attr.getValue());
          while (m.find()) {
            urls.add(m.group(1));
          }
          assertThat(attr.getValue().toLowerCase(java.util.Locale.ROOT)).as(icon.name())
              .doesNotContain("javascript", "data:", "http", "expression", "<", "&");
        }
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
          assertThat(c.getNodeType()).as(icon.name() + ": text or comment in " + e.getTagName())
              .isEqualTo(Node.ELEMENT_NODE);
        }
      }
      assertThat(urls).as(icon.name() + ": url() names its own gradients only").allSatisfy(u ->
          assertThat(u).startsWith("#").satisfies(x -> assertThat(ids).contains(x.substring(1))));
      assertThat(icon.width()).isPositive();
      assertThat(icon.height()).isPositive();
    }
  }

  /** A node with an icon draws a local symbol; one without keeps the badge and glyph; ids are unique. */
  @Test
  void nodesWithAnIconUseTheirSymbolAndOthersKeepTheBadge() throws Exception {
    DiagramNode lambda = new DiagramNode("a", "Fn", "Lambda", "Function", Family.COMPUTE, "", "")
        .withIcon(Icons.of("AWS::Lambda::Function"));
    DiagramNode again = new DiagramNode("b", "Fn2", "Lambda", "Function", Family.COMPUTE, "", "")
        .withIcon(Icons.of("AWS::Serverless::Function"));
    DiagramNode custom = new DiagramNode("c", "Seed", "Custom", "Seed", Family.OTHER, "", "")
        .withIcon(Icons.of("Custom::Seed"));
    Diagram d = new Diagram("t", List.of(), List.of(lambda, again, custom),
        List.of(new DiagramEdge("a", "c", "invokes", DiagramEdge.Style.SOLID)));
    String svg = SvgRenderer.render(d);
    assertThat(SvgRenderer.render(d)).as("the same SVG twice").isEqualTo(svg);
    org.w3c.dom.Document doc = SvgRendererTest.parse(svg);
    NodeList symbols = doc.getElementsByTagName("symbol");
    assertThat(symbols.getLength()).as("one symbol per icon used").isEqualTo(1);
    assertThat(((Element) symbols.item(0)).getAttribute("id")).isEqualTo("sd-icon-aws-lambda");
    NodeList uses = doc.getElementsByTagName("use");
    assertThat(uses.getLength()).isEqualTo(2);
    for (int i = 0; i < uses.getLength(); i++) {
      assertThat(((Element) uses.item(i)).getAttribute("href")).isEqualTo("#sd-icon-aws-lambda");
    }
    Set<String> ids = new HashSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(ids.add(id)).as("id " + id + " once").isTrue();
      }
    }
    Matcher m = URL.matcher(svg);
    while (m.find()) {
      assertThat(ids).as("url() of a local id").contains(m.group(1).substring(1));
    }
    assertThat(svg).contains("<g id=\"sd-c\">").containsPattern("<g id=\"sd-c\">.*<rect class=\"f-other\".*"
        + "<path class=\"sd-glyph\"");
    assertThat(svg.substring(svg.indexOf("<g id=\"sd-a\">"), svg.indexOf("<g id=\"sd-b\">")))
        .doesNotContain("sd-glyph", "sd-badge-text").contains("<use href=\"#sd-icon-aws-lambda\"", "sd-service");
  }
}
