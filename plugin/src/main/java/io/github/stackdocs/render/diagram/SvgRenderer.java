package io.github.stackdocs.render.diagram;

/** A {@link Diagram} as SVG: laid out once with ELK ({@link ElkLayout}), written by {@link SvgWriter}. */
public final class SvgRenderer {
  private SvgRenderer() {}

  public static String render(Diagram diagram) {
    return SvgWriter.write(ElkLayout.layout(diagram));
  }
}
