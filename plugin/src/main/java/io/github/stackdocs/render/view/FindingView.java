package io.github.stackdocs.render.view;

/** A finding as shown; {@code location} is {@code file:line:col}. */
public record FindingView(String severity, String code, String location, String stack, String message) {}
