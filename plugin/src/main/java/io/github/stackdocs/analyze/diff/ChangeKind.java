package io.github.stackdocs.analyze.diff;

/** What happened to a stack, resource, parameter, output or export between baseline and current. */
public enum ChangeKind {
  ADDED,
  REMOVED,
  MODIFIED,
  /** A resource whose {@code Type} changed: CloudFormation replaces it. */
  TYPE_CHANGED
}
