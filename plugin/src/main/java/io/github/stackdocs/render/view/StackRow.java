package io.github.stackdocs.render.view;

/** A stack in the index table; {@code summary} is the first sentence of its description. */
public record StackRow(
    Link link, String summary, int resources, int parameters, int outputs, String sourceFile) {}
