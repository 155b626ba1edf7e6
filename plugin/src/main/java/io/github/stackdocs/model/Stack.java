package io.github.stackdocs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One CloudFormation stack: a template and everything read from it.
 *
 * @param name the stack name (defaults to the file's base name)
 * @param sourceFile the template path as the user names it (relative to the base directory)
 * @param format {@code yaml} or {@code json}
 * @param transforms the {@code Transform} names, in order
 * @param metadata the top-level {@code Metadata} as written (empty when absent)
 * @param mappings {@code Mappings} as written
 * @param conditions {@code Conditions}: name → expression
 * @param rules {@code Rules} as written
 * @param references every reference out of the template's resources, outputs and conditions, sorted
 * @param cdk where the stack came from when it was read from a CDK cloud assembly; empty for templates
 * @param globals the SAM {@code Globals} section as written (empty when absent)
 * @param nestedIn the parent stack and resource when this stack is a nested stack's template; else empty
 * @param deployed what is deployed for the stack, when a snapshot was given; its secret values (outputs and drift
 *     values derived from NoEcho parameters or dynamic references, see {@code DeployedSecrets}) are masked here
 * @param loops the {@code Fn::ForEach} loops of the language extensions, as written; expanded by binding
 * @param binding what binding to an environment decided for this stack (parameter values, conditions, resources
 *     not created); empty for a stack as read, before binding
 */
public record Stack(
    String name,
    String sourceFile,
    String format,
    String description,
    List<String> transforms,
    Optional<Node.MapNode> metadata,
    List<Parameter> parameters,
    List<ParameterGroup> parameterGroups,
    Optional<Node.MapNode> mappings,
    Map<String, Node> conditions,
    Optional<Node.MapNode> rules,
    List<Resource> resources,
    List<Output> outputs,
    List<Reference> references,
    Optional<CdkOrigin> cdk,
    Optional<Node.MapNode> globals,
    Optional<NestedIn> nestedIn,
    Optional<DeployedState> deployed,
    Loops loops,
    Optional<Binding> binding) {

  public Stack {
    description = description == null ? "" : description;
    transforms = List.copyOf(transforms);
    parameters = List.copyOf(parameters);
    parameterGroups = List.copyOf(parameterGroups);
    conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions)); // source order, deterministic
    resources = ResourceList.of(resources);
    outputs = List.copyOf(outputs);
    references = ReferenceList.of(references);
    cdk = cdk == null ? Optional.empty() : cdk;
    globals = globals == null ? Optional.empty() : globals;
    nestedIn = nestedIn == null ? Optional.empty() : nestedIn;
    // secret values of the deployed state never enter the model (DeployedSecrets), whoever attaches it
    deployed = DeployedSecrets.masked(deployed, parameters, ((ResourceList) resources)::byId, outputs);
    loops = loops == null ? Loops.NONE : loops;
    binding = binding == null ? Optional.empty() : binding;
  }

  /** A stack without loops and not bound (the shape before environments were modelled). */
  public Stack(String name, String sourceFile, String format, String description, List<String> transforms,
      Optional<Node.MapNode> metadata, List<Parameter> parameters, List<ParameterGroup> parameterGroups,
      Optional<Node.MapNode> mappings, Map<String, Node> conditions, Optional<Node.MapNode> rules,
      List<Resource> resources, List<Output> outputs, List<Reference> references, Optional<CdkOrigin> cdk,
      Optional<Node.MapNode> globals, Optional<NestedIn> nestedIn, Optional<DeployedState> deployed) {
    this(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups, mappings,
        conditions, rules, resources, outputs, references, cdk, globals, nestedIn, deployed, Loops.NONE,
        Optional.empty());
  }

  /** A stack without SAM globals and not nested (the shape before those were modelled). */
  public Stack(String name, String sourceFile, String format, String description, List<String> transforms,
      Optional<Node.MapNode> metadata, List<Parameter> parameters, List<ParameterGroup> parameterGroups,
      Optional<Node.MapNode> mappings, Map<String, Node> conditions, Optional<Node.MapNode> rules,
      List<Resource> resources, List<Output> outputs, List<Reference> references, Optional<CdkOrigin> cdk) {
    this(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups, mappings,
        conditions, rules, resources, outputs, references, cdk, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A stack read from a plain template (no CDK origin). */
  public Stack(String name, String sourceFile, String format, String description, List<String> transforms,
      Optional<Node.MapNode> metadata, List<Parameter> parameters, List<ParameterGroup> parameterGroups,
      Optional<Node.MapNode> mappings, Map<String, Node> conditions, Optional<Node.MapNode> rules,
      List<Resource> resources, List<Output> outputs, List<Reference> references) {
    this(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups, mappings,
        conditions, rules, resources, outputs, references, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * True when a transform rewrites the template before CloudFormation sees it: a {@code Transform} is
   * declared, or SAM resource types are used (SAM test fixtures and some tools omit the declaration).
   */
  public boolean transformed() {
    return !transforms.isEmpty() || resources.stream().anyMatch(r -> r.type().startsWith("AWS::Serverless::"));
  }

  public Optional<Resource> resource(String logicalId) {
    return Optional.ofNullable(((ResourceList) resources).byId(logicalId));
  }

  /**
   * The references out of {@code source} (a logical id, {@code Outputs.<name>} or {@code Conditions.<name>}), in
   * {@link #references()} order; found by binary search, as the references are sorted by source first.
   */
  public List<Reference> referencesFrom(String source) {
    int lo = 0;
    int hi = references.size();
    while (lo < hi) { // the first index whose source is not below source
      int mid = (lo + hi) >>> 1;
      if (references.get(mid).source().compareTo(source) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < references.size() && references.get(end).source().equals(source)) {
      end++;
    }
    return references.subList(lo, end);
  }

  /**
   * The references naming {@code target} (a logical id, or an export name for {@code ImportValue}), in
   * {@link #references()} order; found by an index.
   */
  public List<Reference> referencesTo(String target) {
    return ((ReferenceList) references).to(target);
  }

  public Optional<Parameter> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Map<String, Resource> resourcesById() {
    return resources.stream().collect(Collectors.toMap(Resource::logicalId, Function.identity()));
  }

  /** A copy with other references (used when the project resolves cross-stack edges). */
  public Stack withReferences(List<Reference> refs) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conditions, rules, resources, outputs, refs, cdk, globals, nestedIn, deployed, loops, binding);
  }

  /** A copy that records its CDK origin. */
  public Stack withCdk(CdkOrigin origin) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conditions, rules, resources, outputs, references, Optional.of(origin), globals, nestedIn,
        deployed, loops, binding);
  }

  /** A copy with other contents (the view hides CDK bookkeeping this way; the model keeps it). */
  public Stack withContents(List<Parameter> params, Map<String, Node> conds, Optional<Node.MapNode> rulesNode,
      List<Resource> res) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, params, parameterGroups,
        mappings, conds, rulesNode, res, outputs, references, cdk, globals, nestedIn, deployed, loops, binding);
  }

  /** A copy that is the template of a nested stack, under another name. */
  public Stack asNested(String newName, NestedIn parent) {
    return new Stack(newName, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conditions, rules, resources, outputs, references, cdk, globals, Optional.of(parent), deployed,
        loops, binding);
  }

  /** A copy with what is deployed for it. */
  public Stack withDeployed(Optional<DeployedState> state) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conditions, rules, resources, outputs, references, cdk, globals, nestedIn, state, loops, binding);
  }

  /** A copy with its loops (the reader keeps them as written). */
  public Stack withLoops(Loops written) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conditions, rules, resources, outputs, references, cdk, globals, nestedIn, deployed, written,
        binding);
  }

  /**
   * The stack bound to an environment: its resources, outputs and conditions as the environment makes them, the
   * references of what takes effect, and what binding decided.
   */
  public Stack bound(Map<String, Node> conds, List<Resource> res, List<Output> outs, List<Reference> refs,
      Binding decided) {
    return new Stack(name, sourceFile, format, description, transforms, metadata, parameters, parameterGroups,
        mappings, conds, rules, res, outs, refs, cdk, globals, nestedIn, deployed, Loops.NONE,
        Optional.of(decided));
  }

  /** True for a stack read from Terraform JSON (a plan or state): {@code format} {@code terraform-plan}/{@code -state}. */
  public boolean terraform() {
    return format.startsWith("terraform-");
  }

  /** True for a SAM template: the {@code AWS::Serverless-2016-10-31} transform or {@code AWS::Serverless::*} types. */
  public boolean sam() {
    return transforms.contains("AWS::Serverless-2016-10-31")
        || resources.stream().anyMatch(r -> r.type().startsWith("AWS::Serverless::"));
  }
}
