package io.github.stackdocs.render.diagram;

/**
 * A labelled frame around nodes and other groups.
 *
 * @param id unique in its diagram among nodes and groups, {@code [A-Za-z0-9_]} only
 * @param parent the enclosing group's id; empty at the top level
 */
public record DiagramGroup(String id, String label, String parent, Kind kind) {
  /** The order availability zone frames read in, in the SVG and in Mermaid: their names' (AZ 1, AZ 2, eu-west-1a). */
  static final java.util.Comparator<DiagramGroup> ZONE_ORDER = java.util.Comparator.comparing(DiagramGroup::label);

  /** What a group stands for; the SVG draws resources of other stacks with a dashed frame. */
  public enum Kind {
    /** A CDK construct (the path below the stack). */
    CONSTRUCT,
    /** A nested stack, shown inside its parent. */
    NESTED_STACK,
    VPC,
    /** An availability zone inside a VPC. */
    AZ,
    SUBNET,
    /** Resources of one AWS service. */
    SERVICE,
    /** Resources of another stack that this one uses. */
    OTHER_STACK,
    /** Stacks of one CDK stage (system diagram). */
    STAGE
  }
}
