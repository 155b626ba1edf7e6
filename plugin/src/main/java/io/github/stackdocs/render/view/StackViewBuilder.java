package io.github.stackdocs.render.view;

import io.github.stackdocs.analyze.drift.BuildValues;
import io.github.stackdocs.analyze.graph.CrossStackLink;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.sam.ImplicitResource;
import io.github.stackdocs.analyze.sam.SamApplication;
import io.github.stackdocs.analyze.sam.SamGlobals;
import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.model.NestedIn;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Builds the view of one stack page from the stack, the graph and maps precomputed for the project. */
final class StackViewBuilder {
  private final DependencyGraph graph;
  private final PageIndex pages;
  private final Map<String, List<CrossStackLink>> importsByStack;
  private final Map<String, List<CrossStackLink>> importersByExport;
  private final Map<String, List<FindingView>> findingsByStack;

  private final TypeDocs types;
  private final boolean showCdkInternals;
  private final io.github.stackdocs.model.Annotations annotations;
  private final io.github.stackdocs.model.Project project;
  private final DiagramViews diagrams;
  private final Map<String, io.github.stackdocs.analyze.security.StackSecurity> security;
  /** parent stack NUL logical id → the nested stack loaded for that resource. */
  private final Map<String, String> children = new java.util.HashMap<>();

  StackViewBuilder(
      DependencyGraph graph,
      PageIndex pages,
      Map<String, List<CrossStackLink>> importsByStack,
      Map<String, List<CrossStackLink>> importersByExport,
      Map<String, List<FindingView>> findingsByStack,
      TypeDocs types,
      boolean showCdkInternals,
      io.github.stackdocs.model.Project project,
      DiagramViews diagrams,
      Map<String, io.github.stackdocs.analyze.security.StackSecurity> security) {
    this.project = project;
    this.security = security;
    this.annotations = project.annotations();
    List<Stack> stacks = project.stacks();
    this.diagrams = diagrams;
    for (Stack s : stacks) {
      s.nestedIn().ifPresent(n -> children.put(exportKey(n.parentStack(), n.logicalId()), s.name()));
    }
    this.types = types;
    this.showCdkInternals = showCdkInternals;
    this.graph = graph;
    this.pages = pages;
    this.importsByStack = importsByStack;
    this.importersByExport = importersByExport;
    this.findingsByStack = findingsByStack;
  }

  /** Key of {@link #importersByExport}: exporting stack and output. */
  static String exportKey(String stack, String output) {
    return stack + "\u0000" + output;
  }

  /** The stack as its page shows it: without CDK bookkeeping unless asked to show it. */
  Stack shown(Stack stack) {
    return showCdkInternals ? stack : CdkInternals.visible(stack);
  }

  StackView build(Stack model) {
    Stack stack = shown(model);
    int hidden = showCdkInternals ? 0 : CdkInternals.hiddenCount(model);
    PageIndex.StackPage page = pages.page(stack.name());
    SamApplication sam = stack.sam() ? new SamTranslator().translate(stack) : null;
    return new StackView(
        stack.name(),
        page.page(),
        Link.between("the index", page.page(), "index", ""),
        stack.description(),
        stack.sourceFile(),
        stack.format(),
        stack.transforms(),
        stack.resources().size(),
        stack.parameters().size(),
        stack.outputs().size(),
        ParameterViews.of(stack, page),
        stack.cdk().isPresent() ? constructs(stack, page, sam) : services(stack, page, sam),
        outputs(stack, page),
        imports(stack, page),
        conditions(stack, page),
        mappings(stack, page),
        rules(stack),
        findingsByStack.getOrDefault(stack.name(), List.of()),
        diagrams.mermaid(stack.name()),
        stack.cdk().isPresent() ? "construct" : "service",
        stack.cdk().map(origin -> cdk(stack, origin, page)).orElse(null),
        hidden,
        deployed(stack),
        sam == null ? List.of() : samShared(sam),
        nested(stack, page),
        AnnotationView.of(annotations.stack(stack.name())),
        diagrams.stack(stack.name(), page.page()),
        EnvironmentViews.of(project, model),
        security.containsKey(stack.name()) ? SecurityViews.stack(security.get(stack.name()), pages) : null);
  }

  private static List<SamView.ImplicitView> samShared(SamApplication sam) {
    return sam.shared().values().stream().flatMap(List::stream).map(StackViewBuilder::implicit).toList();
  }

  private static SamView.ImplicitView implicit(ImplicitResource i) {
    return new SamView.ImplicitView(i.displayId(), i.type(), i.reason());
  }

  private static SamView sam(SamApplication sam, Resource r) {
    return sam == null ? null : sam.resource(r.logicalId())
        .map(s -> new SamView(
            s.events().stream().map(e -> new SamView.EventView(e.name(), e.type(), e.properties())).toList(),
            s.implicit().stream().map(StackViewBuilder::implicit).toList()))
        .orElse(null);
  }

  /** Parent link and nested stacks; null when the stack is neither nested nor has nested stacks. */
  private NestedView nested(Stack stack, PageIndex.StackPage page) {
    Link parent = stack.nestedIn().filter(n -> pages.hasStack(n.parentStack()))
        .map(n -> pages.sourceLink(page.page(), n.parentStack(), n.logicalId())).orElse(null);
    List<NestedView.ChildView> list = new ArrayList<>();
    stack.resources().stream()
        .filter(r -> io.github.stackdocs.model.NestedStacks.templateLocation(r).isPresent()
            || r.type().equals(io.github.stackdocs.model.NestedStacks.STACK))
        .sorted(Comparator.comparing(Resource::logicalId))
        .forEach(r -> {
          String child = children.get(exportKey(stack.name(), r.logicalId()));
          boolean loaded = child != null && pages.hasStack(child);
          List<NestedView.PassedParameter> params = r.properties().get("Parameters") instanceof Node.MapNode m
              ? new TreeMap<>(m.entries()).entrySet().stream()
                  .map(e -> new NestedView.PassedParameter(e.getKey(), ValueFormatter.inline(e.getValue()))).toList()
              : List.of();
          List<Link> outputs = stack.references().stream()
              .filter(ref -> ref.kind() == Reference.Kind.GET_ATT && ref.target().equals(r.logicalId())
                  && ref.attribute().startsWith("Outputs."))
              .map(ref -> ref.attribute().substring("Outputs.".length()))
              .distinct()
              .sorted()
              .map(o -> loaded ? pages.outputLink(page.page(), child, o)
                  : Link.between(o, page.page(), page.page(), page.resources().get(r.logicalId())))
              .toList();
          Node url = io.github.stackdocs.model.NestedStacks.templateLocation(r).orElse(null);
          list.add(new NestedView.ChildView(pages.sourceLink(page.page(), stack.name(), r.logicalId()),
              loaded ? pages.stackLink(page.page(), child) : null,
              url == null ? "" : ValueFormatter.inline(url), params, outputs));
        });
    return parent == null && list.isEmpty() ? null : new NestedView(parent, list);
  }

  /** CDK stacks: resources grouped by the construct that defines them, in tree order. */
  private List<ServiceView> constructs(Stack stack, PageIndex.StackPage page, SamApplication sam) {
    CdkOrigin origin = stack.cdk().orElseThrow();
    Map<String, List<ResourceView>> byConstruct = new TreeMap<>(Constructs.TREE_ORDER);
    DeployedReferences deployed = DeployedReferences.of(stack);
    stack.resources().stream()
        .sorted(Comparator.comparing(Resource::logicalId))
        .forEach(r -> byConstruct.computeIfAbsent(Constructs.group(origin, r), k -> new ArrayList<>())
            .add(resource(stack, r, page, sam, deployed)));
    List<ServiceView> result = new ArrayList<>();
    byConstruct.forEach((name, resources) -> result.add(new ServiceView(name, page.constructs().get(name), resources,
        constructType(origin, name))));
    return result;
  }

  private static String constructType(CdkOrigin origin, String relative) {
    String prefix = origin.displayName() + "/";
    String type = origin.constructTypes().getOrDefault(prefix + relative, "");
    return type.isEmpty() ? origin.constructTypes().getOrDefault(origin.artifactId() + "/" + relative, "") : type;
  }

  private CdkView cdk(Stack stack, CdkOrigin origin, PageIndex.StackPage page) {
    List<Link> dependencies = origin.dependencies().stream()
        .filter(pages::hasStack) // a stack that could not be read has its own ERROR finding
        .map(d -> pages.stackLink(page.page(), d))
        .toList();
    Map<String, List<Link>> byConstruct = new TreeMap<>(Constructs.TREE_ORDER);
    stack.resources().stream()
        .sorted(Comparator.comparing(Resource::logicalId))
        .forEach(r -> byConstruct.computeIfAbsent(Constructs.group(origin, r), k -> new ArrayList<>())
            .add(pages.sourceLink(page.page(), stack.name(), r.logicalId())));
    java.util.TreeSet<String> nodes = new java.util.TreeSet<>(Constructs.TREE_ORDER);
    for (String group : byConstruct.keySet()) {
      if (group.equals(Constructs.UNKNOWN)) {
        nodes.add(group);
        continue;
      }
      for (String p = group; !p.isEmpty(); p = Constructs.parent(p)) {
        nodes.add(p);
      }
    }
    List<CdkView.ConstructLineView> tree = new ArrayList<>();
    for (String node : nodes) {
      int depth = node.equals(Constructs.UNKNOWN) ? 0 : (int) node.chars().filter(c -> c == '/').count();
      String name = node.equals(Constructs.UNKNOWN) ? node : node.substring(node.lastIndexOf('/') + 1);
      tree.add(new CdkView.ConstructLineView(depth, name, node, constructType(origin, node),
          byConstruct.getOrDefault(node, List.of())));
    }
    return new CdkView(origin.displayName(), origin.assembly(), origin.account(), origin.region(), dependencies,
        tree);
  }

  private DeployedView deployed(Stack stack) {
    if (stack.deployed().isEmpty()) {
      return null;
    }
    DeployedState d = stack.deployed().get();
    return new DeployedView(
        d.status(),
        d.statusReason(),
        d.lastUpdated(),
        d.stackDriftStatus(),
        d.stackId(),
        d.region(),
        d.parameters().stream().map(p -> new DeployedView.Row(p.key(), p.value(), "")).toList(),
        d.outputs().stream().map(o -> new DeployedView.Row(o.key(), o.value(), o.exportName())).toList(),
        d.resources().stream()
            .filter(r -> stack.resource(r.logicalId()).isEmpty())
            .map(r -> deployedResource(d, r.logicalId(), r.type(), Optional.of(r), null))
            .toList(),
        d.resourcesKnown(),
        findingsByStack.getOrDefault(stack.name(), List.of()).stream()
            .filter(f -> f.code().startsWith("drift-"))
            .toList());
  }

  /** The deployed state of a resource; {@code null} when it is not known whether it is deployed. */
  private static DeployedResourceView deployedResource(DeployedState d, String logicalId, String type,
      Optional<ResourceState> state, Resource built) {
    if (state.isEmpty()) {
      return d.resourcesKnown()
          ? new DeployedResourceView(logicalId, type, false, "", "", "", "", "", List.of())
          : null;
    }
    ResourceState s = state.get();
    String deployedType = s.type().isEmpty() ? type : s.type();
    return new DeployedResourceView(logicalId, deployedType, true, s.physicalId(), s.status(), s.lastUpdated(),
        s.driftStatus(),
        ConsoleLinks.of(deployedType, s.physicalId(), d.partition(), d.region()).orElse(""),
        s.differences().stream().map(p -> difference(p, built)).toList());
  }

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  /** The whole value on one line (never cut: the page wraps it). */
  private static String oneLine(String value) {
    return BLANKS.matcher(value).replaceAll(" ");
  }

  /** One drift difference; the build's value where deploying it would change the property. */
  private static String difference(PropertyDifference p, Resource built) {
    String shown = switch (p.differenceType()) {
      case "ADD" -> p.path() + ": added " + oneLine(p.actual());
      case "REMOVE" -> p.path() + ": removed (template: " + oneLine(p.expected()) + ")";
      default -> p.path() + ": template " + oneLine(p.expected()) + ", deployed " + oneLine(p.actual());
    };
    return shown + BuildValues.changedBy(built, p).map(v -> ", this build " + oneLine(v)).orElse("");
  }

  private List<ServiceView> services(Stack stack, PageIndex.StackPage page, SamApplication sam) {
    Map<String, List<ResourceView>> byService = new TreeMap<>();
    DeployedReferences deployed = DeployedReferences.of(stack);
    stack.resources().stream()
        .sorted(Comparator.comparing(Resource::logicalId))
        .forEach(r -> byService.computeIfAbsent(r.service(), k -> new ArrayList<>())
            .add(resource(stack, r, page, sam, deployed)));
    List<ServiceView> result = new ArrayList<>();
    byService.forEach((name, resources) -> result.add(new ServiceView(name, page.services().get(name), resources)));
    return result;
  }

  /** A resource's view; {@code deployed} puts in the values the snapshot knows of Ref/GetAtt (shown with them). */
  private ResourceView resource(Stack stack, Resource r, PageIndex.StackPage page, SamApplication sam,
      DeployedReferences deployed) {
    NodeId node = new NodeId(stack.name(), r.logicalId());
    Map<String, String> globals = SamGlobals.sources(stack, r);
    Node.MapNode shown = deployed.shown(SamGlobals.properties(stack, r, r.properties()));
    List<PropertyView> properties = KeyProperties.of(r.type(), shown,
        SamGlobals.properties(stack, r, r.writtenProperties()), name -> types.property(r.type(), name)).stream()
        .map(p -> p.withGlobals(globals.getOrDefault(p.name(), ""))).toList();
    TypeDocs.TypeView type = types.type(r.type());
    return new ResourceView(
        r.logicalId(),
        page.resources().get(r.logicalId()),
        r.type(),
        r.service(),
        r.location().toString(),
        properties,
        SecurityGroupRules.ofResource(r.type(), shown).orElse(null),
        condition(stack, r.condition()),
        r.deletionPolicy(),
        r.updateReplacePolicy(),
        links(stack.name(), page.page(), graph.dependencies(node)),
        links(stack.name(), page.page(), graph.dependents(node)),
        graph.blastRadius(node).size(),
        type.description(),
        type.docsUrl(),
        type.note(),
        type.attributes(),
        stack.cdk().map(o -> o.relativePath(r.logicalId())).orElse(""),
        stack.deployed().map(d -> deployedResource(d, r.logicalId(), r.type(), d.resource(r.logicalId()), r))
            .orElse(null),
        sam(sam, r),
        AnnotationView.of(annotations.resource(stack.name(), r.logicalId())));
  }

  /** Links to resources: this stack's first, then other stacks' (each by stack and logical id). */
  private List<Link> links(String stack, String fromPage, Collection<NodeId> nodes) {
    return nodes.stream()
        .filter(n -> pages.hasStack(n.stack()))
        .sorted(Comparator.comparing((NodeId n) -> !n.stack().equals(stack)).thenComparing(Comparator.naturalOrder()))
        .map(n -> pages.sourceLink(fromPage, n.stack(), n.logicalId()))
        .toList();
  }

  private List<OutputView> outputs(Stack stack, PageIndex.StackPage page) {
    return stack.outputs().stream()
        .sorted(Comparator.comparing(Output::name))
        .map(o -> new OutputView(
            o.name(),
            page.outputs().get(o.name()),
            o.description(),
            ValueFormatter.inline(o.value()),
            o.resolvedExportName().orElseGet(() -> o.exportName().map(ValueFormatter::inline).orElse("")),
            condition(stack, o.condition()),
            importersByExport.getOrDefault(exportKey(stack.name(), o.name()), List.of()).stream()
                .filter(l -> pages.hasStack(l.importingStack()))
                .map(l -> pages.sourceLink(page.page(), l.importingStack(), l.source()))
                .distinct()
                .toList()))
        .toList();
  }

  private List<ImportView> imports(Stack stack, PageIndex.StackPage page) {
    return importsByStack.getOrDefault(stack.name(), List.of()).stream()
        .sorted(Comparator.comparing(CrossStackLink::exportName).thenComparing(CrossStackLink::source))
        .map(l -> new ImportView(
            l.exportName(),
            pages.sourceLink(page.page(), stack.name(), l.source()),
            l.resolved() && pages.hasStack(l.exportingStack()),
            l.resolved() && pages.hasStack(l.exportingStack())
                ? pages.outputLink(page.page(), l.exportingStack(), l.outputName())
                : null))
        .distinct()
        .toList();
  }

  private static List<NamedValueView> conditions(Stack stack, PageIndex.StackPage page) {
    return new TreeMap<>(stack.conditions()).entrySet().stream()
        .map(e -> new NamedValueView(e.getKey(), page.conditions().get(e.getKey()), ValueFormatter.inline(e.getValue()),
            truth(stack, e.getKey())))
        .toList();
  }

  /** A resource's or output's condition with its truth in the page's environment: {@code IsProd (true in prod)}. */
  static String condition(Stack stack, String condition) {
    String truth = truth(stack, condition);
    return condition.isEmpty() || truth.isEmpty() ? condition : condition + " (" + truth + ")";
  }

  /** {@code true in prod}, {@code false in prod}, {@code not known in prod}; empty before binding. */
  private static String truth(Stack stack, String condition) {
    return stack.binding().filter(b -> b.conditions().containsKey(condition))
        .map(b -> switch (b.condition(condition)) {
          case TRUE -> "true";
          case FALSE -> "false";
          case UNKNOWN -> "not known";
        } + EnvironmentView.where(b.environment())).orElse("");
  }

  private static List<NamedValueView> mappings(Stack stack, PageIndex.StackPage page) {
    return stack.mappings().map(m -> new TreeMap<>(m.entries()).entrySet().stream()
            .map(e -> new NamedValueView(e.getKey(), page.mappings().get(e.getKey()), topLevelKeys(e.getValue())))
            .toList())
        .orElse(List.of());
  }

  private static String topLevelKeys(Node node) {
    return node instanceof Node.MapNode m
        ? String.join(", ", m.entries().keySet())
        : ValueFormatter.inline(node);
  }

  private static List<String> rules(Stack stack) {
    return stack.rules().map(r -> r.entries().keySet().stream().sorted().toList()).orElse(List.of());
  }
}
