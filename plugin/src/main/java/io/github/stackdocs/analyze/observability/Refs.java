package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Which resources of a stack a property names ({@code Ref}, {@code GetAtt}, {@code Sub}), and the reverse. */
final class Refs {
  private static final Set<Reference.Kind> NAMES = EnumSet.of(Reference.Kind.REF, Reference.Kind.GET_ATT,
      Reference.Kind.SUB);

  private Refs() {}

  /** Resources of {@code type} named by the value at {@code path} (e.g. {@code Properties.RestApiId}) of {@code source}. */
  static List<Resource> at(Stack stack, String source, String path, String type) {
    return stack.referencesFrom(source).stream()
        .filter(r -> NAMES.contains(r.kind()) && r.path().equals(path))
        .flatMap(r -> stack.resource(r.target()).stream())
        .filter(r -> r.type().equals(type))
        .distinct().toList();
  }

  /** References naming {@code target} from a resource of the stack whose property path matches. */
  static List<Reference> to(Stack stack, String target, Predicate<String> path) {
    return stack.referencesTo(target).stream()
        .filter(r -> NAMES.contains(r.kind()) && path.test(r.path())
            && stack.resource(r.source()).isPresent())
        .toList();
  }

  /** The resource a reference comes from (it exists: see {@link #to}). */
  static Resource source(Stack stack, Reference r) {
    return stack.resource(r.source()).orElseThrow();
  }
}
