package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;
import java.util.List;

/**
 * One parameter's value as a parameter file gives it.
 *
 * @param name the parameter's name
 * @param value the value: a string scalar (numbers and booleans as their text), or a list of string scalars (for a
 *     {@code CommaDelimitedList} or {@code List<...>} parameter); an empty string when {@code usePreviousValue}
 * @param usePreviousValue true when the file keeps the deployed value ({@code "UsePreviousValue": true})
 * @param location where the value is written (file:line:column)
 */
public record ParameterSetting(String name, Node value, boolean usePreviousValue, SourceLocation location) {

  /** The value as CloudFormation receives it: a list joined with commas. */
  public String text() {
    return String.join(",", items());
  }

  /** The value's items: one for a scalar, each item of a list. */
  public List<String> items() {
    if (value instanceof Node.ListNode list) {
      return list.items().stream().map(i -> Node.text(i).orElse("")).toList();
    }
    return List.of(Node.text(value).orElse(""));
  }

  /** The location of the {@code i}th item (the value's own for a scalar). */
  SourceLocation itemLocation(int i) {
    return value instanceof Node.ListNode list && i < list.size() ? list.get(i).location() : location;
  }
}
