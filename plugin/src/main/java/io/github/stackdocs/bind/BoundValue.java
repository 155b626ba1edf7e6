package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;

/**
 * A value an environment binds to a name (a parameter, an export).
 *
 * @param value the value, a scalar or a list (a {@code CommaDelimitedList} parameter is a list of strings)
 * @param secret true for a {@code NoEcho} parameter's value or one derived from it: it may decide a condition, but it
 *     is never put into a bound value, so it can reach no output
 */
public record BoundValue(Node value, boolean secret) {}
