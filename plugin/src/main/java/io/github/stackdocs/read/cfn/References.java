package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Reference.Kind;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The references of a stack collected again after binding: from the expressions that take effect in an environment
 * (the branches {@code Fn::If} chooses; resources and outputs the environment does not create are gone), with each
 * {@code Fn::ImportValue} naming the export the environment computes. What the template states outside expressions
 * ({@code DependsOn}, {@code Condition} attributes, nested stack URLs) is kept from the references read.
 */
public final class References {
  private References() {}

  /**
   * @param read the stack as read: its name, parameters, conditions and the references read from the template
   * @param resources the resources the environment creates, with the expressions that take effect
   * @param outputs the outputs the environment creates, with the expressions that take effect
   * @param importName the bound name expression of an {@code Fn::ImportValue} argument (a literal when known)
   */
  public static List<Reference> collect(Stack read, List<Resource> resources, List<Output> outputs,
      UnaryOperator<Node> importName) {
    StaticValues describe = new StaticValues(read.name(), read.parameters());
    ReferenceCollector refs = new ReferenceCollector(arg -> describe.describe(importName.apply(arg)));
    Set<String> sources = new HashSet<>();
    for (Resource r : resources) {
      sources.add(r.logicalId());
      StackReader.resourceExpressions(r, refs);
    }
    for (Output o : outputs) {
      sources.add("Outputs." + o.name());
      StackReader.outputExpressions(o, refs);
    }
    read.conditions().forEach((name, expr) -> refs.walkCondition("Conditions." + name, "", expr));
    List<Reference> result = new java.util.ArrayList<>(refs.references());
    for (Reference r : read.references()) {
      boolean statedOutsideExpressions = r.kind() == Kind.DEPENDS_ON || r.kind() == Kind.NESTED_STACK
          || (r.kind() == Kind.CONDITION && r.path().equals("Condition"));
      if (statedOutsideExpressions && sources.contains(r.source())) {
        result.add(r);
      }
    }
    return result;
  }
}
