package io.github.stackdocs.render.view;

/** A name with an anchor and a short-form value: a condition, or a mapping with its top-level keys. */
public record NamedValueView(String name, String anchor, String value) {}
