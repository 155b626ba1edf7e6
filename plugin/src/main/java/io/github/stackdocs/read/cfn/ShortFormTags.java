package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CloudFormation's YAML short forms ({@code !Ref x}) turned into their long forms ({@code {"Ref": x}}). */
final class ShortFormTags {

  /** Tags that become {@code Fn::<Tag>}, in the order error messages list them. */
  static final List<String> FUNCTIONS =
      List.of(
          "GetAtt", "Sub", "Join", "Select", "Split", "If", "Equals", "And", "Or", "Not", "FindInMap",
          "Base64", "Cidr", "GetAZs", "ImportValue", "Transform", "Length", "ToJsonString", "ForEach",
          "Contains", "EachMemberEquals", "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll", "Implies");

  private static final Set<String> FUNCTION_SET = Set.copyOf(FUNCTIONS);

  /** The YAML core schema tags ({@code !!str}...), as the parser reports them. */
  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";

  private ShortFormTags() {}

  /** True for tags that need no conversion: none, the non-specific {@code !}, and {@code !!str} and friends. */
  static boolean isPlain(String tag) {
    return tag == null || tag.isEmpty() || tag.startsWith(YAML_TAG_PREFIX);
  }

  /** The long form of a tagged value, or empty when the tag is not a CloudFormation one. */
  static Optional<Node> toLongForm(String tag, Node value, SourceLocation tagLocation) {
    if (tag.equals("Ref") || tag.equals("Condition")) {
      return Optional.of(wrap(tag, value, tagLocation));
    }
    if (tag.equals("GetAtt")) {
      return Optional.of(wrap("Fn::GetAtt", splitGetAtt(value), tagLocation));
    }
    if (FUNCTION_SET.contains(tag)) {
      return Optional.of(wrap("Fn::" + tag, value, tagLocation));
    }
    if (tag.startsWith(io.github.stackdocs.read.rain.RainExpander.PREFIX)) {
      return Optional.of(wrap(tag, value, tagLocation)); // a Rain directive: expanded after parsing
    }
    return Optional.empty();
  }

  /** "unknown tag !Foo; expected one of !Ref, !Condition, !GetAtt, ...". */
  static String unknownTagMessage(String tag) {
    StringBuilder sb = new StringBuilder("unknown tag !").append(tag).append("; expected one of !Ref, !Condition");
    for (String f : FUNCTIONS) {
      sb.append(", !").append(f);
    }
    return sb.toString();
  }

  /** {@code A.B.C} → {@code ["A", "B.C"]} (split on the first dot); lists and dot-less strings stay. */
  private static Node splitGetAtt(Node value) {
    if (value instanceof ScalarNode s && s.isString()) {
      String text = s.text();
      int dot = text.indexOf('.');
      if (dot > 0) {
        return new ListNode(
            List.of(Node.string(text.substring(0, dot), s.location()),
                Node.string(text.substring(dot + 1), s.location())),
            s.location());
      }
    }
    return value;
  }

  private static MapNode wrap(String key, Node value, SourceLocation location) {
    return new MapNode(Map.of(key, value), Map.of(key, location), location);
  }
}
