package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Environment;
import java.util.List;

/**
 * What a stack page says about environments: which one its values are from, what that environment does not create,
 * and what differs between the declared environments.
 *
 * @param name the environment the page's values are from
 * @param builtIn true for the built-in {@code defaults} environment (no environment declared)
 * @param details region and account, when configured ({@code eu-west-1, account 123456789012}), else empty
 * @param others the other declared environments
 * @param notCreated resources and outputs this environment does not create
 * @param names the declared environments, in order: the columns of {@code differences}
 * @param differences what differs between the environments; empty with one environment
 * @param moreDifferences how many differences are not among {@code differences}
 */
public record EnvironmentView(String name, boolean builtIn, String details, List<String> others,
    List<NotCreatedView> notCreated, List<String> names, List<DifferenceView> differences, int moreDifferences) {

  public EnvironmentView {
    others = List.copyOf(others);
    notCreated = List.copyOf(notCreated);
    names = List.copyOf(names);
    differences = List.copyOf(differences);
  }

  /** True when the page has something to say about environments. */
  public boolean shown() {
    return !builtIn || !notCreated.isEmpty();
  }

  /** A resource or output not created, with the condition that is false. */
  public record NotCreatedView(String kind, String id, String type, String condition) {}

  /** One difference: what differs and its value in each environment, in {@link #names} order. */
  public record DifferenceView(String what, List<String> values) {
    public DifferenceView {
      values = List.copyOf(values);
    }
  }

  /** How a truth or value is placed in an environment in running text: {@code  in prod}. */
  static String where(Environment environment) {
    return environment.builtIn() ? " with the parameter defaults" : " in " + environment.name();
  }
}
