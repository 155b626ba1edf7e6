package io.github.stackdocs.render.view;

import java.util.List;

/**
 * What a stack page shows about a stack read from a CDK cloud assembly.
 *
 * @param displayName the stack's construct path, e.g. {@code Prod/Orders}
 * @param assembly the assembly folder, e.g. {@code cdk.out}
 * @param account the account id, or empty when environment-agnostic
 * @param region the region, or empty when environment-agnostic
 * @param dependencies the stacks deployed before this one, linked when documented
 * @param constructTree the construct tree of the shown resources, depth first
 */
public record CdkView(
    String displayName,
    String assembly,
    String account,
    String region,
    List<Link> dependencies,
    List<ConstructLineView> constructTree) {
  public CdkView {
    dependencies = List.copyOf(dependencies);
    constructTree = List.copyOf(constructTree);
  }

  /**
   * One construct of the tree.
   *
   * @param depth 0 for constructs directly under the stack
   * @param name the construct's id (the last segment of its path)
   * @param path the construct path relative to the stack
   * @param type the construct class from tree.json, or empty
   * @param resources the resources this construct defines directly, linked
   */
  public record ConstructLineView(int depth, String name, String path, String type, List<Link> resources) {
    public ConstructLineView {
      resources = List.copyOf(resources);
    }
  }
}
