package io.github.stackdocs.bench;

/** What the harness times, in the order it prints them. */
enum Stage {
  FLOOR("Jackson parse (floor)"),
  MODEL("read"),
  BIND("bind (defaults environment)"),
  ANALYZE("analyze"),
  RENDER("render adoc+md+json"),
  RUNBOOKS("render runbooks"),
  WRITE("write docs + runbooks"),
  TOTAL("total without HTML"),
  ADOC("  render adoc alone"),
  MD("  render md alone"),
  JSON("  render json alone"),
  HTML("  html site from the view"),
  HTML_RUNBOOKS("  html runbooks (AsciidoctorJ)");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
