package io.github.stackdocs.render.diagram;

import java.util.Locale;

/** How much of a stack a diagram shows. */
public enum DiagramLevel {
  /**
   * Every resource and every reference, IAM roles, policies and Lambda permissions included, but for the plain
   * references into the VPC or subnet frame a resource is drawn in (the frame shows them).
   */
  ALL("all"),
  /**
   * Without IAM and permission plumbing: roles, policies, instance profiles, Lambda permissions, event source
   * mappings and subscriptions are left out and become the edges they imply ("reads", "invokes", "triggers" ...).
   */
  DEFAULT("default"),
  /** One node per service (per construct or VPC where the stack is grouped so), with counts. */
  SUMMARY("summary");

  private final String slug;

  DiagramLevel(String slug) {
    this.slug = slug;
  }

  /** {@code all}, {@code default}, {@code summary}: file name suffixes and page text. */
  public String slug() {
    return slug;
  }

  /** Parses ALL, DEFAULT or SUMMARY (any case). */
  public static DiagramLevel parse(String value) {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    for (DiagramLevel l : values()) {
      if (l.name().equals(v)) {
        return l;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not a diagram level; expected ALL, DEFAULT or SUMMARY");
  }
}
