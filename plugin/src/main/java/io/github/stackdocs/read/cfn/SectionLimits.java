package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputLimits;
import java.util.Iterator;
import java.util.List;

/**
 * Refuses a template with more entries in a section than CloudFormation takes (500 resources; 200 parameters,
 * outputs or mappings: {@link InputLimits}), right after parsing and before anything is made of it: such a template
 * cannot be deployed, and documenting one of thousands of resources costs minutes and gigabytes. Each section over
 * its limit is one error at its first entry past the limit, naming the setting that raises it. Sections
 * CloudFormation sets no quota for ({@code Rules}, {@code Conditions}) are bounded at {@link #MAX_OTHER_ENTRIES}.
 */
final class SectionLimits {
  /** The most entries of a section without a CloudFormation quota ({@code Rules}, {@code Conditions}). */
  static final int MAX_OTHER_ENTRIES = 5_000;

  private record Limit(String section, String name, String what, int max) {}

  private SectionLimits() {}

  /** False, with an error per section over its limit, when the template is refused. */
  static boolean within(MapNode root, Problems problems, InputLimits limits) {
    List<Limit> all = List.of(
        new Limit("Resources", "resources", "resources per stack: 500", limits.resources()),
        new Limit("Parameters", "parameters", "parameters: 200", limits.parameters()),
        new Limit("Outputs", "outputs", "outputs: 200", limits.outputs()),
        new Limit("Mappings", "mappings", "mappings: 200", limits.mappings()),
        new Limit("Rules", null, null, MAX_OTHER_ENTRIES),
        new Limit("Conditions", null, null, MAX_OTHER_ENTRIES));
    boolean ok = true;
    for (Limit limit : all) {
      if (root.get(limit.section()) instanceof MapNode m && m.entries().size() > limit.max()) {
        int size = m.entries().size();
        String message = limit.section() + " has " + InputLimits.format(size) + " entries, more than the limit of "
            + InputLimits.format(limit.max());
        message += limit.name() == null
            ? "; the template is not documented. Split it into nested stacks"
            : " (" + limit.name() + "; CloudFormation's quota of " + limit.what() + "); the template is not documented;"
                + " split it into nested stacks, or " + InputLimits.howToRaise(limit.name(), size);
        problems.error("too-many-entries", message, firstPast(m, limit.max(), root.keyLocation(limit.section())));
        ok = false;
      }
    }
    return ok;
  }

  /** Where the first entry past the first {@code max} is written. */
  private static SourceLocation firstPast(MapNode section, int max, SourceLocation fallback) {
    Iterator<String> keys = section.entries().keySet().iterator();
    for (int i = 0; i < max && keys.hasNext(); i++) {
      keys.next();
    }
    SourceLocation at = keys.hasNext() ? section.keyLocation(keys.next()) : null;
    return at == null ? fallback : at;
  }
}
