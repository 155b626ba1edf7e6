package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CDK bookkeeping that documents nothing a reader wrote: the {@code CDKMetadata} resource and its
 * {@code CDKMetadataAvailable} condition, asset parameters ({@code AssetParameters...}), the
 * {@code BootstrapVersion} parameter and the {@code CheckBootstrapVersion} rule. Only stacks read from a
 * cloud assembly are filtered; the model keeps everything (model.json shows it).
 */
final class CdkInternals {
  private CdkInternals() {}

  static boolean hiddenResource(Resource r) {
    return r.logicalId().equals("CDKMetadata") || r.type().equals("AWS::CDK::Metadata");
  }

  static boolean hiddenParameter(String name) {
    return name.startsWith("AssetParameters") || name.equals("BootstrapVersion");
  }

  static boolean hiddenRule(String name) {
    return name.equals("CheckBootstrapVersion");
  }

  static boolean hiddenCondition(String name) {
    return name.equals("CDKMetadataAvailable");
  }

  /** How many items {@link #visible} leaves out of {@code stack}. */
  static int hiddenCount(Stack stack) {
    if (stack.cdk().isEmpty()) {
      return 0;
    }
    long n = stack.resources().stream().filter(CdkInternals::hiddenResource).count()
        + stack.parameters().stream().filter(p -> hiddenParameter(p.name())).count()
        + stack.rules().map(r -> r.entries().keySet().stream().filter(CdkInternals::hiddenRule).count()).orElse(0L)
        + stack.conditions().keySet().stream().filter(CdkInternals::hiddenCondition).count();
    return (int) n;
  }

  /** {@code stack} without its CDK bookkeeping; unchanged when it is not from a cloud assembly. */
  static Stack visible(Stack stack) {
    if (stack.cdk().isEmpty() || hiddenCount(stack) == 0) {
      return stack;
    }
    List<Parameter> parameters = stack.parameters().stream().filter(p -> !hiddenParameter(p.name())).toList();
    Map<String, Node> conditions = new LinkedHashMap<>(stack.conditions());
    conditions.keySet().removeIf(CdkInternals::hiddenCondition);
    Optional<Node.MapNode> rules = stack.rules().map(r -> {
      Map<String, Node> kept = new LinkedHashMap<>(r.entries());
      kept.keySet().removeIf(CdkInternals::hiddenRule);
      Map<String, io.github.stackdocs.model.SourceLocation> keys = new LinkedHashMap<>(r.keyLocations());
      keys.keySet().removeIf(CdkInternals::hiddenRule);
      return new Node.MapNode(kept, keys, r.location());
    }).filter(r -> r.size() > 0);
    List<Resource> resources = stack.resources().stream().filter(r -> !hiddenResource(r)).toList();
    return stack.withContents(parameters, conditions, rules, resources);
  }
}
