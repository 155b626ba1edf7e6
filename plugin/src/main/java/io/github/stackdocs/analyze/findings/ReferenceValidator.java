package io.github.stackdocs.analyze.findings;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that every reference of a stack points at something the template defines: Ref/Sub at a
 * parameter, resource or pseudo parameter; GetAtt and DependsOn at a resource; conditions at a
 * condition; FindInMap at a mapping. A template with a Transform may gain resources at deploy time
 * (SAM, macros), so there an unknown name is a warning, not an error.
 */
public final class ReferenceValidator {

  /** CloudFormation's pseudo parameters. */
  public static final Set<String> PSEUDO_PARAMETERS = Set.of(
      "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
      "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

  private static final Set<Reference.Kind> SELF_EDGE_KINDS = java.util.EnumSet.of(
      Reference.Kind.REF, Reference.Kind.GET_ATT, Reference.Kind.SUB, Reference.Kind.DEPENDS_ON);

  public List<Finding> validate(Stack stack) {
    Set<String> resources = new HashSet<>();
    stack.resources().forEach(r -> resources.add(r.logicalId()));
    if (stack.sam()) { // ServerlessRestApi, MyFnRole ...: the SAM transform creates them, so they may be used
      new io.github.stackdocs.analyze.sam.SamTranslator().translate(stack).allByType().keySet().stream()
          .filter(i -> !i.hashed()).forEach(i -> resources.add(i.logicalId()));
    }
    Set<String> parameters = new HashSet<>();
    stack.parameters().forEach(p -> parameters.add(p.name()));
    Set<String> mappings = stack.mappings().map(m -> m.entries().keySet()).orElse(Set.of());
    Severity unknownName = stack.transformed() ? Severity.WARN : Severity.ERROR;

    List<Finding> findings = new ArrayList<>();
    for (Reference ref : stack.references()) {
      String target = ref.target();
      String problem = switch (ref.kind()) {
        case REF, SUB -> {
          boolean known = resources.contains(target) || parameters.contains(target)
              || PSEUDO_PARAMETERS.contains(target);
          if (!ref.attribute().isEmpty()) {
            known = resources.contains(target);
          }
          yield known ? null : ref.kind() == Reference.Kind.REF
              ? "Ref to undefined name '" + target + "'; expected a parameter, a resource or a pseudo parameter"
              : "Sub variable '${" + target + (ref.attribute().isEmpty() ? "" : "." + ref.attribute())
                  + "}' is not defined; expected a parameter, a resource, a pseudo parameter or a key of the Sub's variable map";
        }
        case GET_ATT -> resources.contains(target) ? null
            : "GetAtt of undefined resource '" + target + "'; expected a logical id from Resources";
        case DEPENDS_ON -> resources.contains(target) ? null
            : "DependsOn undefined resource '" + target + "'; expected a logical id from Resources";
        case CONDITION -> stack.conditions().containsKey(target) ? null
            : "condition '" + target + "' is not defined; expected a name from Conditions";
        case FIND_IN_MAP -> mappings.contains(target) ? null
            : "FindInMap of undefined mapping '" + target + "'; expected a name from Mappings";
        case IMPORT_VALUE, NESTED_STACK -> null;
      };
      if (problem != null) {
        findings.add(new Finding(unknownName, code(ref.kind()), problem, ref.location(), stack.name()));
      } else if (target.equals(ref.source()) && resources.contains(target) && SELF_EDGE_KINDS.contains(ref.kind())) {
        findings.add(new Finding(unknownName, "dependency-cycle", "resource '" + target + "' refers to itself ("
            + ref.kind() + " at " + ref.path() + "); CloudFormation rejects a circular dependency", ref.location(),
            stack.name()));
      }
    }
    return findings;
  }

  private static String code(Reference.Kind kind) {
    return switch (kind) {
      case REF -> "undefined-ref";
      case GET_ATT -> "undefined-getatt";
      case SUB -> "undefined-sub-variable";
      case DEPENDS_ON -> "undefined-depends-on";
      case CONDITION -> "undefined-condition";
      case FIND_IN_MAP -> "undefined-mapping";
      default -> "undefined-name";
    };
  }
}
