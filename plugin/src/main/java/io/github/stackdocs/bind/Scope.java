package io.github.stackdocs.bind;

import java.util.Optional;

/**
 * What one environment knows while one stack is evaluated. Every method answers empty for "not known here": the
 * evaluator then keeps the expression symbolic.
 */
public interface Scope {
  /**
   * A parameter's value. A {@code CommaDelimitedList} or {@code List<...>} parameter is a list node; a
   * {@code NoEcho} parameter's value is {@link BoundValue#secret() secret}.
   */
  Optional<BoundValue> parameter(String name);

  /**
   * A pseudo parameter's value ({@code AWS::Region}, {@code AWS::AccountId}, {@code AWS::StackName}, {@code
   * AWS::StackId}, {@code AWS::Partition}, {@code AWS::URLSuffix}, {@code AWS::NotificationARNs}); never {@code
   * AWS::NoValue}, which the evaluator handles itself.
   */
  Optional<String> pseudoParameter(String name);

  /** The value of the export of this name: another stack's of the same environment, else the deployed snapshot's. */
  Optional<BoundValue> importValue(String exportName);

  /** Nothing known: every parameter, pseudo parameter and import is symbolic. */
  Scope NONE = new Scope() {
    @Override
    public Optional<BoundValue> parameter(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<String> pseudoParameter(String name) {
      return Optional.empty();
    }

    @Override
    public Optional<BoundValue> importValue(String exportName) {
      return Optional.empty();
    }
  };
}
