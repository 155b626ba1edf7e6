package io.github.stackdocs.render.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The relative names of the built-in templates under {@link TemplateEngine#BUILT_IN}, e.g. for a goal that
 * copies them out so users can override single partials.
 */
public final class BuiltInTemplates {
  private static final List<String> PARTS = List.of(
      "index.ftl", "stack.ftl", "lib.ftl", "header.ftl", "diagram.ftl", "parameters.ftl", "constructs.ftl", "resources.ftl",
      "sam.ftl", "nested.ftl", "outputs.ftl", "imports.ftl", "conditions.ftl", "findings.ftl", "deployed.ftl", "drift.ftl",
      "coverage.ftl", "owners.ftl", "environment.ftl", "security.ftl", "security-overview.ftl", "security-parts.ftl",
      "readiness.ftl", "readiness-overview.ftl",
      "incidents.ftl", "incidents-page.ftl");

  /** The runbook layout, its shared partials and one template per service. */
  private static final List<String> RUNBOOK = Stream.concat(
          Stream.of("runbook/runbook.ftl", "runbook/parts.ftl"),
          Stream.of("apigateway-http", "apigateway-rest", "cloudfront", "dynamodb", "ec2", "ecs-service", "elasticache",
                  "eventbridge", "generic", "kinesis", "lambda", "load-balancer", "rds", "s3", "sns", "sqs",
                  "step-functions")
              .map(service -> "runbook/service/" + service + ".ftl"))
      .toList();

  /** Pages only the doc site has (HTML site, Antora component). */
  private static final List<String> SITE = List.of("adoc/site-findings.ftl");

  /** The sections {@code inject} writes into a README. */
  private static final List<String> INJECT = List.of("adoc/inject.ftl", "md/inject.ftl");

  /** The HTML site's pages (the stack page's parts as in AsciiDoc and Markdown), frame and shared macros. */
  private static final List<String> HTML = Stream.concat(PARTS.stream(),
      Stream.of("layout.ftl", "site-findings.ftl", "asciidoc.ftl")).map(p -> "html/" + p).toList();

  /** Every built-in template: {@code adoc/...}, {@code md/...}, {@code html/...}, {@code runbook/...}, then the inject sections. */
  public static final List<String> NAMES = Stream.of(
          PARTS.stream().map(p -> "adoc/" + p), SITE.stream(), PARTS.stream().map(p -> "md/" + p), HTML.stream(),
          RUNBOOK.stream(), INJECT.stream())
      .flatMap(s -> s)
      .toList();

  private BuiltInTemplates() {}

  /** The text of built-in template {@code name} (one of {@link #NAMES}). */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("no built-in template named " + name);
    }
    try (InputStream in = BuiltInTemplates.class.getResourceAsStream(TemplateEngine.BUILT_IN + "/" + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in template " + name + " is missing from the plugin jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
