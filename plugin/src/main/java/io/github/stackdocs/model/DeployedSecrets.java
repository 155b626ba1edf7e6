package io.github.stackdocs.model;

import io.github.stackdocs.model.DeployedState.OutputValue;
import io.github.stackdocs.model.DeployedState.ParameterValue;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Masks the secret values of a stack's deployed state when it is attached to the stack ({@link Stack}'s constructor
 * calls it), so that no analyzer, renderer, finding, log line or stamp can show them: the model never holds them.
 * CloudFormation itself returns these in clear (it masks only NoEcho parameter values), and a hand-made snapshot may
 * hold anything.
 * <ul>
 *   <li>parameter values of NoEcho parameters;
 *   <li>output values whose template {@code Value} is secret-derived ({@link SecretValues#derivesFromSecret}), and of
 *       outputs the template does not declare (which may have been); export names that are secret-derived;
 *   <li>the expected and actual values of a drift property difference whose property is secret: a path segment
 *       named like a secret ({@link SecretValues#isSecretName}), or a template value at the path (or the intrinsic
 *       function or list the path goes into) that is secret-derived.
 * </ul>
 * Masking is idempotent, and returns the state itself when nothing is secret.
 */
final class DeployedSecrets {
  private DeployedSecrets() {}

  static Optional<DeployedState> masked(Optional<DeployedState> state, List<Parameter> parameters,
      Function<String, Resource> resources, List<Output> outputs) {
    if (state == null || state.isEmpty()) {
      return Optional.empty();
    }
    DeployedState d = state.get();
    Set<String> noEcho = SecretValues.noEchoParameters(parameters);
    List<ParameterValue> params = parameters(d.parameters(), noEcho);
    List<OutputValue> outs = outputs(d.outputs(), outputs, noEcho);
    List<ResourceState> res = resources(d.resources(), resources, noEcho);
    if (params == d.parameters() && outs == d.outputs() && res == d.resources()) {
      return state;
    }
    return Optional.of(new DeployedState(d.stackName(), d.stackId(), d.status(), d.statusReason(), d.lastUpdated(),
        d.stackDriftStatus(), params, outs, res, d.resourcesKnown(), d.templateBody(), d.location()));
  }

  private static List<ParameterValue> parameters(List<ParameterValue> values, Set<String> noEcho) {
    if (values.stream().noneMatch(p -> !p.masked() && noEcho.contains(p.key()))) {
      return values;
    }
    return values.stream().map(p -> !p.masked() && noEcho.contains(p.key())
        ? new ParameterValue(p.key(), null, true) : p).toList();
  }

  private static List<OutputValue> outputs(List<OutputValue> values, List<Output> declared, Set<String> noEcho) {
    Map<String, Output> byName = new HashMap<>();
    declared.forEach(o -> byName.putIfAbsent(o.name(), o));
    List<OutputValue> result = new ArrayList<>(values.size());
    boolean changed = false;
    for (OutputValue v : values) {
      Output o = byName.get(v.key());
      boolean secretValue = o == null || SecretValues.derivesFromSecret(o.value(), noEcho);
      boolean secretExport = o != null && o.exportName().map(e -> SecretValues.derivesFromSecret(e, noEcho))
          .orElse(false);
      OutputValue m = new OutputValue(v.key(), secretValue ? mask(v.value()) : v.value(), v.description(),
          secretExport ? mask(v.exportName()) : v.exportName());
      boolean itemChanged = !m.value().equals(v.value()) || !m.exportName().equals(v.exportName());
      result.add(itemChanged ? m : v);
      changed |= itemChanged;
    }
    return changed ? result : values;
  }

  private static List<ResourceState> resources(List<ResourceState> states, Function<String, Resource> resources,
      Set<String> noEcho) {
    List<ResourceState> result = new ArrayList<>(states.size());
    boolean changed = false;
    for (ResourceState s : states) {
      if (s.differences().isEmpty()) {
        result.add(s);
        continue;
      }
      Resource r = resources.apply(s.logicalId());
      List<PropertyDifference> diffs = new ArrayList<>(s.differences().size());
      boolean masked = false;
      for (PropertyDifference p : s.differences()) {
        if (secretProperty(r, p.path(), noEcho)) {
          PropertyDifference m = new PropertyDifference(p.path(), mask(p.expected()), mask(p.actual()),
              p.differenceType());
          masked |= !m.expected().equals(p.expected()) || !m.actual().equals(p.actual());
          diffs.add(m);
        } else {
          diffs.add(p);
        }
      }
      result.add(masked ? s.withDrift(s.driftStatus(), diffs) : s);
      changed |= masked;
    }
    return changed ? result : states;
  }

  /**
   * True when the property at {@code path} (a drift report's {@code /Environment/Variables/DB_PASSWORD}, JSON
   * pointer escapes decoded) is secret in resource {@code r} (null: not in the template).
   */
  static boolean secretProperty(Resource r, String path, Set<String> noEcho) {
    List<String> segments = segments(path);
    if (segments.stream().anyMatch(SecretValues::isSecretName)) {
      return true;
    }
    if (r == null) {
      return false;
    }
    Node node = r.properties();
    for (String segment : segments) {
      if (!(node instanceof Node.MapNode m) || intrinsic(m)) {
        // a list (drift reports may number its items unlike the template), an intrinsic function or a scalar the
        // path goes into: the whole of it decides
        return SecretValues.derivesFromSecret(node, noEcho);
      }
      node = m.get(segment);
      if (node == null) {
        return false; // not in the template: the value is not one the template sets
      }
    }
    return SecretValues.derivesFromSecret(node, noEcho);
  }

  private static boolean intrinsic(Node.MapNode m) {
    return m.singleKey().map(k -> k.equals("Ref") || k.startsWith("Fn::") || k.equals("Condition")).orElse(false);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String s : path.split("/", -1)) {
      if (!s.isEmpty()) {
        segments.add(s.replace("~1", "/").replace("~0", "~"));
      }
    }
    return segments;
  }

  private static String mask(String value) {
    return value.isEmpty() ? "" : SecretValues.MASK;
  }
}
