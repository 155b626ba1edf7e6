package io.github.stackdocs.render.view;

/**
 * A precomputed link. {@code md} is the Markdown href ({@code ../stacks/x.md#anchor}, {@code #anchor});
 * {@code adoc} is the AsciiDoc xref target ({@code ../stacks/x.adoc#anchor}, or {@code anchor} on the same
 * page). Both are built only from sanitized page names and anchors; {@code text} is plain (escaped by the
 * template).
 */
public record Link(String text, String md, String adoc) {

  /**
   * A link from page {@code from} to {@code anchor} on page {@code to}; pages are output paths without
   * extension ({@code index}, {@code stacks/app}); an empty anchor links to the page itself.
   */
  public static Link between(String text, String from, String to, String anchor) {
    if (from.equals(to) && !anchor.isEmpty()) {
      return new Link(text, "#" + anchor, anchor);
    }
    String prefix = from.contains("/") ? "../" : "";
    String fragment = anchor.isEmpty() ? "" : "#" + anchor;
    return new Link(text, prefix + to + ".md" + fragment, prefix + to + ".adoc" + fragment);
  }

  /** The same target with other (plain) text. */
  public Link withText(String newText) {
    return new Link(newText, md, adoc);
  }
}
