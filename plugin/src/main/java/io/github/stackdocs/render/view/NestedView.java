package io.github.stackdocs.render.view;

import java.util.List;

/**
 * How a stack sits among nested stacks.
 *
 * @param parent for a nested stack's template, the {@code AWS::CloudFormation::Stack} resource in its
 *     parent, linked; null otherwise
 * @param children the nested stacks this stack creates, by logical id
 */
public record NestedView(Link parent, List<ChildView> children) {
  public NestedView {
    children = List.copyOf(children);
  }

  /**
   * One nested stack of this stack.
   *
   * @param resource the {@code AWS::CloudFormation::Stack} resource, linked on this page
   * @param stack the child stack's page, or null when its template is external (not loaded)
   * @param templateUrl the {@code TemplateURL} as written
   * @param parameters the parameters passed in ({@code Parameters} property), by name
   * @param outputsUsed the child's outputs this stack uses ({@code !GetAtt Child.Outputs.X}), linked when loaded
   */
  public record ChildView(Link resource, Link stack, String templateUrl, List<PassedParameter> parameters,
      List<Link> outputsUsed) {
    public ChildView {
      parameters = List.copyOf(parameters);
      outputsUsed = List.copyOf(outputsUsed);
    }
  }

  /** A parameter a parent passes to a nested stack: name and value as written. */
  public record PassedParameter(String name, String value) {}
}
