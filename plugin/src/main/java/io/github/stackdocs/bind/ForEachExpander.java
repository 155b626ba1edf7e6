package io.github.stackdocs.bind;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Loops;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.TemplateEntries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Expands the {@code Fn::ForEach} loops of the {@code AWS::LanguageExtensions} transform into resources, outputs and
 * conditions with the logical ids CloudFormation generates: {@code [Identifier, Collection, {OutputKey:
 * OutputValue}]}, once per item of the collection (a literal list, or a {@code Ref} to a {@code CommaDelimitedList}
 * parameter), loops nested in the fragment expanded in turn. A loop whose collection is not known in the environment
 * stays as written, with a finding saying so; the entries made are records exactly as the reader makes them.
 */
public final class ForEachExpander {
  /** The most entries the loops of one section may make (the reader's limit on a section's entries). */
  static final int MAX_ENTRIES = 5_000;

  private record Made(Node definition, SourceLocation at) {}

  /** Why a loop was left as written; the finding has been given. */
  private static final class NotExpanded extends Exception {
    NotExpanded() {
      super(null, null, false, false);
    }
  }

  public Stack expand(Stack stack, Evaluator evaluator, List<Finding> findings) {
    Loops loops = stack.loops();
    if (loops.isEmpty()) {
      return stack;
    }
    Report report = new Report(findings, stack.name());
    TemplateEntries entries = new TemplateEntries(stack);
    Set<String> resourceIds = stack.resources().stream().map(Resource::logicalId).collect(Collectors.toSet());
    Set<String> outputNames = stack.outputs().stream().map(Output::name).collect(Collectors.toSet());

    Map<String, Node> keptResources = new LinkedHashMap<>();
    List<Resource> resources = new ArrayList<>(stack.resources());
    section(loops.resources(), resourceIds::contains, "resource", evaluator, report, keptResources).forEach(
        (id, made) -> entries.resource(id, made.definition(), made.at()).ifPresent(resources::add));

    Map<String, Node> keptOutputs = new LinkedHashMap<>();
    List<Output> outputs = new ArrayList<>(stack.outputs());
    section(loops.outputs(), outputNames::contains, "output", evaluator, report, keptOutputs).forEach(
        (name, made) -> entries.output(name, made.definition(), made.at()).ifPresent(outputs::add));

    Map<String, Node> keptConditions = new LinkedHashMap<>();
    Map<String, Node> conditions = new LinkedHashMap<>(stack.conditions());
    section(loops.conditions(), stack.conditions()::containsKey, "condition", evaluator, report, keptConditions)
        .forEach((name, made) -> {
          conditions.put(name, made.definition());
          entries.condition(name, made.definition());
        });

    findings.addAll(entries.findings());
    List<Reference> references = new ArrayList<>(stack.references());
    references.addAll(entries.references());
    return new Stack(stack.name(), stack.sourceFile(), stack.format(), stack.description(), stack.transforms(),
        stack.metadata(), stack.parameters(), stack.parameterGroups(), stack.mappings(), conditions, stack.rules(),
        resources, outputs, references, stack.cdk(), stack.globals(), stack.nestedIn(), stack.deployed(),
        new Loops(keptResources, keptOutputs, keptConditions), stack.binding());
  }

  /** The entries the loops of one section make; a loop that cannot be expanded goes to {@code kept}. */
  private Map<String, Made> section(Map<String, Node> loops, Predicate<String> taken, String kind,
      Evaluator evaluator, Report report, Map<String, Node> kept) {
    Map<String, Made> made = new LinkedHashMap<>();
    for (Map.Entry<String, Node> loop : loops.entrySet()) {
      Map<String, Made> one = new LinkedHashMap<>();
      try {
        expand(loop.getKey(), loop.getValue(), one, made.size(), evaluator, report);
      } catch (NotExpanded e) {
        kept.put(loop.getKey(), loop.getValue());
        continue;
      }
      one.forEach((key, m) -> {
        if (taken.test(key) || made.containsKey(key)) {
          report.error("foreach-duplicate-key", loop.getKey() + " makes " + kind + " '" + key
              + "', which the template already has; CloudFormation rejects duplicate " + kind + " names", m.at());
        } else {
          made.put(key, m);
        }
      });
    }
    return made;
  }

  private void expand(String loopKey, Node args, Map<String, Made> into, int before, Evaluator evaluator,
      Report report) throws NotExpanded {
    SourceLocation at = args.location();
    if (!(args instanceof ListNode l) || l.size() != 3 || !(l.get(0) instanceof ScalarNode id) || !id.isString()
        || id.text().isEmpty() || !(l.get(2) instanceof MapNode fragment)) {
      report.malformed(loopKey, "[Identifier, Collection, {OutputKey: OutputValue}], found "
          + Values.describe(args), at);
      throw new NotExpanded();
    }
    List<String> items = collection(loopKey, l.get(1), evaluator, report);
    for (String item : items) {
      LoopSubstitution put = new LoopSubstitution(id.text(), item);
      for (Map.Entry<String, Node> e : fragment.entries().entrySet()) {
        if (e.getKey().startsWith("Fn::ForEach::")) {
          expand(e.getKey(), put.node(e.getValue()), into, before, evaluator, report);
          continue;
        }
        String key = put.text(e.getKey());
        SourceLocation keyAt = fragment.keyLocation(e.getKey());
        if (into.containsKey(key)) {
          report.error("foreach-duplicate-key", loopKey + " makes '" + key + "' more than once; expected an "
              + "OutputKey with ${" + id.text() + "} or &{" + id.text() + "} that differs for each item", keyAt);
          continue;
        }
        if (before + into.size() >= MAX_ENTRIES) {
          report.error("foreach-too-large", loopKey + " makes more than " + MAX_ENTRIES
              + " entries in one section; it is left unexpanded", at);
          throw new NotExpanded();
        }
        into.put(key, new Made(put.node(e.getValue()), keyAt));
      }
    }
  }

  /** The items of a loop's collection, when the environment knows them. */
  private List<String> collection(String loopKey, Node written, Evaluator evaluator, Report report)
      throws NotExpanded {
    Node value = evaluator.resolve(written).orElse(null);
    if (value == null || !Evaluator.known(value)) {
      report.info("foreach-not-expanded", "the collection of " + loopKey + " is not known in this environment; "
          + "its entries are not expanded", written.location());
      throw new NotExpanded();
    }
    List<String> items = new ArrayList<>();
    if (value instanceof ListNode list) {
      for (Node item : list.items()) {
        if (!(item instanceof ScalarNode s) || s.isNull()) {
          break;
        }
        items.add(s.text());
      }
      if (items.size() == list.size()) {
        return items;
      }
    }
    report.malformed(loopKey, "a Collection that is a list of strings (or a Ref to a CommaDelimitedList parameter), "
        + "found " + Values.describe(value), written.location());
    throw new NotExpanded();
  }

}
