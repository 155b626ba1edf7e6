package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Optional;

/**
 * Resources, outputs and conditions made after reading (the entries a {@code Fn::ForEach} loop generates), turned into
 * model records exactly as the reader turns written ones, with their references and the same findings.
 */
public final class TemplateEntries {
  private final Problems problems;
  private final StaticValues values;
  private final ResourceSection resources;
  private final OutputSection outputs;
  private final ReferenceCollector references;

  /** Entries of {@code stack}: findings name its file and name; export names use its parameters' defaults. */
  public TemplateEntries(Stack stack) {
    this.problems = new Problems(stack.sourceFile(), stack.name());
    this.values = new StaticValues(stack.name(), stack.parameters());
    this.resources = new ResourceSection(problems);
    this.outputs = new OutputSection(problems);
    this.references = new ReferenceCollector(values);
  }

  /** A resource from its logical id (written at {@code at}) and its definition; empty (with a finding) if unusable. */
  public Optional<Resource> resource(String logicalId, Node definition, SourceLocation at) {
    Optional<Resource> r = resources.entry(logicalId, definition, at);
    r.ifPresent(res -> StackReader.resourceReferences(res, (MapNode) definition, references, values));
    return r;
  }

  /** An output from its name (written at {@code at}) and its definition; empty (with a finding) if unusable. */
  public Optional<Output> output(String name, Node definition, SourceLocation at) {
    Optional<Output> o = outputs.entry(name, definition, at, values);
    o.ifPresent(out -> StackReader.outputReferences(out, (MapNode) definition, references));
    return o;
  }

  /** A named condition: its references are collected. */
  public void condition(String name, Node expression) {
    references.walkCondition("Conditions." + name, "", expression);
  }

  /** The references of every entry made so far. */
  public List<Reference> references() {
    return references.references();
  }

  /** The findings about every entry made so far. */
  public List<Finding> findings() {
    return problems.findings();
  }
}
