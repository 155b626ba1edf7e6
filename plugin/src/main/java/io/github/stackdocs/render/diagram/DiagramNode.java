package io.github.stackdocs.render.diagram;

/**
 * A box in a diagram.
 *
 * @param id unique in its diagram, {@code [A-Za-z0-9_]} only (a valid Mermaid id and SVG id part)
 * @param label the logical id, construct name or stack name (plain text; renderers escape it)
 * @param badge the short service name shown in the coloured badge ({@code Lambda}, {@code DynamoDB})
 * @param detail the resource type's last part or a count, shown next to the badge
 * @param family the badge's colour family
 * @param tooltip hover text: type and logical id (construct path, stack)
 * @param group the id of the innermost group holding the node; empty at the top level
 * @param attached what is drawn on the node instead of as nodes of its own, counted ({@code 2 alarms · log group});
 *     empty for none ({@link Attachments})
 * @param tier where the layout puts the node in the flow from entry points to data ({@link Tier})
 * @param icon the bundled AWS service icon drawn on the node ({@link Icons}, {@code aws-lambda}); empty for the
 *     family glyph in the service-colour badge
 */
public record DiagramNode(String id, String label, String badge, String detail, Family family, String tooltip,
    String group, String attached, Tier tier, String icon) {
  public DiagramNode {
    attached = attached == null ? "" : attached;
    tier = tier == null ? Tier.FREE : tier;
    icon = icon == null ? "" : icon;
  }

  /** A node with no icon. */
  public DiagramNode(String id, String label, String badge, String detail, Family family, String tooltip,
      String group, String attached, Tier tier) {
    this(id, label, badge, detail, family, tooltip, group, attached, tier, "");
  }

  /** A node the layout places by its edges alone. */
  public DiagramNode(String id, String label, String badge, String detail, Family family, String tooltip,
      String group, String attached) {
    this(id, label, badge, detail, family, tooltip, group, attached, Tier.FREE);
  }

  /** The same node in {@code tier}. */
  DiagramNode in(Tier t) {
    return new DiagramNode(id, label, badge, detail, family, tooltip, group, attached, t, icon);
  }

  /** The same node drawn with the bundled icon {@code name} (empty: the family glyph). */
  DiagramNode withIcon(String name) {
    return new DiagramNode(id, label, badge, detail, family, tooltip, group, attached, tier, name);
  }

  /** A node with nothing attached. */
  public DiagramNode(String id, String label, String badge, String detail, Family family, String tooltip,
      String group) {
    this(id, label, badge, detail, family, tooltip, group, "");
  }
}
