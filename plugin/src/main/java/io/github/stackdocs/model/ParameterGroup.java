package io.github.stackdocs.model;

import java.util.List;

/** A group of parameters from {@code AWS::CloudFormation::Interface}, in the order the template gives. */
public record ParameterGroup(String label, List<String> parameters) {
  public ParameterGroup {
    label = label == null ? "" : label;
    parameters = List.copyOf(parameters);
  }
}
