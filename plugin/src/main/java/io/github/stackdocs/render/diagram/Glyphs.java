package io.github.stackdocs.render.diagram;

import java.util.EnumMap;
import java.util.Map;

/**
 * A small pictogram per service family, drawn white in the node's coloured badge: a chip for compute, a bucket for
 * storage, a cylinder for databases, a globe for networking, an envelope for integration, a lock for security, a
 * chart line for management, bars for analytics, layers for stacks, a cube for the rest. Drawn for the types the
 * bundled AWS icons ({@link Icons}) do not cover, and for stacks. Each glyph is a path of strokes on a 16 × 16
 * grid, scaled to {@link #SIZE}.
 */
final class Glyphs {
  /** The glyph's size in the badge, and the gap between it and the badge text. */
  static final double SIZE = 11;
  static final double GAP = 3;
  /** {@link #SIZE} / 16, as written in the SVG. */
  private static final String SCALE = "0.6875";

  private static final Map<Family, String> PATHS = new EnumMap<>(Map.of(
      Family.COMPUTE, "M4.5 4.5h7v7h-7z M6.5 1.5v3 M9.5 1.5v3 M6.5 11.5v3 M9.5 11.5v3 M1.5 6.5h3 M1.5 9.5h3"
          + " M11.5 6.5h3 M11.5 9.5h3",
      Family.STORAGE, "M2 4h12l-1.6 9.5h-8.8z M2 4c0 1 2.7 1.8 6 1.8s6-.8 6-1.8",
      Family.DATABASE, "M2.5 4c0-1.1 2.5-2 5.5-2s5.5.9 5.5 2-2.5 2-5.5 2-5.5-.9-5.5-2z M2.5 4v8c0 1.1 2.5 2 5.5 2"
          + "s5.5-.9 5.5-2V4 M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2",
      Family.NETWORK, "M14 8A6 6 0 1 1 2 8a6 6 0 1 1 12 0z M2 8h12 M8 2c-3.2 3.4-3.2 8.6 0 12 M8 2c3.2 3.4 3.2 8.6 0 12",
      Family.INTEGRATION, "M2 4h12v8H2z M2 4l6 5 6-5",
      Family.SECURITY, "M3 7.5h10v6.5H3z M5 7.5V5.5a3 3 0 0 1 6 0v2",
      Family.MANAGEMENT, "M2 14h12 M2 11.5l3.5-4 3 2.5 5-6.5",
      Family.ANALYTICS, "M3 14V9 M8 14V3 M13 14V6",
      Family.STACK, "M8 2l6 3-6 3-6-3z M2 8.5l6 3 6-3 M2 11.5l6 3 6-3",
      Family.OTHER, "M8 2l6 3v6l-6 3-6-3V5z M2 5l6 3 6-3 M8 8v6"));

  private Glyphs() {}

  /**
   * Appends the glyph of {@code family} with its top left corner at (x, y): a path of its own.
   */
  static void path(StringBuilder sb, Family family, double x, double y) {
    sb.append("<path class=\"sd-glyph\" transform=\"translate(").append(SvgWriter.num(x)).append(' ')
        .append(SvgWriter.num(y)).append(") scale(").append(SCALE).append(")\" d=\"").append(PATHS.get(family))
        .append("\"/>");
  }
}
