package io.github.stackdocs.render.diagram;

/**
 * Text widths from a fixed table (Helvetica's advance widths, which Arial and Liberation Sans share), so the
 * layout never depends on the fonts of the machine that builds it; the SVG asks for those fonts. Characters
 * outside printable ASCII count as wide.
 */
final class TextWidths {
  /** Advance widths in 1/1000 em for U+0020..U+007E. */
  private static final int[] ASCII = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 //        p-z { | } ~
  };
  /** Bold text is about this much wider. */
  private static final double BOLD = 1.08;

  private TextWidths() {}

  /** The width of {@code text} in pixels at {@code size} pixels, bold or not. */
  static double width(String text, double size, boolean bold) {
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c <= 0x7e) {
        units += ASCII[c - 0x20];
      } else if (Character.isLowSurrogate(c)) {
        continue; // counted with its high surrogate
      } else {
        units += c >= 0x2e80 ? 1000 : 600;
      }
    }
    return units / 1000.0 * size * (bold ? BOLD : 1.0);
  }

  /** {@code text} cut to at most {@code max} pixels wide, ending with an ellipsis when cut. */
  static String fit(String text, double size, boolean bold, double max) {
    if (width(text, size, bold) <= max) {
      return text;
    }
    double room = max - width("\u2026", size, bold);
    int end = 0;
    double used = 0;
    while (end < text.length()) {
      int next = end + Character.charCount(text.codePointAt(end));
      double w = width(text.substring(end, next), size, bold);
      if (used + w > room) {
        break;
      }
      used += w;
      end = next;
    }
    return text.substring(0, end) + "\u2026";
  }
}
