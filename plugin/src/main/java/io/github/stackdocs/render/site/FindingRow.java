package io.github.stackdocs.render.site;

import io.github.stackdocs.render.view.Link;

/**
 * A finding on the site's findings page.
 *
 * @param stack the stack's findings on its page; null when the finding belongs to no documented stack
 * @param stackName the stack's name as reported (empty for project-wide findings)
 */
public record FindingRow(String severity, String code, String location, Link stack, String stackName,
    String message) {}
