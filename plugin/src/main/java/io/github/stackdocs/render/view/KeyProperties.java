package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every top-level property of a resource, in source order: a short value in short form; a larger one whole, as
 * nested lists or a table ({@link ValueViews}). Nothing is summarized or left out.
 */
public final class KeyProperties {
  private KeyProperties() {}

  public static List<PropertyView> of(Node.MapNode properties) {
    return of(properties, name -> "");
  }

  /** With each property's summary from {@code summaries} (property name → text). */
  public static List<PropertyView> of(Node.MapNode properties, UnaryOperator<String> summaries) {
    return of("", properties, properties, summaries);
  }

  /**
   * With {@code written}, the properties as the template writes them: a property whose bound value differs shows the
   * expression it comes from. {@code type}, the resource type, picks the structured renderings (security-group rules,
   * ECS containers, a function's environment).
   */
  public static List<PropertyView> of(String type, Node.MapNode properties, Node.MapNode written,
      UnaryOperator<String> summaries) {
    List<PropertyView> result = new ArrayList<>();
    for (Map.Entry<String, Node> e : properties.entries().entrySet()) {
      Node asWritten = written.get(e.getKey());
      Optional<ValueViews.Detail> detail = ValueViews.detail(type, e.getKey(), e.getValue());
      String shown = detail.map(ValueViews.Detail::description).orElseGet(() -> ValueFormatter.inline(e.getValue()));
      // below the table the value is whole; there the expression it comes from would repeat it
      String from = detail.isPresent() || asWritten == null || asWritten.equals(e.getValue()) ? ""
          : ValueFormatter.inline(asWritten);
      result.add(PropertyView.of(e.getKey(), shown, summaries.apply(e.getKey()), from.equals(shown) ? "" : from,
          detail.map(ValueViews.Detail::view).orElse(null)));
    }
    return List.copyOf(result);
  }
}
