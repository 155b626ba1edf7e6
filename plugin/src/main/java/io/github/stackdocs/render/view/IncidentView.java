package io.github.stackdocs.render.view;

import java.util.List;

/**
 * An incident as a page shows it: plain text (escaped by the template's output format), its post-mortem as a
 * {@link AnnotationView.WebLink} (only ever an http(s) URL) or null, and links to the stacks and resources it
 * affected, relative to the page that shows it.
 *
 * @param date the ISO date, {@code 2026-03-14}
 */
public record IncidentView(String id, String date, String title, AnnotationView.WebLink link, List<Link> resources,
    List<String> actions) {
  public IncidentView {
    resources = List.copyOf(resources);
    actions = List.copyOf(actions);
  }
}
