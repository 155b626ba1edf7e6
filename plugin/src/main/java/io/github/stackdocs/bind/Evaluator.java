package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Optional;

/**
 * The static evaluator of one stack in one environment (CloudFormation's documented semantics of each intrinsic
 * function and condition function). What the {@link Scope} does not know stays symbolic: the expression as written,
 * with the known parts put in. A value derived from a secret is never put in: that part stays as written. Errors
 * (a {@code Fn::Select} index out of range, a missing {@code Fn::FindInMap} key without {@code DefaultValue}, a
 * circular condition, a malformed argument) are findings at the expression's file:line:column, and the part stays
 * symbolic; never an exception. Each problem is reported once per code and location, however often an expression
 * is evaluated.
 *
 * <p>{@code Ref} and {@code Fn::GetAtt} of resources stay as written (analyzers follow them); a value put in keeps
 * the location of the expression it replaces. Not thread-safe: one per stack and environment.
 */
public final class Evaluator {
  private final Stack stack;
  private final Report report;
  private final Resolver resolver;
  private final Pruner pruner;

  public Evaluator(Stack stack, Scope scope, List<Finding> findings) {
    this.stack = stack;
    this.report = new Report(findings, stack.name());
    this.resolver = new Resolver(stack, scope, report);
    this.pruner = new Pruner(resolver.conditions());
  }

  /** A named condition's truth; memoised. */
  public Binding.Truth condition(String name) {
    try {
      return resolver.conditions().named(name);
    } catch (RuntimeException | StackOverflowError e) {
      internal(e, stack.conditions().get(name));
      return Binding.Truth.UNKNOWN;
    }
  }

  /** The truth of a condition expression that is not named (a {@code Fn::ForEach} body's, a rule's). */
  public Binding.Truth truth(Node conditionExpression) {
    try {
      return resolver.conditions().eval(conditionExpression);
    } catch (RuntimeException | StackOverflowError e) {
      internal(e, conditionExpression);
      return Binding.Truth.UNKNOWN;
    }
  }

  /**
   * The value of an expression: literal where all it uses is known, else symbolic. Empty for {@code AWS::NoValue}
   * (the key or list item it stands for is left out).
   */
  public Optional<Node> resolve(Node expression) {
    try {
      Val v = resolver.eval(expression);
      return v.noValue() ? Optional.empty() : Optional.of(v.shown());
    } catch (RuntimeException | StackOverflowError e) {
      internal(e, expression);
      return Optional.of(expression);
    }
  }

  /**
   * The expression with only the choices an environment makes applied ({@code Fn::If} on a known condition, {@code
   * AWS::NoValue} removed), every other intrinsic as written: the branches that take effect, for the references.
   */
  public Optional<Node> prune(Node expression) {
    try {
      return pruner.prune(expression);
    } catch (RuntimeException | StackOverflowError e) {
      internal(e, expression);
      return Optional.of(expression);
    }
  }

  /** The expression's value as text when it is a known, non-secret scalar (an export or import name). */
  public Optional<String> text(Node expression) {
    try {
      Val v = resolver.eval(expression);
      return v.known() && !v.secret() && v.actual() instanceof ScalarNode s && !s.isNull()
          ? Optional.of(s.text()) : Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      internal(e, expression);
      return Optional.empty();
    }
  }

  /** True when a value holds no intrinsic function (nothing symbolic is left in it). */
  public static boolean known(Node value) {
    return io.github.stackdocs.model.Nodes.literal(value);
  }

  /** A bug must not stop a run: it becomes one finding, and the expression stays as written. */
  private void internal(Throwable e, Node at) {
    report.error("internal", "internal error while evaluating an expression (" + e.getClass().getSimpleName()
        + "); please report it", at == null ? io.github.stackdocs.model.SourceLocation.of(stack.sourceFile())
        : at.location());
  }
}
