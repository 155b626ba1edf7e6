package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The changes that follow from a replaced resource although no template text changes: a replaced resource gets a
 * new physical id (and new attributes), so whatever resolves a Ref, GetAtt or Sub of it gets a new value.
 * <ul>
 *   <li>In its stack: each resource referencing it updates ("updates because X is replaced") with the catalog's
 *       replacement of the referencing property, and passes a replacement on.</li>
 *   <li>Across stacks: an export whose value references it takes a new value (an EXPORT change with that cause),
 *       and each resource of another stack importing the export updates ("updates because export E changes: S/X
 *       is replaced"), spreading on in that stack, and from its exports to further stacks.</li>
 * </ul>
 * Added and removed resources are left as they are; a path already changed in the template keeps that change.
 */
final class ReplacementCascade {
  private static final Set<Reference.Kind> CASCADING = EnumSet.of(Reference.Kind.REF, Reference.Kind.GET_ATT,
      Reference.Kind.SUB);

  private final ResourceCatalog catalog;
  private final Cascades listed;

  ReplacementCascade(ResourceCatalog catalog, Cascades listed) {
    this.catalog = catalog;
    this.listed = listed;
  }

  /** Spreads replacements inside one stack; {@code resources} (by logical id) is updated. */
  void inStack(Stack stack, Map<String, ResourceChange> resources) {
    Map<String, Resource> now = stack.resourcesById();
    ArrayDeque<String> replaced = new ArrayDeque<>();
    resources.values().stream().filter(ReplacementCascade::replacedInPlace).map(ResourceChange::logicalId)
        .forEach(replaced::add);
    Set<String> done = new HashSet<>();
    while (!replaced.isEmpty()) {
      String target = replaced.poll();
      if (!done.add(target)) {
        continue;
      }
      for (Reference ref : stack.references()) {
        if (!ref.target().equals(target) || !ref.targetStack().isEmpty() || ref.source().equals(target)
            || !CASCADING.contains(ref.kind()) || !now.containsKey(ref.source())) {
          continue;
        }
        Optional<ResourceChange> after = add(now.get(ref.source()), resources, ref.path(), referenceText(ref),
            "updates because " + target + " is " + how(resources.get(target)), target, resources.get(target).impact());
        if (after.isPresent() && after.get().impact().replaces()) {
          replaced.add(after.get().logicalId());
        }
      }
    }
  }

  /**
   * Spreads replacements from stack to stack through exports and {@code Fn::ImportValue}, until nothing new
   * follows. {@code stacks} has an entry for every stack of either side (empty ones too); it is updated.
   */
  void acrossStacks(Project current, Map<String, Changes> stacks) {
    Map<String, List<Importer>> importers = importers(current);
    Set<String> spread = new HashSet<>(); // stack + export already spread
    boolean again = true;
    while (again) {
      again = false;
      for (Stack exporter : current.stacks()) {
        Changes changes = stacks.get(exporter.name());
        if (changes == null || changes.kind() != ChangeKind.MODIFIED) {
          continue; // an added stack replaces nothing that existed
        }
        for (Output output : exporter.outputs()) {
          Optional<String> export = output.exportName().isEmpty() ? Optional.empty() : ProjectDiff.exportName(output);
          Optional<ResourceChange> replaced = export.flatMap(e -> replacedIn(exporter, output, changes));
          if (replaced.isEmpty() || !spread.add(exporter.name() + "\u0000" + export.get())) {
            continue;
          }
          String cause = replaced.get().logicalId();
          String name = export.get();
          if (changes.items().stream().noneMatch(i -> i.section() == ItemChange.Section.EXPORT
              && i.name().equals(name))) {
            String text = Values.text(output.value());
            changes.items().add(new ItemChange(ItemChange.Section.EXPORT, name, ChangeKind.MODIFIED, Optional.of(text),
                Optional.of(text + " (a new value: " + cause + " is " + how(replaced.get()) + ")"), false, cause));
          }
          for (Importer importer : importers.getOrDefault(name, List.of())) {
            if (importer.stack().name().equals(exporter.name())) {
              continue;
            }
            Changes target = stacks.computeIfAbsent(importer.stack().name(), n -> new Changes(ChangeKind.MODIFIED));
            Resource resource = importer.stack().resourcesById().get(importer.reference().source());
            if (add(resource, target.resources(), importer.reference().path(), "ImportValue " + name,
                "updates because export " + name + " changes: " + exporter.name() + "/" + cause + " is "
                    + how(replaced.get()), exporter.name() + "/" + cause, replaced.get().impact()).isPresent()) {
              inStack(importer.stack(), target.resources());
              again = true;
            }
          }
        }
      }
    }
  }

  /** One stack's changes while they are being spread: resources by logical id, items in a list. */
  record Changes(ChangeKind kind, Map<String, ResourceChange> resources, List<ItemChange> items) {
    Changes(ChangeKind kind) {
      this(kind, new TreeMap<>(), new ArrayList<>());
    }

    static Changes of(StackChange s) {
      Changes c = new Changes(s.kind());
      s.resources().forEach(r -> c.resources().put(r.logicalId(), r));
      c.items().addAll(s.items());
      return c;
    }

    StackChange toStackChange(String name) {
      return new StackChange(name, kind, List.copyOf(resources.values()), items);
    }
  }

  private record Importer(Stack stack, Reference reference) {}

  /** The resources of the project that import an export, by export name. */
  private static Map<String, List<Importer>> importers(Project current) {
    Map<String, List<Importer>> byExport = new TreeMap<>();
    for (Stack s : current.stacks()) {
      Set<String> resources = s.resourcesById().keySet();
      for (Reference ref : s.references()) {
        if (ref.kind() == Reference.Kind.IMPORT_VALUE && resources.contains(ref.source())) {
          byExport.computeIfAbsent(ref.target(), k -> new ArrayList<>()).add(new Importer(s, ref));
        }
      }
    }
    return byExport;
  }

  /** The replaced resource of the stack the output's value references (Ref, GetAtt, Sub), if any. */
  private static Optional<ResourceChange> replacedIn(Stack stack, Output output, Changes changes) {
    String source = "Outputs." + output.name();
    return stack.referencesFrom(source).stream()
        .filter(r -> CASCADING.contains(r.kind()) && r.targetStack().isEmpty()
            && !r.path().startsWith("Export"))
        .map(r -> changes.resources().get(r.target()))
        .filter(r -> r != null && replacedInPlace(r))
        .min(Comparator.comparing(ResourceChange::logicalId));
  }

  /**
   * Adds the change "the value at {@code path} of {@code resource} is new" unless the resource is added or removed or
   * the path already changed in the template; gives the resource's change after it, when added. A resource that is
   * only maybe replaced ({@code replaced}: MAY_REPLACE) only maybe changes what references it: a property that
   * replaces its resource then maybe replaces it, never surely.
   */
  private Optional<ResourceChange> add(Resource resource, Map<String, ResourceChange> resources, String refPath,
      String oldText, String newText, String cause, Impact replaced) {
    ResourceChange before = resources.get(resource.logicalId());
    if (before != null && (before.kind() == ChangeKind.ADDED || before.kind() == ChangeKind.REMOVED)) {
      return Optional.empty();
    }
    String path = refPath.isEmpty() ? "Properties" : refPath;
    if (before != null && before.changes().stream().anyMatch(c -> c.path().equals(path))) {
      return Optional.empty(); // changed in the template: that change already says what the new value is
    }
    Impact impact = ProjectDiff.impact(catalog, resource.type(), path);
    if (replaced == Impact.MAY_REPLACE && impact == Impact.WILL_REPLACE) {
      impact = Impact.MAY_REPLACE;
    }
    if (!listed.lists(replaced, impact)) {
      return Optional.empty();
    }
    List<PropertyChange> changes = new ArrayList<>(before == null ? List.of() : before.changes());
    changes.add(new PropertyChange(path, Optional.of(oldText), Optional.of(newText), impact, false, cause));
    changes.sort(Comparator.comparing((PropertyChange c) -> ProjectDiff.topLevel(c.path())));
    Impact total = (before == null ? Impact.IN_PLACE : before.impact()).max(impact);
    ResourceChange after = new ResourceChange(resource.logicalId(),
        before == null ? ChangeKind.MODIFIED : before.kind(), before == null ? resource.type() : before.oldType(),
        resource.type(), total, changes, false);
    resources.put(after.logicalId(), after);
    return Optional.of(after);
  }

  static boolean replacedInPlace(ResourceChange r) {
    return !r.suppressed() && r.impact().replaces()
        && (r.kind() == ChangeKind.MODIFIED || r.kind() == ChangeKind.TYPE_CHANGED);
  }

  private static String how(ResourceChange replaced) {
    return replaced.impact() == Impact.MAY_REPLACE ? "maybe replaced" : "replaced";
  }

  private static String referenceText(Reference ref) {
    return switch (ref.kind()) {
      case GET_ATT -> "GetAtt " + ref.target() + (ref.attribute().isEmpty() ? "" : "." + ref.attribute());
      case SUB -> "Sub ${" + ref.target() + (ref.attribute().isEmpty() ? "" : "." + ref.attribute()) + "}";
      default -> "Ref " + ref.target();
    };
  }
}
