package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a template with more entries in one section than any deployable template has: CloudFormation takes at
 * most 500 resources and 200 parameters, outputs or mappings per stack; a template with ten times that is not
 * documented (its pages would take minutes to render and be unreadable), with one clear error.
 */
final class SectionLimits {
  /** The most entries one section may have (ten times CloudFormation's 500 resources per stack). */
  static final int MAX_ENTRIES = 5_000;

  private static final List<String> SECTIONS =
      List.of("Parameters", "Rules", "Mappings", "Conditions", "Resources", "Outputs");

  private SectionLimits() {}

  /** False, with an error per section over the limit, when the template is refused. */
  static boolean within(MapNode root, Problems problems) {
    boolean ok = true;
    for (String section : SECTIONS) {
      Node node = root.get(section);
      if (node instanceof MapNode m && m.entries().size() > MAX_ENTRIES) {
        problems.error("too-many-entries", section + " has " + String.format(Locale.ROOT, "%,d", m.entries().size())
            + " entries, more than the limit of " + String.format(Locale.ROOT, "%,d", MAX_ENTRIES) + " (CloudFormation"
            + " itself accepts at most 500 resources and 200 parameters or outputs per stack); the template is not"
            + " documented. Split it into nested stacks", root.keyLocation(section));
        ok = false;
      }
    }
    return ok;
  }
}
