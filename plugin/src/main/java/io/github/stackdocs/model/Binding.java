package io.github.stackdocs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What binding a stack to an environment decided: the value of each parameter and where it came from, the truth of
 * each condition, and the resources and outputs the environment does not create (their condition is false).
 *
 * @param parameters one per template parameter, in template order
 * @param conditions condition name → truth, in template order
 * @param notCreated resources and outputs whose condition is false here, in template order
 * @param resolved how many values (property values, output values) binding made known, and how many stayed symbolic
 * @param read the stack as read from its template, before binding (what a deployed template is compared with)
 * @param deployedName the name the stack is deployed under in the environment, when known
 */
public record Binding(Environment environment, List<BoundParameter> parameters, Map<String, Truth> conditions,
    List<NotCreated> notCreated, Counts resolved, Stack read, Optional<String> deployedName) {

  public Binding {
    parameters = List.copyOf(parameters);
    conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
    notCreated = List.copyOf(notCreated);
    deployedName = deployedName == null ? Optional.empty() : deployedName;
  }

  /** A binding whose stack's deployed name is not known. */
  public Binding(Environment environment, List<BoundParameter> parameters, Map<String, Truth> conditions,
      List<NotCreated> notCreated, Counts resolved, Stack read) {
    this(environment, parameters, conditions, notCreated, resolved, read, Optional.empty());
  }

  /** A condition's value in an environment; {@code UNKNOWN} when it depends on something not known there. */
  public enum Truth { TRUE, FALSE, UNKNOWN }

  /** Where a parameter's value came from. */
  public enum Source {
    /** the environment's parameter file */
    FILE,
    /** a {@code samconfig.toml} beside the template */
    SAMCONFIG,
    /** the parent stack's {@code Parameters} (nested stacks) */
    PARENT,
    /** the deployed snapshot */
    DEPLOYED,
    /** the parameter's {@code Default} */
    DEFAULT,
    /** nowhere: the value is not known */
    NONE
  }

  /**
   * A parameter's value in an environment.
   *
   * @param value the value as text; empty when it is secret ({@code NoEcho}, or a secret the parent passes) or not
   *     known
   * @param secret true when the value must never be shown
   * @param from where the value is written (the parameter file's line), else the parameter's own location
   */
  public record BoundParameter(String name, String value, Source source, boolean secret, SourceLocation from) {
    public BoundParameter {
      value = secret || value == null ? "" : value;
    }

    public boolean known() {
      return source != Source.NONE;
    }
  }

  /** A resource ({@code kind} "resource") or output ("output") that the environment does not create. */
  public record NotCreated(String kind, String id, String type, String condition, SourceLocation location) {}

  /** How many values became known and how many stayed symbolic. */
  public record Counts(int known, int symbolic) {
    public static final Counts NONE = new Counts(0, 0);

    public Counts plus(Counts o) {
      return new Counts(known + o.known, symbolic + o.symbolic);
    }
  }

  public Truth condition(String name) {
    return conditions.getOrDefault(name, Truth.UNKNOWN);
  }
}
