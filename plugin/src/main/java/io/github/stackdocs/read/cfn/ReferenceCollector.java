package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Reference.Kind;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the references in expressions: {@code Ref}, {@code Fn::GetAtt}, {@code Fn::Sub} variables, {@code
 * Fn::If}/{@code Condition}, {@code Fn::FindInMap}, {@code Fn::ImportValue}. Paths follow the data
 * ({@code Properties.Tags[0].Value}); the arguments of intrinsic functions add no path segments.
 */
final class ReferenceCollector {
  private static final Set<String> CONDITION_FUNCTIONS = Set.of("Fn::And", "Fn::Or", "Fn::Not");

  private final java.util.function.Function<Node, String> importNames;
  private final List<Reference> references = new ArrayList<>();

  ReferenceCollector(StaticValues values) {
    this(values::describe);
  }

  /** With the export names of {@code Fn::ImportValue} told by {@code importNames} (a bound stack's evaluator). */
  ReferenceCollector(java.util.function.Function<Node, String> importNames) {
    this.importNames = importNames;
  }

  List<Reference> references() {
    return List.copyOf(references);
  }

  /** Adds one reference written directly (DependsOn, Condition attributes, nested stack URLs). */
  void add(Kind kind, String source, String target, String attribute, String path, SourceLocation location) {
    references.add(new Reference(kind, source, target, attribute, "", path, location));
  }

  /** Walks a value (a property, an output value...). */
  void walk(String source, String path, Node node) {
    walk(source, new StringBuilder(path), node, false);
  }

  /** Walks a condition expression, where {@code {"Condition": "Name"}} names another condition. */
  void walkCondition(String source, String path, Node node) {
    walk(source, new StringBuilder(path), node, true);
  }

  /**
   * The path is one builder, extended for a child and cut back after it: a string is made only for a reference
   * found (templates are mostly data without references).
   */
  private void walk(String source, StringBuilder path, Node node, boolean conditionContext) {
    if (node instanceof MapNode map) {
      if (map.size() == 1 && intrinsic(source, path, map, conditionContext)) {
        return;
      }
      int mark = path.length();
      for (Map.Entry<String, Node> e : map.entries().entrySet()) {
        (mark == 0 ? path : path.append('.')).append(e.getKey());
        walk(source, path, e.getValue(), false);
        path.setLength(mark);
      }
    } else if (node instanceof ListNode list) {
      int mark = path.length();
      for (int i = 0; i < list.size(); i++) {
        path.append('[').append(i).append(']');
        walk(source, path, list.get(i), false);
        path.setLength(mark);
      }
    }
  }

  /** Handles a one-key mapping that is an intrinsic function; false when it is plain data. */
  private boolean intrinsic(String source, StringBuilder path, MapNode map, boolean conditionContext) {
    String fn = map.singleKey().orElseThrow();
    Node arg = map.get(fn);
    SourceLocation at = map.location();
    switch (fn) {
      case "Ref" -> {
        if (arg instanceof ScalarNode s && !s.isNull()) {
          add(Kind.REF, source, s.text(), "", path.toString(), at);
        } else {
          args(source, path, arg, false);
        }
      }
      case "Fn::GetAtt" -> getAtt(source, path, arg, at);
      case "Fn::Sub" -> sub(source, path, arg);
      case "Fn::If" -> {
        if (arg instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode s && !s.isNull()) {
          add(Kind.CONDITION, source, s.text(), "", path.toString(), at);
          for (int i = 1; i < l.size(); i++) {
            args(source, path, l.get(i), false);
          }
        } else {
          args(source, path, arg, false);
        }
      }
      case "Condition" -> {
        if (!conditionContext) {
          return false;
        }
        if (arg instanceof ScalarNode s && !s.isNull()) {
          add(Kind.CONDITION, source, s.text(), "", path.toString(), at);
        }
      }
      case "Fn::FindInMap" -> {
        if (arg instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode s && !s.isNull()) {
          add(Kind.FIND_IN_MAP, source, s.text(), "", path.toString(), at);
        }
        args(source, path, arg, false);
      }
      case "Fn::ImportValue" -> {
        add(Kind.IMPORT_VALUE, source, importNames.apply(arg), "", path.toString(), at);
        args(source, path, arg, false);
      }
      default -> {
        if (!fn.startsWith("Fn::")) {
          return false;
        }
        args(source, path, arg, conditionContext && CONDITION_FUNCTIONS.contains(fn));
      }
    }
    return true;
  }

  /** Function arguments: lists of arguments add no path segments; data inside them does. */
  private void args(String source, StringBuilder path, Node arg, boolean conditionContext) {
    if (arg instanceof ListNode list) {
      for (Node item : list.items()) {
        args(source, path, item, conditionContext);
      }
    } else {
      walk(source, path, arg, conditionContext);
    }
  }

  private void getAtt(String source, StringBuilder path, Node arg, SourceLocation at) {
    if (arg instanceof ScalarNode s && !s.isNull()) {
      String text = s.text();
      int dot = text.indexOf('.');
      add(Kind.GET_ATT, source, dot > 0 ? text.substring(0, dot) : text, dot > 0 ? text.substring(dot + 1) : "",
          path.toString(), at);
    } else if (arg instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode target) {
      Node attr = l.size() > 1 ? l.get(1) : null;
      add(Kind.GET_ATT, source, target.text(), attr instanceof ScalarNode a ? a.text() : "", path.toString(), at);
      if (attr != null && !(attr instanceof ScalarNode)) {
        args(source, path, attr, false);
      }
    } else {
      args(source, path, arg, false);
    }
  }

  private void sub(String source, StringBuilder path, Node arg) {
    if (arg instanceof ScalarNode s) {
      placeholders(source, path, s.text(), Set.of(), s.location());
    } else if (arg instanceof ListNode l && l.size() > 0 && l.get(0) instanceof ScalarNode s) {
      Set<String> defined = new HashSet<>();
      if (l.size() > 1 && l.get(1) instanceof MapNode vars) {
        defined.addAll(vars.entries().keySet());
        for (Node value : vars.entries().values()) {
          args(source, path, value, false);
        }
      } else if (l.size() > 1) {
        args(source, path, l.get(1), false);
      }
      placeholders(source, path, s.text(), defined, s.location());
    } else {
      args(source, path, arg, false);
    }
  }

  private void placeholders(String source, StringBuilder path, String template, Set<String> defined,
      SourceLocation at) {
    for (SubPlaceholders.Part part : SubPlaceholders.parse(template)) {
      if (part.variable() && !part.text().isEmpty() && !defined.contains(part.text())) {
        add(Kind.SUB, source, part.target(), part.attribute(), path.toString(), at);
      }
    }
  }
}
