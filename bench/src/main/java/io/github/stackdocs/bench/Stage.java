package io.github.stackdocs.bench;

/** What the harness times, in the order it prints them. */
enum Stage {
  FLOOR("Jackson parse (floor)"),
  MODEL("read"),
  BIND("bind (defaults environment)"),
  ANALYZE("analyze"),
  RUNBOOKS("render runbooks"),
  READINESS("readiness"),
  RENDER("render adoc+md+json, streamed to staging"),
  WRITE("write runbooks + commit"),
  TOTAL("total without HTML"),
  ADOC("  render adoc alone"),
  MD("  render md alone"),
  JSON("  render json alone"),
  DIAGRAMS("  diagrams alone (build, layout, SVG)"),
  HTML("html site from the view, streamed"),
  HTML_RUNBOOKS("html runbook pages (AsciidoctorJ)"),
  HTML_COMMIT("html commit"),
  HTML_TOTAL("html total");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
