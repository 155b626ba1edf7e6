package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;

/**
 * One evaluated expression.
 *
 * @param shown what may be put into a bound value: the literal value when it is known and not secret, else the
 *     expression with its known, non-secret parts put in
 * @param actual the value when it is known (also when it is secret: a secret may decide a condition), else null
 * @param secret true when {@code actual} is derived from a secret; {@code shown} then never holds it
 */
record Val(Node shown, Node actual, boolean secret) {
  /** {@code AWS::NoValue}: the key or list item it stands for is left out. */
  static final Val NO_VALUE = new Val(null, null, false);

  static Val literal(Node value) {
    return new Val(value, value, false);
  }

  static Val symbolic(Node shown) {
    return new Val(shown, null, false);
  }

  /**
   * A function's result computed from its arguments' values: shown as the value, unless an argument was secret,
   * when the expression with its arguments as shown (where the secret stays as written) stands for it.
   */
  static Val computed(Node value, boolean secret, java.util.function.Supplier<Node> symbolicForm) {
    return secret ? new Val(symbolicForm.get(), value, true) : literal(value);
  }

  boolean noValue() {
    return shown == null;
  }

  boolean known() {
    return actual != null;
  }
}
