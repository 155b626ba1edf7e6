package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Pages and anchors of every stack, computed once per render so links between pages need no further
 * walk of the project. Anchors are unique per page and stable (assigned in sorted order).
 */
public final class PageIndex {
  /** Section anchors reserved on every stack page. */
  static final String[] SECTIONS = {
    "overview", "diagram", "parameters", "resources", "outputs", "imports", "conditions", "mappings", "rules",
    "findings", "other-parameters", "cdk", "constructs", "deployed", "drift", "security", "access", "exposure",
    "readiness"
  };

  /** Page and anchors of one stack. */
  record StackPage(
      String page,
      Map<String, String> resources,
      Map<String, String> outputs,
      Map<String, String> parameters,
      Map<String, String> conditions,
      Map<String, String> services,
      Map<String, String> groups,
      Map<String, String> mappings,
      Map<String, String> constructs) {}

  private final Map<String, StackPage> pages = new HashMap<>();

  public PageIndex(Project project) {
    Map<String, String> files =
        FileNames.uniqueFileNames(project.stacks().stream().map(Stack::name).toList());
    for (Stack s : project.stacks()) {
      FileNames.Anchors a = new FileNames.Anchors(SECTIONS);
      Map<String, String> services = new HashMap<>();
      new TreeSet<>(s.resources().stream().map(Resource::service).toList())
          .forEach(n -> services.put(n, a.next("service", n)));
      Map<String, String> constructs = new HashMap<>();
      s.cdk().ifPresent(origin -> {
        TreeSet<String> names = new TreeSet<>(Constructs.TREE_ORDER);
        s.resources().forEach(r -> names.add(Constructs.group(origin, r)));
        names.forEach(n -> constructs.put(n, a.next("construct", n)));
      });
      Map<String, String> groups = new HashMap<>();
      s.parameterGroups().forEach(g -> groups.putIfAbsent(g.label(), a.next("group", g.label())));
      Map<String, String> parameters = new HashMap<>();
      new TreeSet<>(s.parameters().stream().map(Parameter::name).toList())
          .forEach(n -> parameters.put(n, a.next("parameter", n)));
      Map<String, String> resources = new HashMap<>();
      new TreeSet<>(s.resources().stream().map(Resource::logicalId).toList())
          .forEach(n -> resources.put(n, a.next("resource", n)));
      Map<String, String> outputs = new HashMap<>();
      new TreeSet<>(s.outputs().stream().map(Output::name).toList())
          .forEach(n -> outputs.put(n, a.next("output", n)));
      Map<String, String> conditions = new HashMap<>();
      new TreeSet<>(s.conditions().keySet()).forEach(n -> conditions.put(n, a.next("condition", n)));
      Map<String, String> mappings = new HashMap<>();
      s.mappings().ifPresent(m -> new TreeSet<>(m.entries().keySet())
          .forEach(n -> mappings.put(n, a.next("mapping", n))));
      pages.put(s.name(), new StackPage("stacks/" + files.get(s.name()), Map.copyOf(resources),
          Map.copyOf(outputs), Map.copyOf(parameters), Map.copyOf(conditions), Map.copyOf(services),
          Map.copyOf(groups), Map.copyOf(mappings), Map.copyOf(constructs)));
    }
  }

  /**
   * Where a resource is documented, relative to the docs folder and without the file extension
   * ({@code stacks/app#resource-orders}); empty when the project has no such stack or resource.
   */
  public java.util.Optional<String> resourceTarget(String stack, String logicalId) {
    StackPage p = pages.get(stack);
    if (p == null || !p.resources().containsKey(logicalId)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(p.page() + "#" + p.resources().get(logicalId));
  }

  StackPage page(String stack) {
    StackPage p = pages.get(stack);
    if (p == null) {
      throw new IllegalArgumentException("no stack named '" + stack + "' in the project");
    }
    return p;
  }

  boolean hasStack(String stack) {
    return pages.containsKey(stack);
  }

  /** A link to a stack page. */
  Link stackLink(String fromPage, String stack) {
    return Link.between(stack, fromPage, page(stack).page(), "");
  }

  /**
   * A link to a resource, or to an output when {@code source} is {@code Outputs.<name>}; text is the id,
   * prefixed with the stack name when the target is on another page.
   */
  Link sourceLink(String fromPage, String stack, String source) {
    StackPage p = page(stack);
    String anchor;
    String text;
    if (source.startsWith("Outputs.")) {
      text = source.substring("Outputs.".length());
      anchor = p.outputs().getOrDefault(text, "outputs");
      text = "output " + text;
    } else {
      text = source;
      anchor = p.resources().getOrDefault(source, "resources");
    }
    return Link.between(p.page().equals(fromPage) ? text : stack + " / " + text, fromPage, p.page(), anchor);
  }

  /** A link to an output, text {@code stack / output} from other pages. */
  Link outputLink(String fromPage, String stack, String output) {
    StackPage p = page(stack);
    return Link.between(p.page().equals(fromPage) ? output : stack + " / " + output, fromPage, p.page(),
        p.outputs().getOrDefault(output, "outputs"));
  }
}
