package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An annotation as shown: plain text (escaped by the template's output format) and links whose targets are
 * http(s) URLs made safe for a Markdown or AsciiDoc link ({@link WebLink}). A value that is not an http(s) URL
 * never gets here as a link.
 *
 * @param compliance the compliance tags, joined with ", "
 */
public record AnnotationView(
    String owner,
    String team,
    String tier,
    String slo,
    WebLink oncall,
    WebLink escalation,
    String compliance,
    String notes,
    List<WebLink> links) {

  public AnnotationView {
    links = List.copyOf(links);
  }

  /** The view of {@code annotation}, or null when there is nothing to show (templates test with {@code ??}). */
  public static AnnotationView of(Optional<Annotation> annotation) {
    if (annotation.isEmpty() || annotation.get().isEmpty()) {
      return null;
    }
    Annotation a = annotation.get();
    List<WebLink> links = new ArrayList<>();
    a.links().forEach((title, url) -> WebLink.of(title, url).ifPresent(links::add));
    return new AnnotationView(a.owner(), a.team(), a.tier(), a.slo(), WebLink.of(a.oncall(), a.oncall()).orElse(null),
        WebLink.of(a.escalation(), a.escalation()).orElse(null), String.join(", ", a.compliance()), a.notes(), links);
  }

  /**
   * A link to a web page. {@code href} is the URL percent-encoded down to characters that mean nothing to
   * Markdown or AsciiDoc; it is only ever made from an http(s) URL.
   */
  public record WebLink(String text, String href) {
    private static final String KEEP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-./:?=&%#,;@";

    public static Optional<WebLink> of(String text, String url) {
      if (!Annotation.isHttpUrl(url)) {
        return Optional.empty();
      }
      StringBuilder sb = new StringBuilder();
      for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
        char c = (char) (b & 0xFF);
        if (b >= 0 && KEEP.indexOf(c) >= 0) {
          sb.append(c);
        } else {
          sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
        }
      }
      // AsciiDoc turns "--" into a dash and "..." into an ellipsis before it finds links
      String href = sb.toString();
      while (href.contains("--") || href.contains("..")) {
        href = href.replace("--", "-%2D").replace("..", ".%2E");
      }
      return Optional.of(new WebLink(text.isBlank() ? url : text, href));
    }
  }
}
