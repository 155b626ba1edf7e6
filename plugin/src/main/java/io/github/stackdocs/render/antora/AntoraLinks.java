package io.github.stackdocs.render.antora;

import io.github.stackdocs.model.RelativePaths;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rewrites a page's links for Antora. The AsciiDoc output links page-relative ({@code xref:../index.adoc[]} from
 * {@code stacks/app.adoc}); Antora resolves a page's xrefs from the root of the module's pages
 * ({@code xref:index.adoc[]}) and image targets from the root of its images ({@code image::diagrams/app.svg[]}).
 * Only relative targets are touched: no URL, no Antora coordinates ({@code module:page.adoc}, {@code page$},
 * {@code version@component}), no attribute
 * reference; a target that would leave the site is left as it is. Escaped text ({@code &#91;}) never matches.
 */
final class AntoraLinks {
  private AntoraLinks() {}

  /** {@code text} of the page at {@code page} (its path in the site, e.g. {@code stacks/app.adoc}), links rewritten. */
  static String rewrite(String page, String text) {
    String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
    String xrefs = replace(text, InlineMacros.xrefs(text), m -> resolve(folder, m.target())
        .map(target -> "xref:" + target + m.fragment() + "["));
    return replace(xrefs, InlineMacros.images(xrefs), m -> resolve(folder, m.target())
        .map(target -> m.prefix() + target + "["));
  }

  private static String replace(String text, List<InlineMacros.Macro> macros,
      Function<InlineMacros.Macro, Optional<String>> replacement) {
    StringBuilder sb = new StringBuilder(text.length());
    int done = 0;
    for (InlineMacros.Macro m : macros) {
      sb.append(text, done, m.start());
      replacement.apply(m).ifPresentOrElse(sb::append, () -> sb.append(text, m.start(), m.end()));
      done = m.end();
    }
    return sb.append(text, done, text.length()).toString();
  }

  /** {@code target} relative to {@code folder}, as a path from the site's root; empty when it is not relative or leaves it. */
  static Optional<String> resolve(String folder, String target) {
    if (target.startsWith("/") || target.contains(":") || target.contains("\\") || target.contains("$")
        || target.contains("@")) {
      return Optional.empty();
    }
    return RelativePaths.normalize(folder + target);
  }
}
