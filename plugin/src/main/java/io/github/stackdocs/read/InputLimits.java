package io.github.stackdocs.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How large a project's templates may be before they are refused, with one clear error each, before anything
 * expensive is done with them. The defaults are CloudFormation's own quotas: a template that breaks one cannot be
 * deployed, and such input (a generated or hostile template) would otherwise cost minutes and gigabytes. Each can be
 * raised with the {@code limits} setting ({@code resources=1000}); none above what the reader can hold.
 *
 * @param templateBytes the largest template, in bytes: CloudFormation's 1 MB (1,048,576 bytes) for a template in
 *     S3 (51,200 inline); at most {@link InputFiles#MAX_BYTES}
 * @param resources the most resources in one template (CloudFormation: 500 per stack)
 * @param parameters the most parameters in one template (CloudFormation: 200)
 * @param outputs the most outputs in one template (CloudFormation: 200)
 * @param mappings the most mappings in one template (CloudFormation: 200)
 * @param nestingDepth how deep nested stacks are loaded: a stack nested deeper is refused
 * @param nestedStacks the most nested stacks loaded in one project: 1,000 by default, half of the 2,000 stacks
 *     CloudFormation lets one account and region hold (nested stacks count), and about 50,000 resources at a
 *     typical 50 a stack, what one run documents within a 1 GB heap; local {@code TemplateURL}s pointing at the
 *     same few files would otherwise fan out to tens of thousands of stacks from a few kilobytes
 */
public record InputLimits(int templateBytes, int resources, int parameters, int outputs, int mappings,
    int nestingDepth, int nestedStacks) {

  /** CloudFormation's quotas, and the nested-stack bounds explained above. */
  public static final InputLimits DEFAULTS = new InputLimits(1_048_576, 500, 200, 200, 200, 20, 1_000);

  /** The setting's name, in the Maven configuration and on the command line. */
  public static final String SETTING = "limits";

  /** The names of the limits in the {@code limits} setting, in the record's order. */
  public static final List<String> NAMES =
      List.of("templateBytes", "resources", "parameters", "outputs", "mappings", "nestingDepth", "nestedStacks");

  public InputLimits {
    int[] values = {templateBytes, resources, parameters, outputs, mappings, nestingDepth, nestedStacks};
    for (int i = 0; i < values.length; i++) {
      if (values[i] < 1) {
        throw new IllegalArgumentException("limit " + NAMES.get(i) + " must be at least 1, not " + values[i]);
      }
    }
    if (templateBytes > InputFiles.MAX_BYTES) {
      throw new IllegalArgumentException("limit templateBytes can be at most " + format(InputFiles.MAX_BYTES)
          + " (20 MiB, the largest input file read), not " + format(templateBytes));
    }
  }

  /**
   * The defaults with the {@code name=value} entries applied ({@code resources=1000}, {@code templateBytes=2097152});
   * an entry may also hold several, separated by commas.
   *
   * @throws IllegalArgumentException naming the bad entry
   */
  public static InputLimits parse(List<String> entries) {
    Map<String, Integer> values = new LinkedHashMap<>(DEFAULTS.asMap());
    for (String entry : entries == null ? List.<String>of() : entries) {
      for (String part : entry.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        int eq = part.indexOf('=');
        String name = eq < 0 ? part.strip() : part.substring(0, eq).strip();
        if (eq < 0 || !values.containsKey(name)) {
          throw new IllegalArgumentException("'" + part.strip() + "' is not a limit; expected name=number with a name"
              + " of " + String.join(", ", NAMES));
        }
        String number = part.substring(eq + 1).strip().replace("_", "");
        try {
          values.put(name, Integer.parseInt(number));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("limit " + name + ": '" + number + "' is not a whole number");
        }
      }
    }
    return new InputLimits(values.get("templateBytes"), values.get("resources"), values.get("parameters"),
        values.get("outputs"), values.get("mappings"), values.get("nestingDepth"), values.get("nestedStacks"));
  }

  /** Every limit by name, in {@link #NAMES} order. */
  public Map<String, Integer> asMap() {
    Map<String, Integer> m = new LinkedHashMap<>();
    int[] values = {templateBytes, resources, parameters, outputs, mappings, nestingDepth, nestedStacks};
    for (int i = 0; i < values.length; i++) {
      m.put(NAMES.get(i), values[i]);
    }
    return m;
  }

  /** One canonical line: {@code templateBytes=1048576,resources=500,...}. */
  public String canonical() {
    StringBuilder b = new StringBuilder();
    asMap().forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return b.toString();
  }

  /**
   * How a user raises limit {@code name} to {@code needed}, for a finding: the setting in each of its spellings.
   */
  public static String howToRaise(String name, long needed) {
    String entry = name + "=" + needed;
    return "to document it anyway, raise the limit with the " + SETTING + " setting: " + entry
        + " (Maven: <" + SETTING + ">" + entry + "</" + SETTING + "> or -Dstackdocs." + SETTING + "=" + entry
        + "; command line: --" + SETTING + " " + entry + ")";
  }

  /** {@code n} with thousands separators. */
  public static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
