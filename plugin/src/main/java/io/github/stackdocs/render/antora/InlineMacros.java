package io.github.stackdocs.render.antora;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@code xref:} and {@code image:} macros of an AsciiDoc page, in one pass each. They were regular
 * expressions, {@code (?<![A-Za-z0-9_])xref:([^\[\s]+?\.adoc)(#[^\[\s]*)?\[} and
 * {@code (?<![A-Za-z0-9_])(image::?)([^\[\s:{][^\[\s{]*)\[}, which rescanned the rest of a word from each
 * {@code xref:} or {@code image:} in it: quadratic, and cubic for {@code xref:a.adoc#} repeated, in text a template
 * controls. The scans find the same macros.
 *
 * <p>A macro's target runs to the end of its word (a run of characters other than {@code [} and blanks, and for
 * images {@code {}), and the word must end with {@code [}. So every macro start in a word shares one end; and since a
 * later start in a word can only match less, the first start that matches is the only one the word can hold.
 */
final class InlineMacros {
  /** {@code text[start, end)} is {@code prefix + target + fragment + "["}; {@code fragment} is "" when absent. */
  record Macro(int start, int end, String prefix, String target, String fragment) {}

  private static final String XREF = "xref:";
  private static final String IMAGE = "image:";
  private static final String ADOC = ".adoc";

  private InlineMacros() {}

  /** {@code xref:page.adoc[} and {@code xref:page.adoc#anchor[}, in order. */
  static List<Macro> xrefs(String text) {
    return scan(text, false, InlineMacros::xrefIn);
  }

  /** {@code image:target[} and {@code image::target[}, in order. */
  static List<Macro> images(String text) {
    return scan(text, true, InlineMacros::imageIn);
  }

  /** Finds the macro, if any, in the word {@code text[from, end)}, which is followed by '['. */
  private interface InWord {
    Optional<Macro> find(String text, int from, int end);
  }

  /** Every word followed by '[' (see {@link #wordEnd}), and the macro {@code inWord} finds in it, in order. */
  private static List<Macro> scan(String text, boolean image, InWord inWord) {
    List<Macro> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i, image);
      if (end > i && end < text.length() && text.charAt(end) == '[') {
        inWord.find(text, i, end).ifPresent(found::add);
      }
      i = Math.max(end, i + 1);
    }
    return found;
  }

  /** The xref in the word {@code text[from, end)} (followed by '['): its first start, the shortest page that fits. */
  private static Optional<Macro> xrefIn(String text, int from, int end) {
    int start = firstStart(text, XREF, from, end);
    if (start < 0) {
      return Optional.empty();
    }
    int target = start + XREF.length();
    for (int page = target + 1 + ADOC.length(); page <= end; page++) { // at least one character before ".adoc"
      if (text.startsWith(ADOC, page - ADOC.length()) && (page == end || text.charAt(page) == '#')) {
        return Optional.of(new Macro(start, end + 1, XREF, text.substring(target, page),
            text.substring(page, end)));
      }
    }
    return Optional.empty();
  }

  /** The image in the word {@code text[from, end)} (followed by '['): the first start whose target is not ':'. */
  private static Optional<Macro> imageIn(String text, int from, int end) {
    for (int start = firstStart(text, IMAGE, from, end); start >= 0;
        start = firstStart(text, IMAGE, start + 1, end)) {
      int target = start + IMAGE.length();
      String prefix = IMAGE;
      if (target < end && text.charAt(target) == ':') {
        target++;
        prefix = IMAGE + ":";
      }
      if (target < end && text.charAt(target) != ':') {
        return Optional.of(new Macro(start, end + 1, prefix, text.substring(target, end), ""));
      }
    }
    return Optional.empty();
  }

  /** The first {@code name} in {@code text[from, end)} not preceded by a letter, digit or '_'; -1 when none. */
  private static int firstStart(String text, String name, int from, int end) {
    for (int i = from; i + name.length() <= end; i++) {
      if (text.startsWith(name, i) && (i == 0 || !isWordChar(text.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }

  /** The end of the word at {@code from}: characters other than '[' and blanks ({@code \s}), nor '{' for images. */
  private static int wordEnd(String text, int from, boolean image) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '[' || c == ' ' || c == '\t' || (c >= '\n' && c <= '\r') || (image && c == '{')) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  }
}
