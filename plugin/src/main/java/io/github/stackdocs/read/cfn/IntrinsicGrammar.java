package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.Map;

/**
 * The shape of every intrinsic function's arguments, as CloudFormation's documentation writes them, checked in
 * every expression of a template whether or not an environment evaluates it (a branch whose condition is false is
 * never evaluated, so the evaluator alone would leave it unchecked). Only the shape is checked here: whether an
 * argument's value fits is the evaluator's job. A fault is reported with the code and at the location the evaluator
 * uses ({@code malformed-intrinsic}, at the function), so the binder drops its own report of the same fault.
 */
final class IntrinsicGrammar {
  private final Problems problems;
  private final boolean languageExtensions;

  IntrinsicGrammar(Problems problems, boolean languageExtensions) {
    this.problems = problems;
    this.languageExtensions = languageExtensions;
  }

  /** Checks {@code node} and everything inside it. */
  void check(Node node) {
    if (node instanceof ListNode list) {
      list.items().forEach(this::check);
      return;
    }
    if (!(node instanceof MapNode map)) {
      return;
    }
    String function = map.size() == 1 ? map.singleKey().orElse("") : "";
    if (isFunction(function) && !function.equals("Condition")) { // a property may be named Condition
      Node arg = map.get(function);
      function(function, arg, map);
      check(arg);
      return;
    }
    map.entries().values().forEach(this::check);
  }

  /** True for the key of an intrinsic function's mapping ({@code Ref}, {@code Condition}, {@code Fn::*}). */
  static boolean isFunction(String key) {
    return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
  }

  /** A mapping holding just one intrinsic function. */
  static boolean isIntrinsic(Node node) {
    return node instanceof MapNode m && m.size() == 1 && isFunction(m.singleKey().orElse(""));
  }

  private void function(String fn, Node arg, MapNode at) {
    switch (fn) {
      case "Ref" -> text(fn, arg, at, "the name of a parameter, pseudo parameter or resource");
      case "Fn::If" -> list(fn, arg, at, 3, 3, "[condition name, value if true, value if false]", 0);
      case "Fn::Equals" -> list(fn, arg, at, 2, 2, "a list of two values", -1);
      case "Fn::And", "Fn::Or" -> list(fn, arg, at, 2, 10, "a list of 2 to 10 conditions", -1);
      case "Fn::Not" -> list(fn, arg, at, 1, 1, "a list of one condition", -1);
      case "Fn::Join" -> join(arg, at);
      case "Fn::Select" -> list(fn, arg, at, 2, 2, "[index, list]", -1);
      case "Fn::Split" -> list(fn, arg, at, 2, 2, "[delimiter, string]", 0);
      case "Fn::Cidr" -> list(fn, arg, at, 3, 3, "[ipBlock, count, cidrBits]", -1);
      case "Fn::FindInMap" -> findInMap(arg, at);
      case "Fn::Sub" -> sub(arg, at);
      case "Fn::GetAtt" -> getAtt(arg, at);
      case "Fn::Base64", "Fn::GetAZs", "Fn::ImportValue" -> notList(fn, arg, at);
      case "Fn::ToJsonString" -> {
        if (!(arg instanceof MapNode || arg instanceof ListNode)) {
          malformed(fn, "a mapping or a list", arg, at);
        }
      }
      case "Fn::Length" -> {
        if (!(arg instanceof ListNode || isIntrinsic(arg))) {
          malformed(fn, "a list", arg, at);
        }
      }
      case "Fn::Transform" -> {
        if (!(transform(arg) || arg instanceof ListNode l && l.items().stream().allMatch(IntrinsicGrammar::transform))) {
          malformed(fn, "a mapping with a Name (the macro) and optional Parameters, or a list of them", arg, at);
        }
      }
      default -> { } // Fn::ForEach (checked by its section) and the Rules functions
    }
  }

  /** A macro invocation: {Name, Parameters}. */
  private static boolean transform(Node node) {
    return node instanceof MapNode m && m.get("Name") instanceof ScalarNode s && !s.isNull();
  }

  private void text(String fn, Node arg, MapNode at, String expected) {
    if (!(arg instanceof ScalarNode s && s.isString() && !s.text().isEmpty())) {
      malformed(fn, expected, arg, at);
    }
  }

  /** A list of {@code min} to {@code max} items; item {@code nameAt} (when not -1) a plain string. */
  private void list(String fn, Node arg, MapNode at, int min, int max, String expected, int nameAt) {
    if (!(arg instanceof ListNode list) || list.size() < min || list.size() > max) {
      if (!(nameAt == -1 && isIntrinsic(arg) && !fn.equals("Fn::Not"))) {
        malformed(fn, expected, arg, at);
      }
      return;
    }
    if (nameAt >= 0 && fn.equals("Fn::If") && !(list.get(nameAt) instanceof ScalarNode s && s.isString())) {
      malformed(fn, expected + " with the condition's name as a string", list.get(nameAt), at);
    }
  }

  private void join(Node arg, MapNode at) {
    if (!(arg instanceof ListNode list) || list.size() != 2) {
      malformed("Fn::Join", "[delimiter, list of values]", arg, at);
      return;
    }
    if (!(list.get(0) instanceof ScalarNode d && !d.isNull())) {
      malformed("Fn::Join", "[delimiter string, list of values], with a delimiter", list.get(0), at);
    } else if (!(list.get(1) instanceof ListNode || isIntrinsic(list.get(1)))) {
      malformed("Fn::Join", "[delimiter string, list of values], with a list", list.get(1), at);
    }
  }

  private void findInMap(Node arg, MapNode at) {
    String expected = "[MapName, TopLevelKey, SecondLevelKey] or the same with {DefaultValue: value}";
    if (!(arg instanceof ListNode list) || list.size() < 3 || list.size() > 4) {
      malformed("Fn::FindInMap", expected, arg, at);
      return;
    }
    if (list.size() == 4) {
      if (!(list.get(3) instanceof MapNode options && options.has("DefaultValue") && options.size() == 1)) {
        malformed("Fn::FindInMap", expected, list.get(3), at);
      } else if (!languageExtensions) {
        problems.error("malformed-intrinsic", "Fn::FindInMap with a DefaultValue needs the AWS::LanguageExtensions"
            + " transform (Transform: AWS::LanguageExtensions); CloudFormation rejects it without",
            list.get(3).location());
      }
    }
  }

  private void sub(Node arg, MapNode at) {
    if (arg instanceof ScalarNode s && s.isString() || isIntrinsic(arg)) { // e.g. an Fn::Transform giving the string
      return;
    }
    if (arg instanceof ListNode list && list.size() == 2 && list.get(0) instanceof ScalarNode s && s.isString()
        && (list.get(1) instanceof MapNode vars && !isIntrinsic(vars))) {
      return;
    }
    malformed("Fn::Sub", "a string, or [string, mapping of variables]", arg, at);
  }

  private void getAtt(Node arg, MapNode at) {
    if (arg instanceof ScalarNode s && s.isString() && s.text().indexOf('.') > 0) {
      return;
    }
    if (arg instanceof ListNode list && list.size() == 2
        && (list.get(0) instanceof ScalarNode s && s.isString() && !s.text().isEmpty() || isIntrinsic(list.get(0)))
        && (list.get(1) instanceof ScalarNode a && a.isString() || isIntrinsic(list.get(1)))) {
      return;
    }
    malformed("Fn::GetAtt", "[logical id, attribute name] (or \"LogicalId.Attribute\")", arg, at);
  }

  private void notList(String fn, Node arg, MapNode at) {
    if (arg instanceof ListNode || arg instanceof MapNode && !isIntrinsic(arg)
        || arg instanceof ScalarNode s && s.isNull() && !fn.equals("Fn::GetAZs")) {
      malformed(fn, fn.equals("Fn::Base64") ? "a string" : fn.equals("Fn::GetAZs")
          ? "a region name, or \"\" for the stack's region" : "the name of an export (a string)", arg, at);
    }
  }

  private void malformed(String fn, String expected, Node found, MapNode at) {
    problems.error("malformed-intrinsic", fn + " expects " + expected + ", found " + describe(found), at.location());
  }

  /** As the evaluator words it: "a list of 1". */
  static String describe(Node node) {
    return node instanceof ListNode list ? "a list of " + list.size() : NodeKinds.describe(node);
  }

  /** Checks each value of a section (its entries and the fragments of its {@code Fn::ForEach} loops). */
  void checkEntries(Map<String, Node> entries) {
    entries.values().forEach(this::check);
  }
}
