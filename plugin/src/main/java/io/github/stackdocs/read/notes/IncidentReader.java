package io.github.stackdocs.read.notes;

import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Incident;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The annotations file's {@code incidents} list: incidents and post-mortems, each a mapping of {@code id},
 * {@code date} (ISO, {@code 2026-03-14}), {@code title}, {@code link} (http or https), {@code resources}
 * ({@code stack} or {@code stack/LogicalId}) and {@code actions}. Problems are located findings: an incident
 * without an id, title or valid date, or naming no resource of the project, is left out (ERROR); a link that is
 * not http(s) and an unknown resource are left out of the incident (ERROR); unknown keys and repeated ids are WARN.
 */
final class IncidentReader {
  /** The key of the annotations file that holds the incidents, not a stack selector. */
  static final String KEY = "incidents";
  static final List<String> KEYS = List.of("id", "date", "title", "link", "resources", "actions");
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  /** Bounds: incidents read and items per list. */
  static final int MAX_INCIDENTS = 10_000;
  private static final int MAX_ITEMS = 200;

  private IncidentReader() {}

  /** The valid incidents of {@code value} (the {@code incidents} entry); problems go to {@code findings}. */
  static List<Incident> read(Node value, Project project, List<Finding> findings) {
    if (!(value instanceof ListNode list)) {
      findings.add(Finding.error("incident-value", "'incidents' must be a list of incidents (id, date, title, link,"
          + " resources, actions), found " + AnnotationFields.kind(value), value.location(), ""));
      return List.of();
    }
    List<Incident> incidents = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node item : list.items()) {
      if (incidents.size() == MAX_INCIDENTS) {
        findings.add(Finding.warn("incident-limit", "more than " + MAX_INCIDENTS + " incidents; the rest are not"
            + " read", item.location(), ""));
        break;
      }
      if (!(item instanceof MapNode map)) {
        findings.add(Finding.error("incident-value", "an incident must be a mapping (id, date, title, link,"
            + " resources, actions), found " + AnnotationFields.kind(item), item.location(), ""));
        continue;
      }
      incident(map, project, findings).ifPresent(i -> {
        if (!ids.add(i.id())) {
          findings.add(Finding.warn("incident-duplicate", "incident id '" + AnnotationFields.shown(i.id())
              + "' is used more than once", map.keyLocation("id"), ""));
        }
        incidents.add(i);
      });
    }
    return incidents;
  }

  private static Optional<Incident> incident(MapNode map, Project project, List<Finding> findings) {
    for (String key : map.entries().keySet()) {
      if (!KEYS.contains(key)) {
        findings.add(Finding.warn("incident-unknown-key", "unknown incident key '" + AnnotationFields.shown(key)
            + "'" + suggestion(key) + "; known keys: " + String.join(", ", KEYS), map.keyLocation(key), ""));
      }
    }
    Optional<String> id = required(map, "id", findings);
    Optional<String> title = required(map, "title", findings);
    Optional<String> date = required(map, "date", findings).filter(d -> date(d, map.get("date").location(), findings));
    String link = text(map, "link", findings).filter(l -> link(l, map.get("link").location(), findings)).orElse("");
    List<String> resources = new ArrayList<>();
    for (ScalarNode r : items(map, "resources", findings)) {
      String key = r.text().strip();
      if (known(project, key)) {
        resources.add(key);
      } else {
        findings.add(Finding.error("incident-resource", "incident resource '" + AnnotationFields.shown(key)
            + "' is not in the templates; expected a stack or stack/LogicalId"
            + stacks(project), r.location(), ""));
      }
    }
    List<String> actions = items(map, "actions", findings).stream().map(s -> s.text().strip())
        .filter(s -> !s.isEmpty()).toList();
    if (id.isEmpty() || title.isEmpty() || date.isEmpty()) {
      return Optional.empty();
    }
    if (resources.isEmpty()) {
      findings.add(Finding.error("incident-resource", "incident '" + AnnotationFields.shown(id.get())
          + "' names no stack or resource of the templates under 'resources'; it is not shown", map.location(), ""));
      return Optional.empty();
    }
    return Optional.of(new Incident(id.get(), date.get(), title.get(), link, resources.stream().distinct().sorted()
        .toList(), actions, map.location()));
  }

  private static boolean known(Project project, String key) {
    int slash = key.indexOf('/');
    String stack = slash < 0 ? key : key.substring(0, slash);
    Optional<Stack> s = project.stack(stack);
    if (s.isEmpty() && slash >= 0) { // stack names may hold '/' (orders/service): the logical id is after the last
      slash = key.lastIndexOf('/');
      s = project.stack(key.substring(0, slash));
    }
    if (s.isEmpty()) {
      return project.stack(key).isPresent();
    }
    return slash < 0 || s.get().resource(key.substring(slash + 1)).isPresent();
  }

  private static String stacks(Project project) {
    List<String> names = project.stacks().stream().map(Stack::name).toList();
    return names.isEmpty() ? "" : "; the stacks are " + String.join(", ", names.size() > 10 ? names.subList(0, 10)
        : names) + (names.size() > 10 ? ", ..." : "");
  }

  private static boolean date(String text, SourceLocation at, List<Finding> findings) {
    try {
      LocalDate.parse(text, ISO_DATE);
      return true;
    } catch (DateTimeParseException e) {
      findings.add(Finding.error("incident-date", "incident date '" + AnnotationFields.shown(text)
          + "' is not a date written YYYY-MM-DD (2026-03-14); the incident is not shown", at, ""));
      return false;
    }
  }

  private static boolean link(String url, SourceLocation at, List<Finding> findings) {
    if (Annotation.isHttpUrl(url)) {
      return true;
    }
    findings.add(Finding.error("incident-link", "incident link must be an http:// or https:// URL, found '"
        + AnnotationFields.shown(url) + "'; it is not shown", at, ""));
    return false;
  }

  private static Optional<String> required(MapNode map, String key, List<Finding> findings) {
    Optional<String> v = text(map, key, findings);
    if (v.isEmpty() && !(map.get(key) instanceof MapNode || map.get(key) instanceof ListNode)) {
      findings.add(Finding.error("incident-value", "incident '" + key + "' is missing; expected " + expected(key)
          + "; the incident is not shown", map.has(key) ? map.get(key).location() : map.location(), ""));
    }
    return v;
  }

  private static String expected(String key) {
    return switch (key) {
      case "date" -> "a date written YYYY-MM-DD";
      case "id" -> "an id such as INC-2041";
      default -> "text";
    };
  }

  private static Optional<String> text(MapNode map, String key, List<Finding> findings) {
    if (!map.has(key)) {
      return Optional.empty();
    }
    Node v = map.get(key);
    if (v instanceof ScalarNode s) {
      String t = s.text().strip();
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
    findings.add(Finding.error("incident-value", "incident '" + key + "' must be text, found " + AnnotationFields.kind(v)
        + "; the incident is not shown", v.location(), ""));
    return Optional.empty();
  }

  /** A list of scalars, or one scalar as a list of one. */
  private static List<ScalarNode> items(MapNode map, String key, List<Finding> findings) {
    if (!map.has(key)) {
      return List.of();
    }
    Node v = map.get(key);
    if (v instanceof ScalarNode s) {
      return s.isNull() ? List.of() : List.of(s);
    }
    if (!(v instanceof ListNode list)) {
      findings.add(Finding.error("incident-value", "incident '" + key + "' must be a list of text, found "
          + AnnotationFields.kind(v), v.location(), ""));
      return List.of();
    }
    List<ScalarNode> result = new ArrayList<>();
    for (Node item : list.items()) {
      if (result.size() == MAX_ITEMS) {
        findings.add(Finding.warn("incident-limit", "more than " + MAX_ITEMS + " items in '" + key
            + "'; the rest are not read", item.location(), ""));
        break;
      }
      if (item instanceof ScalarNode s && !s.isNull()) {
        result.add(s);
      } else {
        findings.add(Finding.error("incident-value", "each item of incident '" + key + "' must be text, found "
            + AnnotationFields.kind(item), item.location(), ""));
      }
    }
    return result;
  }

  private static String suggestion(String key) {
    return AnnotationFields.nearest(key.toLowerCase(java.util.Locale.ROOT), KEYS);
  }
}
