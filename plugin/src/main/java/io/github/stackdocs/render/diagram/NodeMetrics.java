package io.github.stackdocs.render.diagram;

/**
 * Sizes and text of the shapes, shared by the layout (which needs their sizes) and the SVG (which draws them),
 * so the two cannot disagree. Widths come from {@link TextWidths}, never from the machine's fonts.
 */
final class NodeMetrics {
  static final double LABEL_FONT = 13;
  static final double BADGE_FONT = 10.5;
  static final double DETAIL_FONT = 10.5;
  static final double GROUP_FONT = 12;
  static final double EDGE_FONT = 11;

  static final double PAD_X = 10;
  static final double NODE_HEIGHT = 50;
  static final double BADGE_TOP = 8;
  static final double BADGE_HEIGHT = 16;
  static final double BADGE_PAD = 5;
  static final double BADGE_GAP = 6;
  static final double LABEL_BASELINE = 41;
  static final double MIN_WIDTH = 110;
  /** The line listing what is attached to a node, below its label. */
  static final double ATTACHED_FONT = 10.5;
  static final double ATTACHED_HEIGHT = 15;
  static final double ATTACHED_BASELINE = 56;
  static final double MAX_LABEL = 300;

  static final double GROUP_TOP = 30;
  static final double GROUP_SIDE = 14;
  static final double GROUP_LABEL_BASELINE = 19;

  /** A node's AWS icon: a square left of its text, centred on the first two lines. */
  static final double ICON = 30;
  static final double ICON_TOP = 10;
  static final double ICON_GAP = 8;

  static final double EDGE_LABEL_PAD = 4;
  static final double EDGE_LABEL_HEIGHT = 15;

  private NodeMetrics() {}

  /** The label as drawn: cut with an ellipsis beyond {@link #MAX_LABEL}. */
  static String label(DiagramNode n) {
    return TextWidths.fit(n.label(), LABEL_FONT, true, MAX_LABEL);
  }

  static String detail(DiagramNode n) {
    return TextWidths.fit(n.detail(), DETAIL_FONT, false, MAX_LABEL - badgeWidth(n) - BADGE_GAP);
  }

  /** The attached list as drawn, after a plus: cut with an ellipsis beyond {@link #MAX_LABEL}. */
  static String attached(DiagramNode n) {
    return n.attached().isEmpty() ? "" : TextWidths.fit("+ " + n.attached(), ATTACHED_FONT, false, MAX_LABEL);
  }

  static double height(DiagramNode n) {
    return n.attached().isEmpty() ? NODE_HEIGHT : NODE_HEIGHT + ATTACHED_HEIGHT;
  }

  /** The node's bundled icon, if it has one; without, its badge holds the family glyph. */
  static java.util.Optional<Icons.Icon> icon(DiagramNode n) {
    return n.icon().isEmpty() ? java.util.Optional.empty() : Icons.icon(n.icon());
  }

  /** Where the node's text starts, from its left side: right of the icon when it has one. */
  static double textLeft(DiagramNode n) {
    return icon(n).isPresent() ? PAD_X + ICON + ICON_GAP : PAD_X;
  }

  /**
   * The width of the service name: in a coloured badge with the family glyph, or as plain bold text beside an
   * icon (the icon carries the colour).
   */
  static double badgeWidth(DiagramNode n) {
    double text = TextWidths.width(n.badge(), BADGE_FONT, true);
    return icon(n).isPresent() ? text : Glyphs.SIZE + Glyphs.GAP + text + 2 * BADGE_PAD;
  }

  static double width(DiagramNode n) {
    double top = badgeWidth(n) + (n.detail().isEmpty() ? 0 : BADGE_GAP + TextWidths.width(detail(n), DETAIL_FONT, false));
    double label = Math.max(TextWidths.width(label(n), LABEL_FONT, true),
        TextWidths.width(attached(n), ATTACHED_FONT, false));
    return Math.ceil(Math.max(MIN_WIDTH, Math.max(top, label) + textLeft(n) + PAD_X));
  }

  static double groupLabelWidth(DiagramGroup g) {
    return Math.ceil(TextWidths.width(g.label(), GROUP_FONT, true) + 2 * GROUP_SIDE);
  }

  static double edgeLabelWidth(String label) {
    return Math.ceil(TextWidths.width(label, EDGE_FONT, false) + 2 * EDGE_LABEL_PAD);
  }
}
