package io.github.stackdocs.render.antora;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a page's links for Antora. The AsciiDoc output links page-relative ({@code xref:../index.adoc[]} from
 * {@code stacks/app.adoc}); Antora resolves a page's xrefs from the root of the module's pages
 * ({@code xref:index.adoc[]}) and image targets from the root of its images ({@code image::diagrams/app.svg[]}).
 * Only relative targets are touched: no URL, no Antora coordinates ({@code module:page.adoc}, {@code page$},
 * {@code version@component}), no attribute
 * reference; a target that would leave the site is left as it is. Escaped text ({@code &#91;}) never matches.
 */
final class AntoraLinks {
  private static final Pattern XREF = Pattern.compile("(?<![A-Za-z0-9_])xref:([^\\[\\s]+?\\.adoc)(#[^\\[\\s]*)?\\[");
  private static final Pattern IMAGE = Pattern.compile("(?<![A-Za-z0-9_])(image::?)([^\\[\\s:{][^\\[\\s{]*)\\[");

  private AntoraLinks() {}

  /** {@code text} of the page at {@code page} (its path in the site, e.g. {@code stacks/app.adoc}), links rewritten. */
  static String rewrite(String page, String text) {
    String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
    String xrefs = replace(XREF, text, m -> resolve(folder, m.group(1))
        .map(target -> "xref:" + target + (m.group(2) == null ? "" : m.group(2)) + "["));
    return replace(IMAGE, xrefs, m -> resolve(folder, m.group(2)).map(target -> m.group(1) + target + "["));
  }

  private static String replace(Pattern pattern, String text,
      java.util.function.Function<Matcher, Optional<String>> replacement) {
    Matcher m = pattern.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement.apply(m).orElse(m.group())));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** {@code target} relative to {@code folder}, as a path from the site's root; empty when it is not relative or leaves it. */
  static Optional<String> resolve(String folder, String target) {
    if (target.startsWith("/") || target.contains(":") || target.contains("\\") || target.contains("$")
        || target.contains("@")) {
      return Optional.empty();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (String part : (folder + target).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
