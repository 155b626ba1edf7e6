package io.github.stackdocs.model;

import java.util.Optional;

/**
 * The resources that nest a stack: {@code AWS::CloudFormation::Stack} (its {@code TemplateURL}) and SAM's
 * {@code AWS::Serverless::Application} whose {@code Location} is a path or URL of a template (a {@code Location}
 * naming a Serverless Application Repository application, {@code ApplicationId}/{@code SemanticVersion}, is not).
 */
public final class NestedStacks {
  public static final String STACK = "AWS::CloudFormation::Stack";
  public static final String SAM_APPLICATION = "AWS::Serverless::Application";

  private NestedStacks() {}

  /** Whether {@code r} is of a type that nests a stack. */
  public static boolean nests(Resource r) {
    return r.type().equals(STACK) || r.type().equals(SAM_APPLICATION);
  }

  /** The template location as written: {@code TemplateURL}, or a SAM application's template {@code Location}. */
  public static Optional<Node> templateLocation(Resource r) {
    if (r.type().equals(STACK)) {
      return Optional.ofNullable(r.properties().get("TemplateURL"));
    }
    Node location = r.type().equals(SAM_APPLICATION) ? r.properties().get("Location") : null;
    if (location != null && !(location instanceof Node.MapNode m && (m.has("ApplicationId")
        || m.has("SemanticVersion")))) {
      return Optional.of(location);
    }
    return Optional.empty();
  }
}
