package io.github.stackdocs.render.view;

/** One key property of a resource: name and short-form value. */
public record PropertyView(String name, String value) {}
