package io.github.stackdocs.render.view;

import java.util.List;

/**
 * Everything one stack page shows.
 *
 * @param page output path without extension, e.g. {@code stacks/app}
 * @param diagram Mermaid flowchart source of the diagram level the page shows (already Mermaid-escaped)
 * @param grouping what {@code services} groups by: {@code service} or, for CDK stacks, {@code construct}
 * @param cdk what the page says about the stack's CDK origin; null for plain templates
 * @param hiddenCdkItems how many CDK bookkeeping items are left out (0 when shown or none)
 * @param deployed the deployed state, or {@code null} when the stack has no snapshot
 * @param samShared resources the SAM transform creates for several SAM resources at once (implicit APIs ...)
 * @param nested the parent and the nested stacks; null when the stack is neither nested nor has nested stacks
 * @param annotation what people say about the stack as a whole (owner, tier, on-call ...); null when nothing
 * @param diagrams the SVG diagram shown and the links to its levels
 * @param environment the environment the page's values are from, what it does not create, what differs between
 *     environments
 * @param security who can do what on which resource, and what is reachable from the internet
 */
public record StackView(
    String name,
    String page,
    Link index,
    String description,
    String sourceFile,
    String format,
    List<String> transforms,
    int resourceCount,
    int parameterCount,
    int outputCount,
    List<ParameterGroupView> parameterGroups,
    List<ServiceView> services,
    List<OutputView> outputs,
    List<ImportView> imports,
    List<NamedValueView> conditions,
    List<NamedValueView> mappings,
    List<String> rules,
    List<FindingView> findings,
    String diagram,
    String grouping,
    CdkView cdk,
    int hiddenCdkItems,
    DeployedView deployed,
    List<SamView.ImplicitView> samShared,
    NestedView nested,
    AnnotationView annotation,
    DiagramView diagrams,
    EnvironmentView environment,
    SecurityView security) {
  public StackView {
    transforms = List.copyOf(transforms);
    parameterGroups = List.copyOf(parameterGroups);
    services = List.copyOf(services);
    outputs = List.copyOf(outputs);
    imports = List.copyOf(imports);
    conditions = List.copyOf(conditions);
    mappings = List.copyOf(mappings);
    rules = List.copyOf(rules);
    findings = List.copyOf(findings);
    samShared = List.copyOf(samShared);
  }
}
