package io.github.stackdocs.render.view;

/** An export of the project: its name, the exporting stack and output (links from the index). */
public record ExportView(String name, Link stack, Link output, int importers) {}
