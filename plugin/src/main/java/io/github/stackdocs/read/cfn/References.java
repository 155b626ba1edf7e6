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
   * @param stack the stack whose resources, outputs and conditions hold the expressions that take effect
   * @param read the references read from the template
   * @param importName the bound name expression of an {@code Fn::ImportValue} argument (a literal when known)
   */
  public static List<Reference> collect(Stack stack, List<Reference> read, UnaryOperator<Node> importName) {
    StaticValues describe = new StaticValues(stack.name(), stack.parameters());
    ReferenceCollector refs = new ReferenceCollector(arg -> describe.describe(importName.apply(arg)));
    Set<String> sources = new HashSet<>();
    for (Resource r : stack.resources()) {
      sources.add(r.logicalId());
      refs.walk(r.logicalId(), "Properties", r.properties());
      r.metadata().ifPresent(n -> refs.walk(r.logicalId(), "Metadata", n));
      r.creationPolicy().ifPresent(n -> refs.walk(r.logicalId(), "CreationPolicy", n));
      r.updatePolicy().ifPresent(n -> refs.walk(r.logicalId(), "UpdatePolicy", n));
    }
    for (Output o : stack.outputs()) {
      String source = "Outputs." + o.name();
      sources.add(source);
      refs.walk(source, "Value", o.value());
      o.exportName().ifPresent(name -> refs.walk(source, "Export.Name", name));
    }
    stack.conditions().forEach((name, expr) -> refs.walkCondition("Conditions." + name, "", expr));
    List<Reference> result = new java.util.ArrayList<>(refs.references());
    for (Reference r : read) {
      boolean statedOutsideExpressions = r.kind() == Kind.DEPENDS_ON || r.kind() == Kind.NESTED_STACK
          || (r.kind() == Kind.CONDITION && r.path().equals("Condition"));
      if (statedOutsideExpressions && sources.contains(r.source())) {
        result.add(r);
      }
    }
    return result;
  }
}
