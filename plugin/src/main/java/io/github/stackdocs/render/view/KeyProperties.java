package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few top-level properties worth showing for a resource, in source order: scalars and intrinsic
 * values in short form; big nested mappings and lists summarized as {@code {…3 keys}} / {@code […2 items]}.
 */
public final class KeyProperties {
  /** How many properties are shown at most. */
  public static final int MAX = 8;

  /** Nested values longer than this in short form are summarized. */
  static final int MAX_NESTED = 60;

  private KeyProperties() {}

  public static List<PropertyView> of(Node.MapNode properties) {
    return of(properties, name -> "");
  }

  /** With each property's summary from {@code summaries} (property name → text). */
  public static List<PropertyView> of(Node.MapNode properties, java.util.function.UnaryOperator<String> summaries) {
    return of(properties, properties, summaries);
  }

  /**
   * With {@code written}, the properties as the template writes them: a property whose bound value differs shows the
   * expression it comes from.
   */
  public static List<PropertyView> of(Node.MapNode properties, Node.MapNode written,
      java.util.function.UnaryOperator<String> summaries) {
    List<PropertyView> result = new ArrayList<>();
    for (Map.Entry<String, Node> e : properties.entries().entrySet()) {
      if (result.size() == MAX) {
        break;
      }
      Node asWritten = written.get(e.getKey());
      String shown = summary(e.getValue());
      String from = asWritten == null || asWritten.equals(e.getValue()) ? "" : summary(asWritten);
      // a nested value summarized alike ({…1 key}) says nothing of where it comes from
      result.add(new PropertyView(e.getKey(), shown, summaries.apply(e.getKey()), from.equals(shown) ? "" : from));
    }
    return List.copyOf(result);
  }

  /** True when the page shows {@code value} summarized ({@code {…3 keys}}) rather than in full. */
  static boolean summarized(Node value) {
    String shown = summary(value);
    return !shown.equals(ValueFormatter.format(value));
  }

  static String summary(Node value) {
    String compact = ValueFormatter.format(value);
    if (ValueFormatter.isIntrinsic(value) || compact.length() <= MAX_NESTED) {
      return compact;
    }
    if (value instanceof Node.MapNode m) {
      return "{…" + m.size() + (m.size() == 1 ? " key}" : " keys}");
    }
    if (value instanceof Node.ListNode l) {
      return "[…" + l.size() + (l.size() == 1 ? " item]" : " items]");
    }
    return compact;
  }
}
