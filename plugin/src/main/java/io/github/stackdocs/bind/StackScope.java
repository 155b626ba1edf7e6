package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Binding.BoundParameter;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an environment knows while one stack is evaluated. A parameter's value is, in this order: what the parent
 * stack passes (nested stacks), the environment's parameter file or samconfig, the deployed snapshot's value, the
 * parameter's {@code Default}; else it is not known. Pseudo parameters come from the environment's region and
 * account, else from the deployed stack's ARN.
 */
final class StackScope implements Scope {
  private final Stack stack;
  private final Environment environment;
  private final Map<String, ParameterInput> inputs;
  private final Optional<String> deployedName;
  private final Exports exports;

  /**
   * @param inputs the values the environment (and the parent stack) supplies, by parameter name
   * @param deployedName the stack's name in the environment, when known
   */
  StackScope(Stack stack, Environment environment, Map<String, ParameterInput> inputs, Optional<String> deployedName,
      Exports exports) {
    this.stack = stack;
    this.environment = environment;
    this.inputs = inputs;
    this.deployedName = deployedName;
    this.exports = exports;
  }
  /** The stack's name in the environment ({@code AWS::StackName}), when known. */
  Optional<String> deployedName() {
    return deployedName;
  }


  @Override
  public Optional<BoundValue> parameter(String name) {
    Optional<Parameter> declared = stack.parameter(name);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    return bound(declared.get()).map(v -> new BoundValue(typed(declared.get(), v.value), declared.get().noEcho()));
  }

  /** Every parameter's value and where it comes from, as the page shows it (a secret's value left out). */
  List<BoundParameter> parameters() {
    List<BoundParameter> result = new ArrayList<>();
    for (Parameter p : stack.parameters()) {
      Optional<Value> v = bound(p);
      result.add(v.map(x -> new BoundParameter(p.name(), x.text(), x.source, p.noEcho(), x.location))
          .orElse(new BoundParameter(p.name(), "", Binding.Source.NONE, p.noEcho(), p.location())));
    }
    return result;
  }

  private record Value(Node value, Binding.Source source, io.github.stackdocs.model.SourceLocation location) {
    String text() {
      if (value instanceof Node.ListNode l) {
        return String.join(",", l.items().stream().map(n -> Node.text(n).orElse("")).toList());
      }
      return Node.text(value).orElse("");
    }
  }

  private Optional<Value> bound(Parameter p) {
    ParameterInput input = inputs.get(p.name());
    if (input != null && !input.usePrevious()) {
      if (!Evaluator.known(input.value())) {
        return Optional.empty(); // the parent passes a value known only once deployed
      }
      return Optional.of(new Value(input.value(), input.source(), input.location()));
    }
    Optional<DeployedState.ParameterValue> deployed = stack.deployed()
        .flatMap(d -> d.parameters().stream().filter(v -> v.key().equals(p.name())).findFirst());
    if (deployed.isPresent() && !deployed.get().masked()) {
      return Optional.of(new Value(Node.string(deployed.get().value(), stack.deployed().get().location()),
          Binding.Source.DEPLOYED, stack.deployed().get().location()));
    }
    if (input != null) { // UsePreviousValue without a snapshot to say what the previous value is
      return Optional.empty();
    }
    if (p.noEcho() && deployed.isPresent()) {
      return Optional.empty(); // deployed, value masked: the Default may not be what runs
    }
    return p.defaultValue().map(d -> new Value(Node.string(d, p.location()), Binding.Source.DEFAULT, p.location()));
  }

  /** A list parameter's text is its comma-separated items, as {@code Ref} gives them. */
  private static Node typed(Parameter p, Node value) {
    boolean list = p.type().equals("CommaDelimitedList") || p.type().startsWith("List<")
        || p.type().startsWith("AWS::SSM::Parameter::Value<List<");
    if (list && value instanceof Node.ScalarNode s) {
      List<Node> items = new ArrayList<>();
      String text = s.text();
      if (!text.isEmpty()) {
        for (String part : text.split(",", -1)) {
          items.add(Node.string(p.type().equals("CommaDelimitedList") ? part : part.trim(), s.location()));
        }
      }
      return new Node.ListNode(items, s.location());
    }
    if (!list && value instanceof Node.ScalarNode s && !(s.value() instanceof String)) {
      return Node.string(s.text(), s.location()); // Ref of a parameter gives its text
    }
    return value;
  }

  @Override
  public Optional<String> pseudoParameter(String name) {
    Optional<String> region = environment.region().or(() -> stack.deployed().map(DeployedState::region)
        .filter(r -> !r.isEmpty()));
    return switch (name) {
      case "AWS::Region" -> region;
      case "AWS::AccountId" -> environment.accountId().or(() -> stack.deployed().map(DeployedState::accountId)
          .filter(a -> !a.isEmpty()));
      case "AWS::Partition" -> region.map(Partitions::partition);
      case "AWS::URLSuffix" -> region.flatMap(Partitions::urlSuffix);
      case "AWS::StackName" -> deployedName;
      case "AWS::StackId" -> stack.deployed().map(DeployedState::stackId).filter(id -> !id.isEmpty());
      default -> Optional.empty();
    };
  }

  @Override
  public Optional<BoundValue> importValue(String exportName) {
    return exports.value(exportName);
  }
}
