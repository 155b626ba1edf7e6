package io.github.stackdocs.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What people say about a stack or resource (ownership, criticality, on-call), from the sidecar file
 * {@code stackdocs.yaml}, template {@code Metadata} or resource tags. Every text is plain and unescaped;
 * URLs ({@code oncall}, {@code escalation}, link targets) were checked to be {@code http(s)} when read.
 *
 * @param tier the criticality tier as written ({@code tier-1}, {@code critical} ...)
 * @param compliance compliance tags, in order, no duplicates
 * @param links title → URL, in order
 * @param sources where the values came from, highest precedence first ({@code stackdocs.yaml:12:3}, {@code tags})
 * @param readiness readiness checks turned off or given another severity, by check id (the {@code readiness} key)
 */
public record Annotation(
    String owner,
    String team,
    String tier,
    String slo,
    String oncall,
    String escalation,
    List<String> compliance,
    String notes,
    Map<String, String> links,
    List<String> sources,
    Map<String, ReadinessWaiver> readiness) {

  public static final Annotation EMPTY =
      new Annotation("", "", "", "", "", "", List.of(), "", Map.of(), List.of());

  /** Without readiness waivers. */
  public Annotation(String owner, String team, String tier, String slo, String oncall, String escalation,
      List<String> compliance, String notes, Map<String, String> links, List<String> sources) {
    this(owner, team, tier, slo, oncall, escalation, compliance, notes, links, sources, Map.of());
  }

  public Annotation {
    owner = owner == null ? "" : owner;
    team = team == null ? "" : team;
    tier = tier == null ? "" : tier;
    slo = slo == null ? "" : slo;
    oncall = oncall == null ? "" : oncall;
    escalation = escalation == null ? "" : escalation;
    compliance = List.copyOf(new LinkedHashSet<>(compliance));
    notes = notes == null ? "" : notes;
    links = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(links));
    sources = List.copyOf(new LinkedHashSet<>(sources));
    readiness = readiness == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(readiness));
  }

  /**
   * The one rule for annotation URLs: absolute {@code http} or {@code https} with a host, no blanks or control
   * characters, and valid by RFC 3986 (characters such as {@code [ ] { } < >} must be percent-encoded).
   */
  public static boolean isHttpUrl(String value) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    try {
      java.net.URI uri = new java.net.URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
          && !uri.getRawAuthority().isEmpty();
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  /** True when nothing is said about the people side (readiness waivers aside). */
  public boolean isEmpty() {
    return owner.isEmpty() && team.isEmpty() && tier.isEmpty() && slo.isEmpty() && oncall.isEmpty()
        && escalation.isEmpty() && compliance.isEmpty() && notes.isEmpty() && links.isEmpty();
  }

  /** True when nothing is said, readiness waivers included. */
  public boolean isBlank() {
    return isEmpty() && readiness.isEmpty();
  }

  /**
   * This annotation over a lower-precedence one: each text field is this one's unless empty; compliance tags
   * and links are combined (this one's first; for a link title given by both, this one's URL); so are readiness
   * waivers (for a check given by both, this one's).
   */
  public Annotation over(Annotation lower) {
    if (lower.isBlank()) {
      return this;
    }
    if (isBlank()) {
      return lower;
    }
    List<String> tags = new ArrayList<>(compliance);
    tags.addAll(lower.compliance);
    Map<String, String> allLinks = new LinkedHashMap<>(links);
    lower.links.forEach(allLinks::putIfAbsent);
    List<String> from = new ArrayList<>(sources);
    from.addAll(lower.sources);
    Map<String, ReadinessWaiver> waivers = new LinkedHashMap<>(lower.readiness);
    waivers.putAll(readiness);
    return new Annotation(first(owner, lower.owner), first(team, lower.team), first(tier, lower.tier),
        first(slo, lower.slo), first(oncall, lower.oncall), first(escalation, lower.escalation), tags,
        first(notes, lower.notes), allLinks, from, waivers);
  }

  private static String first(String a, String b) {
    return a.isEmpty() ? b : a;
  }
}
