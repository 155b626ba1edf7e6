package io.github.stackdocs.bind;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Binding.Counts;
import io.github.stackdocs.model.Binding.NotCreated;
import io.github.stackdocs.model.Binding.Truth;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds one stack to one environment: its {@code Fn::ForEach} loops expanded, each condition decided, the resources
 * and outputs whose condition is false left out (and listed), every property and output value evaluated, export
 * names computed, and the references collected again from what takes effect.
 */
final class StackBinder {
  private StackBinder() {}

  static Stack bind(Stack read, StackScope scope, Environment environment, List<Finding> findings) {
    Evaluator evaluator = new Evaluator(read, scope, findings);
    Stack stack = read;
    if (!read.loops().isEmpty()) {
      stack = new ForEachExpander().expand(read, evaluator, findings);
      evaluator = new Evaluator(stack, scope, findings);
    }
    Map<String, Truth> conditions = new LinkedHashMap<>();
    for (String name : stack.conditions().keySet()) {
      conditions.put(name, evaluator.condition(name));
    }
    List<NotCreated> notCreated = new ArrayList<>();
    List<Resource> resources = new ArrayList<>();
    List<Resource> pruned = new ArrayList<>();
    Counter counter = new Counter();
    for (Resource r : stack.resources()) {
      if (!r.condition().isEmpty() && conditions.getOrDefault(r.condition(), Truth.UNKNOWN) == Truth.FALSE) {
        notCreated.add(new NotCreated("resource", r.logicalId(), r.type(), r.condition(), r.location()));
        continue;
      }
      Node.MapNode bound = properties(r.properties(), evaluator, counter, false);
      Node.MapNode effective = properties(r.properties(), evaluator, null, true);
      resources.add(bound.equals(r.properties()) ? r : r.bound(bound, r.properties()));
      pruned.add(effective.equals(r.properties()) ? r : r.bound(effective, r.properties()));
    }
    List<Output> outputs = new ArrayList<>();
    List<Output> prunedOutputs = new ArrayList<>();
    for (Output o : stack.outputs()) {
      if (!o.condition().isEmpty() && conditions.getOrDefault(o.condition(), Truth.UNKNOWN) == Truth.FALSE) {
        notCreated.add(new NotCreated("output", o.name(), "", o.condition(), o.location()));
        continue;
      }
      Node absent = new Node.ScalarNode(null, o.value().location());
      Node value = evaluator.resolve(o.value()).orElse(absent);
      counter.count(o.value(), value);
      Optional<String> exportName = o.exportName().isEmpty() ? Optional.empty()
          : evaluator.text(o.exportName().get()).or(() -> environment.builtIn() ? o.resolvedExportName()
              : Optional.empty());
      outputs.add(value.equals(o.value()) && exportName.equals(o.resolvedExportName()) ? o
          : o.bound(value, exportName));
      prunedOutputs.add(o.bound(evaluator.prune(o.value()).orElse(absent), exportName));
    }
    Evaluator names = evaluator;
    var references = References.collect(stack, pruned, prunedOutputs, arg -> names.resolve(arg).orElse(arg));
    return stack.bound(stack.conditions(), resources, outputs, references,
        new Binding(environment, scope.parameters(), conditions, notCreated, counter.counts(), read,
            scope.deployedName()));
  }

  /**
   * A nested stack whose parent does not create its {@code AWS::CloudFormation::Stack} resource here: none of its
   * resources and outputs is created, each listed with {@code because} (the parent's resource and its condition).
   */
  static Stack notCreated(Stack read, StackScope scope, Environment environment, String because) {
    List<NotCreated> notCreated = new ArrayList<>();
    read.resources().forEach(r -> notCreated.add(new NotCreated("resource", r.logicalId(), r.type(), because,
        r.location())));
    read.outputs().forEach(o -> notCreated.add(new NotCreated("output", o.name(), "", because, o.location())));
    Map<String, Truth> conditions = new LinkedHashMap<>();
    read.conditions().keySet().forEach(name -> conditions.put(name, Truth.UNKNOWN));
    return read.bound(read.conditions(), List.of(), List.of(), List.of(),
        new Binding(environment, scope.parameters(), conditions, notCreated, Counts.NONE, read,
            scope.deployedName()));
  }

  /** Each property evaluated (or only pruned); {@code AWS::NoValue} leaves the property out. */
  private static Node.MapNode properties(Node.MapNode properties, Evaluator evaluator, Counter counter,
      boolean pruneOnly) {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, io.github.stackdocs.model.SourceLocation> keys = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : properties.entries().entrySet()) {
      Optional<Node> value = pruneOnly ? evaluator.prune(e.getValue()) : evaluator.resolve(e.getValue());
      if (counter != null) {
        counter.count(e.getValue(), value.orElse(null));
      }
      value.ifPresent(v -> {
        entries.put(e.getKey(), v);
        keys.put(e.getKey(), properties.keyLocation(e.getKey()));
      });
    }
    if (entries.size() == properties.size() && entries.entrySet().stream()
        .allMatch(e -> e.getValue() == properties.get(e.getKey()))) {
      return properties;
    }
    return new Node.MapNode(entries, keys, properties.location());
  }

  /** Counts the values that were expressions: made known by binding, or still symbolic. */
  private static final class Counter {
    private int known;
    private int symbolic;

    void count(Node written, Node bound) {
      if (Evaluator.known(written)) {
        return; // a literal: nothing to resolve
      }
      if (bound == null || Evaluator.known(bound)) {
        known++;
      } else {
        symbolic++;
      }
    }

    Counts counts() {
      return new Counts(known, symbolic);
    }
  }
}
