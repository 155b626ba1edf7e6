package io.github.stackdocs.render.view;

import java.util.List;

/** An Interface parameter group, or the "Other parameters" ({@code ungrouped}) at the end. */
public record ParameterGroupView(String label, String anchor, boolean ungrouped, List<ParameterView> parameters) {
  public ParameterGroupView {
    parameters = List.copyOf(parameters);
  }
}
