package io.github.stackdocs.analyze.diff;

/**
 * What a resource change does to the running resource, from harmless to drastic (the declaration order is
 * the severity order used for sorting and for the resource's overall impact).
 */
public enum Impact {
  /** Only template-side attributes change (Metadata, DependsOn, policies); the resource is not touched. */
  NO_UPDATE("no update"),
  /** Updated in place. */
  IN_PLACE("in place"),
  /** A new resource is created. */
  CREATE("create"),
  /** Replaced for some values only (the catalog's "conditional" replacement). */
  MAY_REPLACE("may replace"),
  /** Replaced: a new physical resource is created and the old one deleted. */
  WILL_REPLACE("will replace"),
  /** Removed from the template with DeletionPolicy Retain or RetainExceptOnCreate: left running, unmanaged. */
  ORPHAN("orphan"),
  /** Removed from the template and deleted. */
  DESTROY("destroy");

  private final String label;

  Impact(String label) {
    this.label = label;
  }

  /** Lower-case words for documents: {@code will replace}. */
  public String label() {
    return label;
  }

  /** True for WILL_REPLACE and MAY_REPLACE. */
  public boolean replaces() {
    return this == WILL_REPLACE || this == MAY_REPLACE;
  }

  public Impact max(Impact other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
