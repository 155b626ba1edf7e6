package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;

/**
 * A parameter value an environment supplies for one stack (a parameter file entry, a samconfig override).
 *
 * @param value the value as written (a scalar, or a list for list parameters); ignored when {@code usePrevious}
 * @param usePrevious the AWS CLI's {@code UsePreviousValue}: the deployed value, when a snapshot has it
 * @param source where it came from
 * @param location where it is written
 */
public record ParameterInput(Node value, boolean usePrevious, Binding.Source source, SourceLocation location) {}
