package io.github.stackdocs.model;

import java.util.Comparator;

/**
 * One edge from a place in a stack to something it uses.
 *
 * <p>{@code source} is the logical id of the resource, or {@code Outputs.<name>} / {@code
 * Conditions.<name>} for references from outputs and conditions. {@code target} is a logical id, a
 * parameter name, a pseudo parameter ({@code AWS::Region}), a condition name, or for {@link
 * Kind#IMPORT_VALUE} the (resolved) export name. {@code targetStack} is filled for cross-stack edges once
 * the project resolves them, else empty.
 *
 * @param path where in the source the reference sits, e.g. {@code Properties.Environment.Variables.TABLE}
 * @param attribute the {@code GetAtt} attribute (also {@code ${X.Attr}} in Sub), else empty
 */
public record Reference(
    Kind kind,
    String source,
    String target,
    String attribute,
    String targetStack,
    String path,
    SourceLocation location)
    implements Comparable<Reference> {

  /** How the reference is written. */
  public enum Kind {
    REF,
    GET_ATT,
    SUB,
    DEPENDS_ON,
    CONDITION,
    FIND_IN_MAP,
    IMPORT_VALUE,
    NESTED_STACK
  }

  private static final Comparator<Reference> ORDER =
      Comparator.comparing(Reference::source)
          .thenComparing(Reference::target)
          .thenComparing(Reference::kind)
          .thenComparing(Reference::attribute)
          .thenComparing(Reference::path)
          .thenComparing(Reference::targetStack)
          .thenComparing(Reference::location);

  public Reference {
    attribute = attribute == null ? "" : attribute;
    targetStack = targetStack == null ? "" : targetStack;
    path = path == null ? "" : path;
  }

  public boolean isPseudoParameter() {
    return target.startsWith("AWS::");
  }

  public boolean crossStack() {
    return !targetStack.isEmpty();
  }

  public Reference withTargetStack(String stack) {
    return new Reference(kind, source, target, attribute, stack, path, location);
  }

  @Override
  public int compareTo(Reference o) {
    return ORDER.compare(this, o);
  }
}
