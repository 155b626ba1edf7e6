package io.github.stackdocs.render.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * The relative names of the built-in templates under {@link TemplateEngine#BUILT_IN}, e.g. for a goal that
 * copies them out so users can override single partials.
 */
public final class BuiltInTemplates {
  private static final List<String> PARTS = List.of(
      "index.ftl", "stack.ftl", "lib.ftl", "header.ftl", "diagram.ftl", "parameters.ftl", "constructs.ftl", "resources.ftl", "sam.ftl", "nested.ftl",
      "outputs.ftl", "imports.ftl", "conditions.ftl", "findings.ftl");

  /** Every built-in template, {@code adoc/...} then {@code md/...}. */
  public static final List<String> NAMES = Stream.concat(
          PARTS.stream().map(p -> "adoc/" + p), PARTS.stream().map(p -> "md/" + p))
      .toList();

  private BuiltInTemplates() {}
}
