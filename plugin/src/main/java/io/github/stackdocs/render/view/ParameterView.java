package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A parameter as shown: {@code defaultValue} is {@code hidden (NoEcho)} for NoEcho parameters;
 * {@code constraints} are readable lines such as {@code Allowed: a, b} or {@code Length: 1..64}. {@code value} is
 * the value in the environment the page shows and where it comes from ({@code prod (parameter file)}, {@code not
 * known}, {@code hidden (NoEcho)}).
 */
public record ParameterView(
    String name,
    String anchor,
    String label,
    String type,
    String defaultValue,
    boolean noEcho,
    List<String> constraints,
    String description,
    String value) {
  public ParameterView {
    constraints = List.copyOf(constraints);
  }
}
