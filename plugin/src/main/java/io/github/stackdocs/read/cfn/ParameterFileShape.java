package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of parameter file that can be told from a template by their shape alone, so a template folder may hold
 * them beside the templates: the AWS CLI {@code --parameters} list and the CodePipeline template configuration. A
 * plain mapping of names to values is not among them: it looks like a broken template.
 */
public enum ParameterFileShape {
  /** {@code [{"ParameterKey": "Stage", "ParameterValue": "prod"}, ...]}. */
  CLI_PARAMETERS("an AWS CLI --parameters list"),
  /** {@code {"Parameters": {"Stage": "prod"}, "Tags": {...}, "StackPolicy": {...}}}. */
  TEMPLATE_CONFIGURATION("a CodePipeline template configuration");

  /** The keys of one entry of a CLI parameters list. */
  public static final Set<String> CLI_KEYS = Set.of("ParameterKey", "ParameterValue", "UsePreviousValue",
      "ResolvedValue");

  /** The top-level keys of a template configuration. */
  public static final Set<String> CONFIGURATION_KEYS = Set.of("Parameters", "Tags", "StackPolicy");

  private final String description;

  ParameterFileShape(String description) {
    this.description = description;
  }

  /** {@code an AWS CLI --parameters list}. */
  public String description() {
    return description;
  }

  /**
   * The kind of parameter file {@code root} is, judged strictly (every entry of the right shape), or empty when it
   * is something else (a template, a broken template).
   */
  public static Optional<ParameterFileShape> recognise(Node root) {
    if (root instanceof ListNode list && list.size() > 0 && list.items().stream().allMatch(ParameterFileShape::cliEntry)) {
      return Optional.of(CLI_PARAMETERS);
    }
    if (root instanceof MapNode map && isConfiguration(map)) {
      return Optional.of(TEMPLATE_CONFIGURATION);
    }
    return Optional.empty();
  }

  /** Whether a file name is SAM's configuration file, {@code samconfig.toml|yaml|yml}, read as such by name. */
  public static boolean isSamConfig(String fileName) {
    String name = Path.of(fileName).getFileName().toString().toLowerCase(Locale.ROOT);
    return name.equals("samconfig.toml") || name.equals("samconfig.yaml") || name.equals("samconfig.yml");
  }

  private static boolean cliEntry(Node item) {
    return item instanceof MapNode m && m.has("ParameterKey") && m.get("ParameterKey") instanceof ScalarNode
        && CLI_KEYS.containsAll(m.entries().keySet());
  }

  /**
   * Only configuration keys, and {@code Parameters} and {@code Tags} (when present) map names to scalars: a
   * template stub with only a {@code Parameters} section declares mappings ({@code Type: String}) instead.
   */
  private static boolean isConfiguration(MapNode map) {
    if (map.size() == 0 || !CONFIGURATION_KEYS.containsAll(map.entries().keySet())) {
      return false;
    }
    return scalarValues(map.get("Parameters")) && scalarValues(map.get("Tags"))
        && (map.get("StackPolicy") == null || map.get("StackPolicy") instanceof MapNode);
  }

  private static boolean scalarValues(Node node) {
    return node == null
        || node instanceof MapNode m && m.entries().values().stream().allMatch(v -> v instanceof ScalarNode);
  }
}
