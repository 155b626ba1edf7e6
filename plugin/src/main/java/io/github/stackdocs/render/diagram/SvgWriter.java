package io.github.stackdocs.render.diagram;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Layout} as a self-contained SVG: no scripts, no external fonts, images or links; an embedded
 * style with a light and a dark ({@code prefers-color-scheme}) palette; a node's AWS service icon ({@link Icons},
 * defined once in the SVG's own {@code <defs>} and drawn with a {@code <use>} of that local id) or, for a type
 * without one, a coloured badge with its family's glyph; a {@code <title>} per node and group for hover text.
 * Every text is XML-escaped; numbers have at most one decimal, written the same in every locale; ids are the
 * diagram's own and the icons' ({@code sd-icon-...}). Output depends on nothing but the layout.
 */
final class SvgWriter {
  private static final double RADIUS = 5;
  private static final String STYLE = """
      .sd-bg{fill:#ffffff}
      .sd-box{fill:#ffffff;stroke:#9ba5b1;stroke-width:1}
      .sd-label{fill:#16191f;font-size:13px;font-weight:600}
      .sd-detail{fill:#5f6b7a;font-size:10.5px}
      .sd-attached{fill:#5f6b7a;font-size:10.5px;font-style:italic}
      .sd-badge-text{fill:#ffffff;font-size:10.5px;font-weight:700}
      .sd-service{fill:#414d5c;font-size:10.5px;font-weight:700}
      .sd-glyph{fill:none;stroke:#ffffff;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
      .sd-frame{fill:#f4f6f8;stroke:#c2c9d1;stroke-width:1}
      .sd-frame.sd-vpc{fill:#f2f8ec;stroke:#7aa116}
      .sd-frame.sd-az{fill:none;stroke:#147eba;stroke-dasharray:8 4}
      rect.sd-frame.sd-az.sd-tab{fill:#f2f8ec}
      .sd-frame.sd-subnet{fill:#eaf3fb;stroke:#6f9cc5}
      .sd-frame.sd-nested_stack{fill:#f6f2fc;stroke:#9a7fd1}
      .sd-frame.sd-other_stack{fill:none;stroke:#8d96a0;stroke-dasharray:6 4}
      .sd-frame.sd-stage{fill:#f4f6f8;stroke:#8d96a0}
      rect.sd-frame.sd-tab{stroke:none}
      rect.sd-frame.sd-other_stack.sd-tab{fill:#ffffff}
      .sd-frame-label{fill:#414d5c;font-size:12px;font-weight:700}
      .sd-edge{fill:none;stroke:#66717d;stroke-width:1.3}
      .sd-edge.sd-dotted{stroke-dasharray:4 3}
      .sd-edge.sd-thick{stroke-width:2.6}
      .sd-arrowhead{fill:#66717d}
      .sd-edge-label-bg{fill:#ffffff;fill-opacity:0.92}
      .sd-edge-label{fill:#3b4652;font-size:11px}
      .f-compute{fill:#c45500}.f-storage{fill:#3f8624}.f-database{fill:#3b48cc}.f-network{fill:#6b3fd1}
      .f-integration{fill:#c7115f}.f-security{fill:#d13212}.f-management{fill:#b0084d}.f-analytics{fill:#00796b}
      .f-stack{fill:#232f3e}.f-other{fill:#5f6b7a}
      @media (prefers-color-scheme: dark){
      .sd-bg{fill:#17181b}
      .sd-box{fill:#24262b;stroke:#5d6570}
      .sd-label{fill:#ececec}
      .sd-detail{fill:#a9b2bd}
      .sd-service{fill:#c6cdd6}
      .sd-attached{fill:#a9b2bd}
      .sd-frame{fill:#1d1f23;stroke:#454b53}
      .sd-frame.sd-vpc{fill:#1b2317;stroke:#5e7d16}
      .sd-frame.sd-az{fill:none;stroke:#3b7fb0}
      rect.sd-frame.sd-az.sd-tab{fill:#1b2317}
      .sd-frame.sd-subnet{fill:#172029;stroke:#46688a}
      .sd-frame.sd-nested_stack{fill:#1f1b29;stroke:#6b58a0}
      .sd-frame.sd-other_stack{fill:none;stroke:#6c757f}
      rect.sd-frame.sd-other_stack.sd-tab{fill:#17181b}
      .sd-frame.sd-stage{fill:#1d1f23;stroke:#6c757f}
      .sd-frame-label{fill:#c6cdd6}
      .sd-edge{stroke:#9aa4ae}
      .sd-arrowhead{fill:#9aa4ae}
      .sd-edge-label-bg{fill:#17181b}
      .sd-edge-label{fill:#cfd6de}
      .f-stack{fill:#55657a}
      }
      """;

  private SvgWriter() {}

  static String write(Layout layout) {
    double w = Math.ceil(layout.width());
    double h = Math.ceil(layout.height());
    StringBuilder sb = new StringBuilder(4096 + layout.nodes().size() * 600);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(w)).append("\" height=\"")
        .append(num(h)).append("\" viewBox=\"0 0 ").append(num(w)).append(' ').append(num(h))
        .append("\" role=\"img\" aria-labelledby=\"sd-title\" font-family=\"Helvetica, Arial, 'Liberation Sans', sans-serif\">\n");
    sb.append("<title id=\"sd-title\">").append(xml(layout.diagram().title())).append("</title>\n");
    sb.append("<style>\n").append(STYLE).append("</style>\n");
    sb.append("<defs><marker id=\"sd-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
        + " markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path class=\"sd-arrowhead\""
        + " d=\"M0,0 L10,5 L0,10 z\"/></marker>");
    icons(sb, layout.diagram());
    sb.append("</defs>\n");
    sb.append("<rect class=\"sd-bg\" x=\"0\" y=\"0\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
        .append("\"/>\n");
    for (DiagramGroup g : layout.diagram().groups()) {
      frame(sb, g, layout.groups().get(g.id()));
    }
    for (Layout.Route r : layout.edges()) {
      edge(sb, r);
    }
    for (DiagramGroup g : layout.diagram().groups()) {
      frameLabel(sb, g, layout.groups().get(g.id()));
    }
    for (DiagramNode n : layout.diagram().nodes()) {
      node(sb, n, layout.nodes().get(n.id()));
    }
    for (Layout.Route r : layout.edges()) {
      if (r.label() != null) {
        edgeLabel(sb, r);
      }
    }
    return sb.append("</svg>\n").toString();
  }

  private static void frame(StringBuilder sb, DiagramGroup g, Layout.Box b) {
    sb.append("<g id=\"sd-").append(g.id()).append("\"><title>").append(xml(g.label())).append("</title>")
        .append("<rect class=\"sd-frame sd-").append(kind(g)).append('"');
    rect(sb, b).append(" rx=\"8\"/></g>\n");
  }

  /** A frame's label, drawn over the edges that cross the frame's top, on a tab of the frame's colour. */
  private static void frameLabel(StringBuilder sb, DiagramGroup g, Layout.Box b) {
    String label = TextWidths.fit(g.label(), NodeMetrics.GROUP_FONT, true, b.width() - 2 * NodeMetrics.GROUP_SIDE);
    double x = b.x() + NodeMetrics.GROUP_SIDE;
    double y = b.y() + NodeMetrics.GROUP_LABEL_BASELINE;
    sb.append("<g><rect class=\"sd-frame sd-tab sd-").append(kind(g)).append('"');
    rect(sb, new Layout.Box(x - 4, y - 13, TextWidths.width(label, NodeMetrics.GROUP_FONT, true) + 8, 17))
        .append(" rx=\"3\"/>");
    text(sb, "sd-frame-label", x, y, label);
    sb.append("</g>\n");
  }

  private static String kind(DiagramGroup g) {
    return g.kind().name().toLowerCase(Locale.ROOT);
  }

  /**
   * Each icon the diagram's nodes use, once, as a {@code <symbol>} (id {@code sd-icon-<name>}) after the gradients
   * they fill with (ids {@code sd-icon-g<n>}); nodes draw them with a {@code <use>} of that local id. Sorted by
   * name: the defs depend on the set of icons only.
   */
  private static void icons(StringBuilder sb, Diagram diagram) {
    java.util.SortedMap<String, Icons.Icon> used = new java.util.TreeMap<>();
    for (DiagramNode n : diagram.nodes()) {
      NodeMetrics.icon(n).ifPresent(i -> used.put(i.name(), i));
    }
    java.util.SortedSet<String> gradients = new java.util.TreeSet<>();
    used.values().forEach(i -> gradients.addAll(i.gradients()));
    for (String g : gradients) {
      sb.append(Icons.gradient(g));
    }
    for (Icons.Icon i : used.values()) {
      sb.append("<symbol id=\"").append(Icons.PREFIX).append(i.name()).append("\" viewBox=\"0 0 ")
          .append(num(i.width())).append(' ').append(num(i.height())).append("\">").append(i.body())
          .append("</symbol>");
    }
  }

  private static void node(StringBuilder sb, DiagramNode n, Layout.Box b) {
    sb.append("<g id=\"sd-").append(n.id()).append("\"><title>").append(xml(n.tooltip())).append("</title>")
        .append("<rect class=\"sd-box\"");
    rect(sb, b).append(" rx=\"6\"/>");
    double bx = b.x() + NodeMetrics.textLeft(n);
    double by = b.y() + NodeMetrics.BADGE_TOP;
    double bw = NodeMetrics.badgeWidth(n);
    double baseline = by + NodeMetrics.BADGE_HEIGHT - 4.5;
    java.util.Optional<Icons.Icon> icon = NodeMetrics.icon(n);
    if (icon.isPresent()) {
      sb.append("<use href=\"#").append(Icons.PREFIX).append(icon.get().name()).append('"');
      rect(sb, new Layout.Box(b.x() + NodeMetrics.PAD_X, b.y() + NodeMetrics.ICON_TOP, NodeMetrics.ICON,
          NodeMetrics.ICON)).append("/>");
      text(sb, "sd-service", bx, baseline, n.badge());
    } else {
      sb.append("<rect class=\"f-").append(n.family().cssName()).append('"');
      rect(sb, new Layout.Box(bx, by, bw, NodeMetrics.BADGE_HEIGHT)).append(" rx=\"3\"/>");
      Glyphs.path(sb, n.family(), bx + NodeMetrics.BADGE_PAD, by + (NodeMetrics.BADGE_HEIGHT - Glyphs.SIZE) / 2);
      text(sb, "sd-badge-text", bx + NodeMetrics.BADGE_PAD + Glyphs.SIZE + Glyphs.GAP, baseline, n.badge());
    }
    if (!n.detail().isEmpty()) {
      text(sb, "sd-detail", bx + bw + NodeMetrics.BADGE_GAP, baseline, NodeMetrics.detail(n));
    }
    text(sb, "sd-label", bx, b.y() + NodeMetrics.LABEL_BASELINE, NodeMetrics.label(n));
    if (!n.attached().isEmpty()) {
      text(sb, "sd-attached", bx, b.y() + NodeMetrics.ATTACHED_BASELINE, NodeMetrics.attached(n));
    }
    sb.append("</g>\n");
  }

  private static void edge(StringBuilder sb, Layout.Route r) {
    List<Layout.Point> p = r.points();
    if (p.size() < 2) {
      return;
    }
    String style = switch (r.edge().style()) {
      case SOLID -> "sd-edge";
      case DOTTED -> "sd-edge sd-dotted";
      case THICK -> "sd-edge sd-thick";
    };
    sb.append("<path class=\"").append(style).append("\" d=\"M").append(num(p.get(0).x())).append(',')
        .append(num(p.get(0).y()));
    for (int i = 1; i < p.size() - 1; i++) {
      Layout.Point a = p.get(i - 1);
      Layout.Point c = p.get(i);
      Layout.Point d = p.get(i + 1);
      double r1 = Math.min(RADIUS, Math.min(dist(a, c), dist(c, d)) / 2);
      Layout.Point in = toward(c, a, r1);
      Layout.Point out = toward(c, d, r1);
      sb.append(" L").append(num(in.x())).append(',').append(num(in.y()))
          .append(" Q").append(num(c.x())).append(',').append(num(c.y())).append(' ')
          .append(num(out.x())).append(',').append(num(out.y()));
    }
    Layout.Point last = p.get(p.size() - 1);
    sb.append(" L").append(num(last.x())).append(',').append(num(last.y())).append("\" marker-end=\"url(#sd-arrow)\"/>\n");
  }

  private static void edgeLabel(StringBuilder sb, Layout.Route r) {
    Layout.Box b = r.label();
    sb.append("<g><rect class=\"sd-edge-label-bg\"");
    rect(sb, b).append(" rx=\"3\"/>");
    text(sb, "sd-edge-label", b.x() + NodeMetrics.EDGE_LABEL_PAD, b.y() + b.height() - 4, r.edge().label());
    sb.append("</g>\n");
  }

  private static StringBuilder rect(StringBuilder sb, Layout.Box b) {
    return sb.append(" x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"")
        .append(num(b.width())).append("\" height=\"").append(num(b.height())).append('"');
  }

  private static void text(StringBuilder sb, String css, double x, double y, String text) {
    sb.append("<text class=\"").append(css).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\">").append(xml(text)).append("</text>");
  }

  private static double dist(Layout.Point a, Layout.Point b) {
    return Math.abs(a.x() - b.x()) + Math.abs(a.y() - b.y());
  }

  private static Layout.Point toward(Layout.Point from, Layout.Point to, double by) {
    double d = dist(from, to);
    if (d == 0) {
      return from;
    }
    return new Layout.Point(from.x() + (to.x() - from.x()) * by / d, from.y() + (to.y() - from.y()) * by / d);
  }

  /** A number with at most one decimal, no exponent, no locale: {@code 12}, {@code 12.5}, {@code -3.1}. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths == 0) {
      return "0";
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
  }

  /** Text for XML content and attributes: markup characters as entities, characters XML forbids dropped. */
  static String xml(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c == '\t' || c == '\n' || c == '\r') {
            sb.append(' ');
          } else if (c < 0x20 || c == 0xfffe || c == 0xffff) {
            sb.append('\ufffd');
          } else if (Character.isSurrogate(c)) {
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
              sb.append(c).append(text.charAt(++i));
            } else {
              sb.append('\ufffd');
            }
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
