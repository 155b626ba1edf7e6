package io.github.stackdocs.render.gameday;

import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One experiment template stub as it is put together: its parameters, targets, actions and stop conditions, then
 * {@link #yaml()} writes it as a CloudFormation template with one {@code AWS::FIS::ExperimentTemplate}.
 */
final class ExperimentStub {
  /** The FIS limit on an experiment template's description. */
  private static final int MAX_DESCRIPTION = 512;
  static final String ROLE = "ExperimentRoleArn";

  private final FisScenario scenario;
  private final String stack;
  private final String logicalId;
  private final String runbook;
  private final Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
  private final Map<String, Object> targets = new LinkedHashMap<>();
  private final Map<String, Object> actions = new LinkedHashMap<>();
  private final List<Object> stopConditions = new ArrayList<>();
  private final List<String> targetIds = new ArrayList<>();
  private final List<String> alarmIds = new ArrayList<>();
  private final List<String> expectedIds = new ArrayList<>();

  ExperimentStub(FisScenario scenario, String stack, String logicalId, String runbook) {
    this.scenario = scenario;
    this.stack = stack;
    this.logicalId = logicalId;
    this.runbook = runbook;
    Map<String, Object> role = new LinkedHashMap<>();
    role.put("Type", "String");
    role.put("Description", "The IAM role AWS FIS assumes to run the experiment: trusted by fis.amazonaws.com and"
        + " allowed the action's API calls on the targets");
    parameters.put(ROLE, role);
  }

  /**
   * A String parameter of the stub, named after {@code base} (letters and digits only, unique); the same base and
   * description give the same parameter. Returns its name.
   */
  String parameter(String base, String description, Optional<String> defaultValue) {
    String name = logicalName(base);
    String unique = name;
    for (int n = 2; parameters.containsKey(unique)
        && !description.equals(parameters.get(unique).get("Description")); n++) {
      unique = name + n;
    }
    if (!parameters.containsKey(unique)) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("Type", "String");
      defaultValue.ifPresent(d -> p.put("Default", d));
      p.put("Description", description);
      parameters.put(unique, p);
    }
    return unique;
  }

  /** A target found by the tags CloudFormation puts on the resources it creates. */
  void taggedTarget(String key, String resourceType, Stack s, String id, String selectionMode) {
    String stackName = parameter(s.name() + "StackName", "The deployed name of stack " + s.name(),
        Optional.of(s.deployed().map(d -> d.stackName()).filter(n -> !n.isEmpty()).orElse(s.name())));
    Map<String, YamlText.Scalar> tags = new LinkedHashMap<>();
    tags.put("aws:cloudformation:stack-name", YamlText.Scalar.ref(stackName));
    tags.put("aws:cloudformation:logical-id", YamlText.Scalar.of(id));
    target(key, resourceType, s.name(), id, tags, Map.of(), selectionMode);
  }

  /** A target with these tags and FIS target parameters; its name is the resource's logical id. */
  void target(String key, String resourceType, String s, String id, Map<String, YamlText.Scalar> tags,
      Map<String, YamlText.Scalar> fisParameters, String selectionMode) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("ResourceType", resourceType);
    if (!tags.isEmpty()) {
      t.put("ResourceTags", tags);
    }
    if (!fisParameters.isEmpty()) {
      t.put("Parameters", fisParameters);
    }
    t.put("SelectionMode", selectionMode);
    String name = unique(targets, logicalName(id));
    targets.put(name, t);
    targetIds.add(s + "/" + id);
    lastTarget = name;
    lastKey = key;
  }

  private String lastTarget;
  private String lastKey;

  /** The action on the target added last. */
  void action(String actionId, String description, Map<String, String> fisParameters, String key) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("ActionId", actionId);
    a.put("Description", description);
    if (!fisParameters.isEmpty()) {
      a.put("Parameters", new LinkedHashMap<>(fisParameters));
    }
    a.put("Targets", Map.of(key == null ? lastKey : key, lastTarget));
    actions.put(unique(actions, "Inject" + lastTarget), a);
  }

  /** An alarm that stops the experiment when it fires. */
  void stopCondition(YamlText.Scalar alarmArn, String alarm) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("Source", "aws:cloudwatch:alarm");
    c.put("Value", alarmArn);
    stopConditions.add(c);
    alarmIds.add(alarm);
  }

  /** An alarm that watches a target: the experiment means to set it off, so it is no stop condition. */
  void expectedAlarm(String alarm) {
    expectedIds.add(alarm);
  }

  String yaml() {
    String what = scenario.title() + " on " + stack + "/" + logicalId;
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("AWSTemplateFormatVersion", "2010-09-09");
    root.put("Description", bounded("Game day stub to review, never run by stackdocs: " + what, 1024));
    Map<String, Object> note = new LinkedHashMap<>();
    note.put("Scenario", scenario.title());
    note.put("Runbook", runbook);
    note.put("Targets", List.copyOf(targetIds));
    note.put("StopAlarms", List.copyOf(alarmIds));
    note.put("ExpectedAlarms", List.copyOf(expectedIds));
    note.put("Review", "Generated by stackdocs from the runbook's failure scenario. Check the targets, the"
        + " parameters, the role and the stop conditions, and run it in a test environment first; stackdocs never"
        + " runs it. Lambda actions need the AWS FIS extension layer on the function.");
    root.put("Metadata", Map.of("StackdocsGameDay", note));
    root.put("Parameters", parameters);
    Map<String, Object> props = new LinkedHashMap<>();
    props.put("Description", bounded("Stub to review, never run by stackdocs. " + what + ": "
        + scenario.description(), MAX_DESCRIPTION));
    props.put("RoleArn", YamlText.Scalar.ref(ROLE));
    props.put("Targets", targets);
    props.put("Actions", actions);
    props.put("StopConditions", stopConditions.isEmpty()
        ? List.of(Map.of("Source", "none")) : List.copyOf(stopConditions));
    props.put("Tags", Map.of("Name", bounded("stackdocs " + what, 256)));
    Map<String, Object> experiment = new LinkedHashMap<>();
    experiment.put("Type", "AWS::FIS::ExperimentTemplate");
    experiment.put("Properties", props);
    root.put("Resources", Map.of("Experiment", experiment));
    return "# AWS FIS experiment template stub written by stackdocs: a document to review, never run by stackdocs.\n"
        + "# " + (stopConditions.isEmpty() ? "No alarm watches what depends on the targets: add a stop condition"
            + " before running it.\n" : "Stop conditions: the alarms of what depends on the targets; the targets'"
            + " own alarms (ExpectedAlarms) should fire.\n")
        + YamlText.write(root);
  }

  private static String unique(Map<String, ?> taken, String name) {
    String unique = name;
    for (int n = 2; taken.containsKey(unique); n++) {
      unique = name + n;
    }
    return unique;
  }

  /** Letters and digits only (a CloudFormation logical id), starting with a letter, at most 200 characters. */
  static String logicalName(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < 200; i++) {
      char c = text.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(sb.length() == 0 ? Character.toUpperCase(c) : c);
      }
    }
    if (sb.length() == 0 || !Character.isLetter(sb.charAt(0))) {
      sb.insert(0, 'X');
    }
    return sb.toString();
  }

  private static String bounded(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 3;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "...";
  }
}
