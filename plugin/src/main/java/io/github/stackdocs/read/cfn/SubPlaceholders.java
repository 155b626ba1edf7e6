package io.github.stackdocs.read.cfn;

import java.util.ArrayList;
import java.util.List;

/** The parts of an {@code Fn::Sub} string: literal text and {@code ${Name}} / {@code ${Name.Attr}} variables. */
public final class SubPlaceholders {
  private SubPlaceholders() {}

  /** One piece: literal text, or a variable name (the text between {@code ${} and {@code }}). */
  public record Part(String text, boolean variable) {
    /** The name before the first dot ({@code Bucket} of {@code Bucket.Arn}). */
    public String target() {
      int dot = text.indexOf('.');
      return dot > 0 ? text.substring(0, dot) : text;
    }

    /** The attribute after the first dot, or empty. */
    public String attribute() {
      int dot = text.indexOf('.');
      return dot > 0 ? text.substring(dot + 1) : "";
    }
  }

  /** Splits a Sub string. {@code ${!Literal}} is literal text {@code ${Literal}}; an unclosed {@code ${} is text. */
  public static List<Part> parse(String s) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int start = s.indexOf("${", i);
      int end = start < 0 ? -1 : s.indexOf('}', start + 2);
      if (start < 0 || end < 0) {
        literal.append(s, i, s.length());
        break;
      }
      literal.append(s, i, start);
      String inner = s.substring(start + 2, end);
      if (inner.startsWith("!")) {
        literal.append("${").append(inner.substring(1)).append('}');
      } else {
        if (literal.length() > 0) {
          parts.add(new Part(literal.toString(), false));
          literal.setLength(0);
        }
        parts.add(new Part(inner.strip(), true));
      }
      i = end + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Part(literal.toString(), false));
    }
    return parts;
  }
}
