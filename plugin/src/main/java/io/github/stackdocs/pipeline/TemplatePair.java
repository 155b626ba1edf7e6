package io.github.stackdocs.pipeline;

import java.nio.file.Path;

/**
 * A baseline template and a current one, compared as one stack ({@link ChangeLogGenerator#run(DiffRequest,
 * TemplatePair)}).
 *
 * @param baseline the earlier template, relative to the base directory or absolute
 * @param current the current template, relative to the base directory or absolute
 * @param stackName the stack's name on both sides
 */
public record TemplatePair(Path baseline, Path current, String stackName) {

  /** Named after the current template's file ({@code stacks/network.yaml} → {@code network}). */
  public static TemplatePair of(Path baseline, Path current) {
    return new TemplatePair(baseline, current, io.github.stackdocs.read.InputSelector.baseName(current));
  }
}
