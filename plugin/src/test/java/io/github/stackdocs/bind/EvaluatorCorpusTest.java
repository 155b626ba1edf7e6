package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Evaluates every property of every resource (and every output and condition) of every template in the corpus's
 * good.txt, with the parameters' defaults and no region: no exception, no internal finding. Skipped without the
 * corpus. Prints how many values became known and how many stayed symbolic.
 */
class EvaluatorCorpusTest {
  /** The parameters' defaults; a list type's default is a list. Nothing else is known (no region, no account). */
  static Scope defaults(Stack stack) {
    return new Scope() {
      @Override
      public Optional<BoundValue> parameter(String name) {
        return stack.parameter(name).flatMap(p -> p.defaultValue().map(d -> new BoundValue(value(p, d), false)));
      }

      @Override
      public Optional<String> pseudoParameter(String name) {
        return Optional.empty();
      }

      @Override
      public Optional<BoundValue> importValue(String exportName) {
        return Optional.empty();
      }
    };
  }

  private static Node value(Parameter p, String text) {
    SourceLocation at = p.location();
    if (p.type().equals("CommaDelimitedList") || p.type().startsWith("List<")) {
      List<Node> items = new ArrayList<>();
      for (String item : text.split(",", -1)) {
        items.add(new ScalarNode(item, at));
      }
      return new ListNode(items, at);
    }
    return new ScalarNode(text, at);
  }

  @Test
  void everyValueOfTheCorpusEvaluatesWithoutAnException() throws IOException {
    Path corpus = Corpus.rootOrSkip("EvaluatorCorpusTest");
    List<String> paths = Corpus.lines(corpus, "good.txt");
    CfnTemplateReader reader = new CfnTemplateReader();
    long start = System.nanoTime();
    int stacks = 0;
    int known = 0;
    int symbolic = 0;
    int changed = 0;
    int withFunctions = 0;
    int madeKnown = 0;
    int loopsExpanded = 0;
    int conditionsKnown = 0;
    int conditions = 0;
    Map<String, Integer> byCode = new TreeMap<>();
    List<String> internal = new ArrayList<>();
    List<String> examples = new ArrayList<>();
    long readNanos = 0;
    for (String p : paths) {
      Path file = corpus.resolve(p);
      long readStart = System.nanoTime();
      ReadResult read = reader.read(new TemplateSource(file, p, "corpus"));
      readNanos += System.nanoTime() - readStart;
      if (read.stack().isEmpty()) {
        continue;
      }
      stacks++;
      List<Finding> findings = new ArrayList<>();
      Stack written = read.stack().get();
      Stack stack = new ForEachExpander().expand(written, new Evaluator(written, defaults(written), findings),
          findings);
      loopsExpanded += stack.resources().size() - written.resources().size();
      Evaluator e = new Evaluator(stack, defaults(stack), findings);
      for (Resource r : stack.resources()) {
        for (Node value : r.properties().entries().values()) {
          Optional<Node> v = e.resolve(value);
          e.prune(value);
          if (v.isEmpty() || Evaluator.known(v.get())) {
            known++;
          } else {
            symbolic++;
          }
          if (v.isEmpty() || v.get() != value) {
            changed++;
          }
          if (!Evaluator.known(value)) {
            withFunctions++;
            if (v.isEmpty() || Evaluator.known(v.get())) {
              madeKnown++;
            }
          }
        }
      }
      for (Output o : stack.outputs()) {
        e.resolve(o.value());
        o.exportName().ifPresent(e::text);
      }
      for (String c : stack.conditions().keySet()) {
        conditions++;
        if (e.condition(c) != io.github.stackdocs.model.Binding.Truth.UNKNOWN) {
          conditionsKnown++;
        }
      }
      findings.forEach(f -> {
        if (byCode.merge(f.severity() + " " + f.code(), 1, Integer::sum) <= 3) {
          examples.add(f.format());
        }
      });
      findings.stream().filter(f -> f.code().equals("internal")).forEach(f -> internal.add(f.format()));
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(Locale.ROOT, "EvaluatorCorpusTest: %d templates, %d property values: %d known (%.1f%%), %d "
        + "symbolic, %d changed by evaluation; of the %d written with functions %d became known; %d of %d "
        + "conditions decided; %d resources from Fn::ForEach; %d ms (%d ms of it reading)%n",
        stacks, known + symbolic, known, 100.0 * known / Math.max(1, known + symbolic), symbolic, changed,
        withFunctions, madeKnown, conditionsKnown, conditions, loopsExpanded, millis, readNanos / 1_000_000);
    System.out.println("  findings by code: " + byCode);
    examples.forEach(f -> System.out.println("  e.g. " + f));
    internal.forEach(f -> System.out.println("  " + f));
    assertThat(stacks).isGreaterThan(paths.size() * 9 / 10);
    assertThat(internal).isEmpty();
  }
}
