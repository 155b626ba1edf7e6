package io.github.stackdocs.model;

import java.util.List;
import java.util.Optional;

/**
 * A template parameter. For {@code NoEcho} parameters the default value is never kept in the model
 * ({@link #defaultValue()} is empty and {@link #noEcho()} true), so no renderer can leak it.
 *
 * @param label the {@code AWS::CloudFormation::Interface} label, or empty
 * @param group the {@code AWS::CloudFormation::Interface} group label this parameter is in, or empty
 */
public record Parameter(
    String name,
    String type,
    String description,
    Optional<String> defaultValue,
    List<String> allowedValues,
    String allowedPattern,
    String constraintDescription,
    String minLength,
    String maxLength,
    String minValue,
    String maxValue,
    boolean noEcho,
    String label,
    String group,
    SourceLocation location) {

  public Parameter {
    description = nullToEmpty(description);
    allowedValues = List.copyOf(allowedValues);
    allowedPattern = nullToEmpty(allowedPattern);
    constraintDescription = nullToEmpty(constraintDescription);
    minLength = nullToEmpty(minLength);
    maxLength = nullToEmpty(maxLength);
    minValue = nullToEmpty(minValue);
    maxValue = nullToEmpty(maxValue);
    label = nullToEmpty(label);
    group = nullToEmpty(group);
    if (noEcho) {
      defaultValue = Optional.empty();
    }
  }

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
