package io.github.stackdocs.render.diagram;

/**
 * What an edge means, as the picture says it: {@code from} (the subject) {@link #label} {@code to}. The
 * plumbing relations (a role's user, a policy's role, a permission's function ...) have no label of their own;
 * the default level folds them into the semantic relations they imply.
 */
enum Relation {
  /** A reference without a known meaning (Ref, GetAtt, Sub, ImportValue). */
  PLAIN(""),
  /** Only a {@code DependsOn}: drawn dotted. */
  DEPENDS_ON(""),
  INVOKES("invokes"),
  READS_WRITES("reads/writes"),
  READS("reads"),
  WRITES("writes"),
  SUBSCRIBES("subscribes"),
  TRIGGERS("triggers"),
  ROUTES_TO("routes to"),
  NOTIFIES("notifies"),
  WATCHES("watches"),
  /** A resource runs as a role (directly or through an instance profile). */
  USES_ROLE(""),
  /** A policy or instance profile is attached to a role. */
  ATTACHED_TO(""),
  /** A Lambda permission's function. */
  PERMITS(""),
  /** A Lambda permission's source (who may invoke). */
  PERMITTED_SOURCE(""),
  /** An event source mapping's or a subscription's other end. */
  CONNECTS("");

  private final String label;

  Relation(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** True for relations with a meaning of their own (a label). */
  boolean semantic() {
    return !label.isEmpty();
  }

  /** True for read/write access, which combines ({@code reads} and {@code writes} make {@code reads/writes}). */
  boolean access() {
    return this == READS || this == WRITES || this == READS_WRITES;
  }

  /** True for the relations the default level folds away (they have no label of their own). */
  boolean plumbing() {
    return compareTo(USES_ROLE) >= 0;
  }

  /**
   * The stronger of two relations between the same pair: semantic before plumbing before plain before
   * DependsOn; {@code reads} and {@code writes} combined.
   */
  static Relation merge(Relation a, Relation b) {
    if (a.access() && b.access() && a != b) {
      return READS_WRITES;
    }
    int ra = a.rank();
    int rb = b.rank();
    if (ra != rb) {
      return ra > rb ? a : b;
    }
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  private int rank() {
    if (semantic()) {
      return 3;
    }
    if (plumbing()) {
      return 2;
    }
    return this == PLAIN ? 1 : 0;
  }
}
