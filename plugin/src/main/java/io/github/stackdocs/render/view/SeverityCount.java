package io.github.stackdocs.render.view;

/** How many findings have one severity. */
public record SeverityCount(String severity, int count) {}
