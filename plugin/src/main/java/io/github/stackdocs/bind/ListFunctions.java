package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;

/** {@code Fn::Join}, {@code Fn::Select}, {@code Fn::Split} and {@code Fn::Length}. */
final class ListFunctions {
  private final Resolver resolver;
  private final Report report;

  ListFunctions(Resolver resolver, Report report) {
    this.resolver = resolver;
    this.report = report;
  }

  /** {@code [delimiter, list]}: the list's strings (numbers and booleans as written) joined. */
  Val join(MapNode expr, Node arg) {
    if (!(arg instanceof ListNode l) || l.size() != 2) {
      report.malformed("Fn::Join", "[delimiter, list of values], found " + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    Val[] v = resolver.each(l);
    if (v[0].noValue() || v[1].noValue() || !v[0].known() || !v[1].known()) {
      return Val.symbolic(Resolver.shownCall("Fn::Join", expr, l, v));
    }
    if (!(v[0].actual() instanceof ScalarNode d) || !(v[1].actual() instanceof ListNode items)) {
      report.malformed("Fn::Join", "[delimiter string, list of values], found [" + Values.describe(v[0].actual())
          + ", " + Values.describe(v[1].actual()) + "]", expr.location());
      return Val.symbolic(expr);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof ScalarNode s)) {
        report.malformed("Fn::Join", "a list of strings, found " + Values.describe(items.get(i)) + " at item " + i,
            expr.location());
        return Val.symbolic(Resolver.shownCall("Fn::Join", expr, l, v));
      }
      if (i > 0) {
        sb.append(d.text());
      }
      sb.append(s.text());
      if (sb.length() > Values.MAX_TEXT) {
        return tooLarge("Fn::Join", expr);
      }
    }
    return Val.computed(Values.string(sb.toString(), expr.location()), v[0].secret() || v[1].secret(),
        () -> Resolver.shownCall("Fn::Join", expr, l, v));
  }

  /**
   * {@code [index, list]}. A literal list gives its item even when other items are symbolic; an index outside the
   * list is an error.
   */
  Val select(MapNode expr, Node arg) {
    if (!(arg instanceof ListNode l) || l.size() != 2) {
      report.malformed("Fn::Select", "[index, list], found " + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    Val[] v = resolver.each(l);
    if (v[0].noValue() || v[1].noValue() || !v[0].known()) {
      return Val.symbolic(Resolver.shownCall("Fn::Select", expr, l, v));
    }
    Integer index = index(v[0].actual());
    if (index == null) {
      report.malformed("Fn::Select", "an index that is a whole number, found " + Values.describe(v[0].actual())
          + (v[0].secret() ? "" : " '" + Values.text(v[0].actual()).orElse("") + "'"), expr.location());
      return Val.symbolic(expr);
    }
    Node list = v[1].known() ? v[1].actual() : v[1].shown();
    if (!(list instanceof ListNode items)) {
      if (v[1].known()) {
        report.malformed("Fn::Select", "a list to select from, found " + Values.describe(list), expr.location());
      }
      return Val.symbolic(Resolver.shownCall("Fn::Select", expr, l, v));
    }
    if (!v[1].known() && mayShift(items, index)) {
      return Val.symbolic(Resolver.shownCall("Fn::Select", expr, l, v)); // an undecided item may yet be left out
    }
    if (index < 0 || index >= items.size()) {
      report.error("select-out-of-range", "Fn::Select index " + index + " is out of range for a list of "
          + items.size() + (items.size() == 1 ? " item" : " items") + "; expected 0 to " + (items.size() - 1),
          expr.location());
      return Val.symbolic(Resolver.shownCall("Fn::Select", expr, l, v));
    }
    Node item = items.get(index);
    boolean secret = v[0].secret() || v[1].secret();
    if (!v[1].known()) {
      // a literal list with symbolic items: the item is known when it holds no function
      return Evaluator.known(item) ? Val.literal(Values.at(item, expr.location())) : Val.symbolic(item);
    }
    return Val.computed(Values.at(item, expr.location()), secret,
        () -> Resolver.shownCall("Fn::Select", expr, l, v));
  }

  /** True when an undecided {@code Fn::If} (which may be {@code AWS::NoValue}) stands at or before the index. */
  private static boolean mayShift(ListNode items, int index) {
    for (int i = 0; i < items.size() && i <= index; i++) {
      if (Values.function(items.get(i)).filter("Fn::If"::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Integer index(Node node) {
    if (!(node instanceof ScalarNode s) || s.isNull() || s.value() instanceof Boolean) {
      return null;
    }
    try {
      return Integer.parseInt(s.text().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** {@code [delimiter, string]}: the pieces between the delimiters (empty pieces kept). */
  Val split(MapNode expr, Node arg) {
    if (!(arg instanceof ListNode l) || l.size() != 2) {
      report.malformed("Fn::Split", "[delimiter, string], found " + Values.describe(arg), expr.location());
      return Val.symbolic(expr);
    }
    Val[] v = resolver.each(l);
    if (v[0].noValue() || v[1].noValue() || !v[0].known() || !v[1].known()) {
      return Val.symbolic(Resolver.shownCall("Fn::Split", expr, l, v));
    }
    if (!(v[0].actual() instanceof ScalarNode d) || d.text().isEmpty() || !(v[1].actual() instanceof ScalarNode s)) {
      report.malformed("Fn::Split", "[a delimiter that is not empty, a string], found ["
          + Values.describe(v[0].actual()) + ", " + Values.describe(v[1].actual()) + "]", expr.location());
      return Val.symbolic(expr);
    }
    String text = s.text();
    String delimiter = d.text();
    List<Node> parts = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = text.indexOf(delimiter, from)) >= 0) {
      parts.add(Values.string(text.substring(from, at), expr.location()));
      from = at + delimiter.length();
    }
    parts.add(Values.string(text.substring(from), expr.location()));
    return Val.computed(Values.list(parts, expr.location()), v[0].secret() || v[1].secret(),
        () -> Resolver.shownCall("Fn::Split", expr, l, v));
  }

  /** The number of items of a list (language extensions). */
  Val length(MapNode expr, Node arg) {
    Val v = resolver.eval(arg);
    if (v.noValue()) {
      return Val.symbolic(expr);
    }
    Node list = v.known() ? v.actual() : v.shown();
    if (!(list instanceof ListNode items)) {
      if (v.known()) {
        report.malformed("Fn::Length", "a list, found " + Values.describe(list), expr.location());
      }
      return Val.symbolic(v.shown() == arg ? expr : Values.call("Fn::Length", v.shown(), expr.location()));
    }
    if (!v.known() && items.items().stream().anyMatch(i -> Values.function(i).filter("Fn::If"::equals)
        .isPresent())) {
      return Val.symbolic(Values.call("Fn::Length", v.shown(), expr.location())); // an item may yet be left out
    }
    return Val.computed(new ScalarNode((long) items.size(), expr.location()), v.secret(),
        () -> Values.call("Fn::Length", v.shown(), expr.location()));
  }

  private Val tooLarge(String fn, MapNode expr) {
    report.warn("value-too-large", fn + " result would be longer than " + Values.MAX_TEXT
        + " characters; it stays as written", expr.location());
    return Val.symbolic(expr);
  }
}
