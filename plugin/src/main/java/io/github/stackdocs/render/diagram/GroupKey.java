package io.github.stackdocs.render.diagram;

/**
 * One group on a node's way down from the top of a diagram.
 *
 * @param key unique among the groups of a diagram (kind, stack and name)
 * @param label what the frame says
 */
record GroupKey(DiagramGroup.Kind kind, String key, String label) {
  static GroupKey of(DiagramGroup.Kind kind, String stack, String name, String label) {
    return new GroupKey(kind, kind.name() + "\u0000" + stack + "\u0000" + name, label);
  }
}
