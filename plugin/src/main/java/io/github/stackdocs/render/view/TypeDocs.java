package io.github.stackdocs.render.view;

import io.github.stackdocs.analyze.sam.SamProperties;
import io.github.stackdocs.catalog.PropertyInfo;
import io.github.stackdocs.catalog.Replacement;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.catalog.ResourceTypeInfo;
import io.github.stackdocs.catalog.TypeKind;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the resource-type catalog says about a resource's type and properties, as the pages show it. */
final class TypeDocs {
  /** Only AWS documentation URLs built by the catalog are linked; anything else is dropped. */
  private static final Pattern SAFE_URL = Pattern.compile("https://docs\\.aws\\.amazon\\.com/[A-Za-z0-9/._-]+");
  private static final int DESCRIPTION_MAX = 240;

  private final ResourceCatalog catalog;

  TypeDocs(ResourceCatalog catalog) {
    this.catalog = catalog;
  }

  /** The type's description (first sentence), its reference page, and a note for types the catalog cannot know. */
  record TypeView(String description, String docsUrl, String note, List<String> attributes) {}

  TypeView type(String typeName) {
    Optional<ResourceTypeInfo> info = catalog.type(typeName);
    String note = switch (catalog.kind(typeName)) {
      case CUSTOM -> "custom resource: provisioned by the Lambda function or SNS topic in its ServiceToken";
      case THIRD_PARTY -> "third-party or private registry type";
      case MODULE -> "CloudFormation module";
      case UNKNOWN_AWS -> "not in the CloudFormation resource catalog";
      case SAM -> info.isPresent() ? "" : "AWS SAM type, expanded by the transform";
      case AWS -> "";
    };
    return new TypeView(
        info.map(i -> Texts.firstSentence(i.description(), DESCRIPTION_MAX)).orElse(""),
        info.map(ResourceTypeInfo::docsUrl).filter(u -> SAFE_URL.matcher(u).matches()).orElse(""),
        note,
        info.map(i -> i.attributes().keySet().stream().sorted().toList()).orElse(List.of()));
  }

  /** The property's one-line summary, with what changing it does when that is a replacement. */
  String property(String typeName, String property) {
    Optional<PropertyInfo> info = catalog.type(typeName).flatMap(t -> t.property(property));
    if (info.isEmpty()) {
      return "";
    }
    if (catalog.kind(typeName) == TypeKind.SAM) {
      return sam(typeName, property, info.get().summary());
    }
    String replacement = info.get().replacement() == Replacement.YES ? "Changing it replaces the resource."
        : info.get().replacement() == Replacement.MAYBE ? "Changing it may replace the resource." : "";
    return (info.get().summary() + " " + replacement).strip();
  }

  /**
   * A SAM property does what the transform makes of it: the rule of the generated resource's property it becomes
   * ({@code CodeUri} → Lambda {@code Code}: in place; {@code FunctionName}: replacement); nothing is said of
   * properties spread over several generated resources. The catalog has no summaries for SAM properties: one
   * that the transform copies under the same name borrows that property's summary.
   */
  private String sam(String typeName, String property, String summary) {
    Optional<SamProperties.Target> target = SamProperties.target(typeName, property);
    Optional<PropertyInfo> generated =
        target.flatMap(t -> catalog.type(t.type()).flatMap(i -> i.property(t.property())));
    String text = !summary.isEmpty() ? summary
        : target.filter(t -> t.property().equals(property)).flatMap(t -> generated).map(PropertyInfo::summary)
            .orElse("");
    Replacement r = generated.map(PropertyInfo::replacement).orElse(Replacement.NO);
    String type = target.map(SamProperties.Target::type).orElse("");
    String replacement = r == Replacement.YES ? "Changing it replaces the " + type + " the transform generates."
        : r == Replacement.MAYBE ? "Changing it may replace the " + type + " the transform generates." : "";
    return (text + " " + replacement).strip();
  }

  boolean known(String typeName) {
    return catalog.kind(typeName) == TypeKind.AWS;
  }
}
