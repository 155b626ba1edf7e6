package io.github.stackdocs.render.view;

/**
 * A row of the index's owners and tiers table: a stack (what is said about it) or a resource (what applies to it:
 * its own annotation over its stack's).
 *
 * @param resource the resource's link, or null for the stack's own row
 * @param owner owner and team as one text ({@code Orders team (orders)})
 * @param oncall the on-call link, else the escalation link, else null
 * @param compliance the compliance tags, joined with ", "
 */
public record OwnerRow(Link stack, Link resource, String owner, String tier, AnnotationView.WebLink oncall,
    String compliance) {}
