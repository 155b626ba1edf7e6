package io.github.stackdocs.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Finds the {@code -Dstackdocs.*} user properties a goal did not take because the pom configures the parameter
 * explicitly (Maven's rule: explicit configuration wins over a property). It compares each property of the session
 * with the value the goal was configured with; a property whose value the goal does not have was overridden.
 */
final class PropertyOverrides {
  private PropertyOverrides() {}

  /**
   * One warning per overridden property, sorted by property name.
   *
   * @param userProperties the session's user properties ({@code -D} on the command line)
   * @param parameters the goal's parameters: name → property expression ({@code ${stackdocs.formats}})
   * @param configured the configured value of a parameter, by name ({@code null} when it has none)
   * @param baseDirectory the project folder, against which Maven resolves relative {@code File} values
   */
  static List<String> warnings(Map<?, ?> userProperties, Map<String, String> parameters,
      Function<String, Object> configured, File baseDirectory) {
    Map<String, String> byProperty = new TreeMap<>();
    parameters.forEach((name, expression) -> {
      if (expression != null && expression.startsWith("${" + PropertyNames.PREFIX) && expression.endsWith("}")) {
        byProperty.put(expression.substring(2, expression.length() - 1), name);
      }
    });
    List<String> warnings = new ArrayList<>();
    byProperty.forEach((property, name) -> {
      Object given = userProperties.get(property);
      if (!(given instanceof String value)) {
        return;
      }
      Object actual = configured.apply(name);
      if (!same(value, actual, baseDirectory)) {
        warnings.add("stackdocs: -D" + property + "=" + value + " is not used: the plugin's <configuration> in the"
            + " pom sets <" + name + ">" + shown(actual) + ", and Maven gives explicit configuration precedence over"
            + " properties. To let the command line decide, remove <" + name + "> from the <configuration> and put"
            + " its default in the pom's <properties> as <" + property + ">");
      }
    });
    return warnings;
  }

  private static boolean same(String property, Object actual, File base) {
    if (actual == null) {
      return property.isBlank();
    }
    if (actual instanceof File file) {
      File wanted = new File(property.strip());
      if (!wanted.isAbsolute()) {
        wanted = new File(base, wanted.getPath());
      }
      return normal(wanted).equals(normal(file.isAbsolute() ? file : new File(base, file.getPath())));
    }
    if (actual instanceof Collection<?> list) {
      return items(property).equals(list.stream().map(Objects::toString).flatMap(s -> items(s).stream()).toList());
    }
    return property.strip().equalsIgnoreCase(actual.toString().strip());
  }

  private static String shown(Object actual) {
    if (actual == null) {
      return "";
    }
    if (actual instanceof Collection<?> list) {
      return " to " + String.join(",", list.stream().map(Objects::toString).toList());
    }
    return " to " + actual;
  }

  private static List<String> items(String commaList) {
    return Arrays.stream(commaList.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String normal(File f) {
    return f.toPath().toAbsolutePath().normalize().toString();
  }
}
