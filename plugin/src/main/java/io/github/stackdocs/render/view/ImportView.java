package io.github.stackdocs.render.view;

/**
 * One {@code Fn::ImportValue} of a stack.
 *
 * @param usedBy the importing resource or output on this page
 * @param exporter the exporting stack's output, or null when no stack in the project exports the name
 */
public record ImportView(String exportName, Link usedBy, boolean resolved, Link exporter) {}
