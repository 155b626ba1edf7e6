package io.github.stackdocs.render.view;

/**
 * One key property of a resource: name, short-form value, and the catalog's one-line summary (with a
 * replacement warning when changing it replaces the resource), empty when the catalog has none.
 */
public record PropertyView(String name, String value, String summary) {}
