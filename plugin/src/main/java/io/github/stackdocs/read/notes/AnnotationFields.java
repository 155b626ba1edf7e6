package io.github.stackdocs.read.notes;

import io.github.stackdocs.catalog.EditDistance;
import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.ReadinessWaiver;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The annotation schema: one mapping of {@code owner}, {@code team}, {@code tier}, {@code slo}, {@code oncall},
 * {@code escalation}, {@code compliance}, {@code notes}, {@code links} and {@code readiness} into an {@link Annotation}. The same
 * for a sidecar entry and a {@code stackdocs} Metadata key. Unknown keys are WARN (with a suggestion); values of
 * the wrong shape and URLs that are not {@code http(s)} are ERROR and left out, so they are never rendered.
 */
final class AnnotationFields {
  static final List<String> KEYS =
      List.of("owner", "team", "tier", "slo", "oncall", "escalation", "compliance", "notes", "links", "readiness");

  /** Keys people write for ours. */
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("criticality", "tier"), Map.entry("on-call", "oncall"), Map.entry("on_call", "oncall"),
      Map.entry("pager", "oncall"), Map.entry("rotation", "oncall"), Map.entry("contact", "owner"),
      Map.entry("note", "notes"), Map.entry("link", "links"), Map.entry("tags", "compliance"),
      Map.entry("sla", "slo"), Map.entry("description", "notes"));

  /** The scalar text fields a tag can fill. */
  static final List<String> TEXT_KEYS = List.of("owner", "team", "tier", "slo", "oncall", "escalation", "notes");

  private static final int MAX_SHOWN = 80;

  private AnnotationFields() {}

  /**
   * Reads {@code map}; problems go to {@code findings} with {@code stack} (empty for the sidecar).
   *
   * @param source shown as where the values came from
   */
  static Annotation read(MapNode map, String stack, String source, List<Finding> findings) {
    Map<String, String> text = new LinkedHashMap<>();
    List<String> compliance = new ArrayList<>();
    Map<String, String> links = new LinkedHashMap<>();
    Map<String, ReadinessWaiver> readiness = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      String key = e.getKey();
      Node value = e.getValue();
      SourceLocation at = map.keyLocation(key);
      switch (key) {
        case "owner", "team", "tier", "slo", "notes" ->
            scalar(key, value, stack, findings).ifPresent(v -> text.put(key, v));
        case "oncall", "escalation" -> scalar(key, value, stack, findings)
            .flatMap(v -> url(key, v, value.location(), stack, findings)).ifPresent(v -> text.put(key, v));
        case "compliance" -> compliance(value, stack, findings, compliance);
        case "links" -> links(value, stack, findings, links);
        case "readiness" -> readiness(value, stack, findings, readiness);
        default -> findings.add(Finding.warn("annotation-unknown-key", "unknown annotation key '" + shown(key) + "'"
            + suggestion(key) + "; known keys: " + String.join(", ", KEYS), at, stack));
      }
    }
    return new Annotation(text.get("owner"), text.get("team"), text.get("tier"), text.get("slo"), text.get("oncall"),
        text.get("escalation"), compliance, text.get("notes"), links, List.of(source), readiness);
  }

  /**
   * The {@code readiness} key: check id to a reason (the check is waived) or to a mapping of {@code reason} (required)
   * and {@code severity} ({@code off} waives, else {@code INFO}, {@code WARN} or {@code ERROR}). Check ids are
   * checked by the readiness analysis, which knows them.
   */
  private static void readiness(Node value, String stack, List<Finding> findings, Map<String, ReadinessWaiver> into) {
    if (!(value instanceof MapNode map)) {
      findings.add(Finding.error("annotation-value", "annotation 'readiness' must be a mapping of check id to a reason"
          + " or to {severity, reason}, found " + kind(value), value.location(), stack));
      return;
    }
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      String check = e.getKey().strip();
      SourceLocation at = map.keyLocation(e.getKey());
      Node v = e.getValue();
      Optional<String> reason;
      Optional<Severity> severity = Optional.empty();
      if (v instanceof MapNode m) {
        reason = m.has("reason") ? scalar("readiness." + check + ".reason", m.get("reason"), stack, findings)
            : Optional.empty();
        if (m.has("severity")) {
          Optional<String> level = scalar("readiness." + check + ".severity", m.get("severity"), stack, findings);
          if (level.isEmpty()) {
            continue;
          }
          String upper = level.get().toUpperCase(Locale.ROOT);
          if (!upper.equals("OFF") && !upper.equals("FALSE")) { // YAML 1.1 reads a bare off as false
            try {
              severity = Optional.of(Severity.valueOf(upper));
            } catch (IllegalArgumentException bad) {
              findings.add(Finding.error("annotation-value", "readiness '" + shown(check) + "': severity must be off,"
                  + " INFO, WARN or ERROR, found '" + shown(level.get()) + "'", m.get("severity").location(), stack));
              continue;
            }
          }
        }
        m.entries().keySet().stream().filter(k -> !k.equals("reason") && !k.equals("severity")).forEach(k ->
            findings.add(Finding.warn("annotation-unknown-key", "unknown key '" + shown(k) + "' in readiness '"
                + shown(check) + "'; known keys: severity, reason", m.keyLocation(k), stack)));
      } else {
        reason = scalar("readiness." + check, v, stack, findings);
      }
      if (reason.isEmpty()) {
        findings.add(Finding.error("annotation-value", "readiness '" + shown(check) + "' needs a reason (a waiver or a"
            + " changed severity is shown with why); it is not applied", v.location(), stack));
        continue;
      }
      into.put(check, new ReadinessWaiver(check, severity, reason.get(), at));
    }
  }

  /** {@code ; did you mean 'tier'?} or empty. */
  static String suggestion(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    if (SYNONYMS.containsKey(lower)) {
      return "; did you mean '" + SYNONYMS.get(lower) + "'?";
    }
    if (KEYS.contains(lower)) {
      return "; did you mean '" + lower + "' (keys are lower case)?";
    }
    return nearest(lower, KEYS);
  }

  /** {@code ; did you mean 'x'?} for the key of {@code keys} within two edits of {@code lower}, or empty. */
  static String nearest(String lower, List<String> keys) {
    String best = null;
    int bestDistance = 3;
    for (String k : keys) {
      int d = EditDistance.between(lower, k, 2);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  private static Optional<String> scalar(String key, Node value, String stack, List<Finding> findings) {
    if (value instanceof ScalarNode s) {
      String v = s.text().strip();
      return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
    findings.add(Finding.error("annotation-value", "annotation '" + key + "' must be text, found "
        + kind(value), value.location(), stack));
    return Optional.empty();
  }

  private static void compliance(Node value, String stack, List<Finding> findings, List<String> into) {
    if (value instanceof ScalarNode s) {
      scalar("compliance", s, stack, findings).ifPresent(into::add);
    } else if (value instanceof ListNode list) {
      for (Node item : list.items()) {
        scalar("compliance", item, stack, findings).ifPresent(into::add);
      }
    } else {
      findings.add(Finding.error("annotation-value", "annotation 'compliance' must be a list of tags, found "
          + kind(value), value.location(), stack));
    }
  }

  private static void links(Node value, String stack, List<Finding> findings, Map<String, String> into) {
    if (!(value instanceof MapNode map)) {
      findings.add(Finding.error("annotation-value", "annotation 'links' must be a mapping of title to URL, found "
          + kind(value), value.location(), stack));
      return;
    }
    for (Map.Entry<String, Node> e : map.entries().entrySet()) {
      String title = e.getKey().strip();
      scalar("links." + title, e.getValue(), stack, findings)
          .flatMap(v -> url("links." + title, v, e.getValue().location(), stack, findings))
          .ifPresent(v -> into.put(title.isEmpty() ? v : title, v));
    }
  }

  /** The URL when it is an absolute http(s) URL with a host; otherwise an ERROR and empty. */
  static Optional<String> url(String key, String value, SourceLocation at, String stack, List<Finding> findings) {
    if (Annotation.isHttpUrl(value)) {
      return Optional.of(value);
    }
    findings.add(Finding.error("annotation-url", "annotation '" + key + "' must be an http:// or https:// URL, found '"
        + shown(value) + "'; it is not shown", at, stack));
    return Optional.empty();
  }

  static String kind(Node node) {
    return node instanceof MapNode ? "a mapping" : node instanceof ListNode ? "a list" : "a scalar";
  }

  static String shown(String s) {
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > MAX_SHOWN ? one.substring(0, MAX_SHOWN) + "..." : one;
  }
}
