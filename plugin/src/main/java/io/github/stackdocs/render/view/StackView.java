package io.github.stackdocs.render.view;

import java.util.List;

/**
 * Everything one stack page shows.
 *
 * @param page output path without extension, e.g. {@code stacks/app}
 * @param diagram Mermaid flowchart source (already Mermaid-escaped)
 * @param deployed the deployed state, or {@code null} when the stack has no snapshot
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
    DeployedView deployed) {
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
  }
}
