package io.github.stackdocs.read.notes;

import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Annotations;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.MappingReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads every source of annotations and resolves them by precedence into {@link Annotations}. Per field, the
 * first source that sets it wins:
 *
 * <ul>
 *   <li>a resource: sidecar {@code stack/LogicalId} &gt; sidecar {@code stack:Construct/Path} (deeper first) &gt;
 *       sidecar globs (narrower first, then file order) &gt; the resource's {@code Metadata.stackdocs} &gt; its
 *       tags;
 *   <li>a stack: sidecar {@code stack} &gt; sidecar stack globs &gt; the template's {@code Metadata.stackdocs}.
 * </ul>
 *
 * <p>Runbooks show a resource's annotation over its stack's. Never throws for bad input: problems are findings.
 */
public final class AnnotationResolver {
  /** The key of our annotations in template and resource {@code Metadata}. */
  public static final String METADATA_KEY = "stackdocs";

  private final TagKeys tagKeys;

  public AnnotationResolver(TagKeys tagKeys) {
    this.tagKeys = tagKeys;
  }

  /** The resolved annotations and the problems found on the way. */
  public record Result(Annotations annotations, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  private record Entry(Selector selector, Annotation annotation, SourceLocation location, int index) {}

  /**
   * Resolves the annotations of {@code project}.
   *
   * @param sidecar the sidecar file, when there is one
   * @param displayPath how findings name it
   */
  public Result resolve(Project project, Optional<Path> sidecar, String displayPath) {
    List<Finding> findings = new ArrayList<>();
    Sidecar file = Sidecar.NONE;
    if (sidecar.isPresent()) {
      try {
        file = entries(InputFiles.read(sidecar.get()), displayPath, findings);
      } catch (IOException e) {
        findings.add(Finding.error("io", "cannot read the annotations file: " + e.getMessage(),
            SourceLocation.of(displayPath), ""));
      }
    }
    return resolve(project, file, findings);
  }

  /** Resolves with sidecar text given directly (tests). */
  public Result resolve(Project project, String sidecarText, String displayPath) {
    List<Finding> findings = new ArrayList<>();
    Sidecar file = entries(sidecarText.getBytes(java.nio.charset.StandardCharsets.UTF_8), displayPath, findings);
    return resolve(project, file, findings);
  }

  /** The selector entries of the annotations file and its {@code incidents} entry, when it has one. */
  private record Sidecar(List<Entry> entries, Optional<Node> incidents) {
    static final Sidecar NONE = new Sidecar(List.of(), Optional.empty());
  }

  private Result resolve(Project project, Sidecar file, List<Finding> findings) {
    List<Entry> entries = file.entries();
    Set<Entry> used = new HashSet<>();
    Map<String, Annotation> stacks = new LinkedHashMap<>();
    Map<String, Annotation> resources = new LinkedHashMap<>();
    for (Stack stack : project.stacks()) {
      Annotation s = Annotation.EMPTY;
      for (Entry e : ordered(entries, x -> x.selector().kind() == Selector.Kind.STACK
          && x.selector().matchesStack(stack.name()))) {
        used.add(e);
        s = s.over(e.annotation());
      }
      s = s.over(metadata(stack.metadata().map(m -> (Node) m), stack.name(), findings));
      if (!s.isBlank()) {
        stacks.put(stack.name(), s);
      }
      for (Resource r : stack.resources()) {
        String path = constructPath(stack, r);
        Annotation a = Annotation.EMPTY;
        for (Entry e : ordered(entries, x -> matches(x.selector(), stack.name(), r.logicalId(), path))) {
          used.add(e);
          a = a.over(e.annotation());
        }
        a = a.over(metadata(r.metadata(), stack.name(), findings)).over(tags(r));
        if (!a.isBlank()) {
          resources.put(Annotations.key(stack.name(), r.logicalId()), a);
        }
      }
    }
    List<String> names = project.stacks().stream().map(Stack::name).toList();
    for (Entry e : entries) {
      if (!used.contains(e)) {
        findings.add(Finding.warn("annotation-unmatched", "annotation key '" + AnnotationFields.shown(e.selector().text())
            + "' matches no " + what(e.selector()) + (names.isEmpty() ? "" : "; the stacks are " + String.join(", ",
                names.size() > 10 ? names.subList(0, 10) : names) + (names.size() > 10 ? ", ..." : "")),
            e.location(), ""));
      }
    }
    List<io.github.stackdocs.model.Incident> incidents = file.incidents()
        .map(n -> IncidentReader.read(n, project, findings)).orElse(List.of());
    return new Result(new Annotations(stacks, resources, incidents), findings);
  }

  private static String what(Selector s) {
    return switch (s.kind()) {
      case STACK -> "stack";
      case RESOURCE -> "resource (stack/LogicalId)";
      case CONSTRUCT -> "CDK construct (stack:Construct/Path)";
    };
  }

  private static boolean matches(Selector s, String stack, String logicalId, String constructPath) {
    if (!s.matchesStack(stack)) {
      return false;
    }
    return switch (s.kind()) {
      case STACK -> false;
      case RESOURCE -> s.matchesRest(logicalId);
      case CONSTRUCT -> !constructPath.isEmpty() && s.matchesRest(constructPath);
    };
  }

  /** Highest precedence first: exact resource, exact construct, globs; deeper/narrower first; then file order. */
  private static List<Entry> ordered(List<Entry> entries, java.util.function.Predicate<Entry> filter) {
    return entries.stream().filter(filter)
        .sorted(Comparator.comparingInt((Entry e) -> -rank(e.selector())).thenComparingInt(Entry::index))
        .toList();
  }

  private static int rank(Selector s) {
    int kind = s.glob() ? 0 : s.kind() == Selector.Kind.CONSTRUCT ? 200_000 : 300_000;
    return kind + s.specificity() % 100_000;
  }

  /** The construct path relative to the stack: from the CDK assembly, else the {@code aws:cdk:path} Metadata. */
  private static String constructPath(Stack stack, Resource r) {
    if (stack.cdk().isPresent()) {
      String p = stack.cdk().get().relativePath(r.logicalId());
      if (!p.isEmpty()) {
        return p;
      }
    }
    return r.metadata().filter(m -> m instanceof MapNode).map(m -> ((MapNode) m).get("aws:cdk:path"))
        .flatMap(Node::text).map(p -> p.indexOf('/') >= 0 ? p.substring(p.indexOf('/') + 1) : p).orElse("");
  }

  private static Annotation metadata(Optional<Node> metadata, String stack, List<Finding> findings) {
    if (metadata.isEmpty() || !(metadata.get() instanceof MapNode m) || !m.has(METADATA_KEY)) {
      return Annotation.EMPTY;
    }
    Node value = m.get(METADATA_KEY);
    if (!(value instanceof MapNode map)) {
      findings.add(Finding.error("annotation-value", "Metadata '" + METADATA_KEY + "' must be a mapping of"
          + " annotation keys (owner, team, tier, ...)", value.location(), stack));
      return Annotation.EMPTY;
    }
    return AnnotationFields.read(map, stack, "Metadata at " + value.location(), findings);
  }

  /** The configured tags with static text values; a tag written as an intrinsic function is not known here. */
  private Annotation tags(Resource r) {
    Node tags = r.properties().get("Tags");
    Map<String, String> values = new LinkedHashMap<>();
    if (tags instanceof ListNode list) {
      for (Node item : list.items()) {
        if (item instanceof MapNode kv) {
          Optional<String> k = Optional.ofNullable(kv.get("Key")).flatMap(Node::text);
          Optional<String> v = Optional.ofNullable(kv.get("Value")).flatMap(Node::text);
          if (k.isPresent() && v.isPresent()) {
            values.putIfAbsent(k.get(), v.get());
          }
        }
      }
    } else if (tags instanceof MapNode map) {
      map.entries().forEach((k, v) -> Node.text(v).ifPresent(t -> values.putIfAbsent(k, t)));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    values.forEach((k, v) -> {
      String field = tagKeys.field(k);
      String text = v.strip();
      if (field != null && !text.isEmpty()
          && (!(field.equals("oncall") || field.equals("escalation")) || Annotation.isHttpUrl(text))) {
        fields.putIfAbsent(field, text);
      }
    });
    if (fields.isEmpty()) {
      return Annotation.EMPTY;
    }
    return new Annotation(fields.get("owner"), fields.get("team"), fields.get("tier"), fields.get("slo"),
        fields.get("oncall"), fields.get("escalation"), List.of(), fields.get("notes"), Map.of(), List.of("tags"));
  }

  private static Sidecar entries(byte[] bytes, String displayPath, List<Finding> findings) {
    MappingReader.Result read = MappingReader.read(displayPath, bytes, "the annotations file");
    findings.addAll(read.findings());
    List<Entry> entries = new ArrayList<>();
    if (read.root().isEmpty()) {
      return Sidecar.NONE;
    }
    MapNode root = read.root().get();
    int index = 0;
    for (Map.Entry<String, Node> e : root.entries().entrySet()) {
      SourceLocation at = root.keyLocation(e.getKey());
      if (e.getKey().equals(IncidentReader.KEY)) {
        continue; // the incidents list, read by IncidentReader
      }
      if (e.getKey().isBlank()) {
        findings.add(Finding.error("annotation-key", "empty annotation key; expected a stack, stack/LogicalId,"
            + " stack:Construct/Path or a glob", at, ""));
        continue;
      }
      if (!(e.getValue() instanceof MapNode map)) {
        findings.add(Finding.error("annotation-value", "the annotations of '" + AnnotationFields.shown(e.getKey())
            + "' must be a mapping (owner, team, tier, ...)", e.getValue().location(), ""));
        continue;
      }
      Annotation a = AnnotationFields.read(map, "", at.toString(), findings);
      entries.add(new Entry(Selector.parse(e.getKey()), a, at, index++));
    }
    return new Sidecar(entries, Optional.ofNullable(root.get(IncidentReader.KEY)));
  }
}
