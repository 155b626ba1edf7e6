package io.github.stackdocs.bind;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import java.util.List;

/** Expands {@code Fn::ForEach} loops. Placeholder until the expansion lands: the loops stay unexpanded. */
public final class ForEachExpander {
  public Stack expand(Stack stack, Evaluator evaluator, List<Finding> findings) {
    return stack;
  }
}
