package io.github.stackdocs.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertyOverridesTest {
  private static final File BASE = new File("/work/project");
  private static final Map<String, String> PARAMETERS = Map.of(
      "formats", "${stackdocs.formats}",
      "outputDirectory", "${stackdocs.outputDirectory}",
      "includes", "${stackdocs.includes}",
      "force", "${stackdocs.force}",
      "baseDirectory", "${project.basedir}");

  private static List<String> warnings(Properties user, Map<String, Object> configured) {
    return PropertyOverrides.warnings(user, PARAMETERS, configured::get, BASE);
  }

  private static Properties user(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Test
  void aPropertyThePomOverridesIsNamedWithTheFix() {
    Map<String, Object> configured = new HashMap<>();
    configured.put("formats", "adoc,md,json");
    List<String> w = warnings(user("stackdocs.formats", "html"), configured);
    assertEquals(1, w.size(), w.toString());
    assertEquals("stackdocs: -Dstackdocs.formats=html is not used: the plugin's <configuration> in the pom sets"
        + " <formats> to adoc,md,json, and Maven gives explicit configuration precedence over properties. To let the"
        + " command line decide, remove <formats> from the <configuration> and put its default in the pom's"
        + " <properties> as <stackdocs.formats>", w.get(0));
  }

  @Test
  void aPropertyTheGoalTookIsNotReported() {
    Map<String, Object> configured = new HashMap<>();
    configured.put("formats", "html");
    configured.put("outputDirectory", new File("/work/project/docs"));
    configured.put("includes", List.of("a.yaml", "b.yaml"));
    configured.put("force", true);
    assertEquals(List.of(), warnings(user("stackdocs.formats", " html", "stackdocs.outputDirectory", "docs/",
        "stackdocs.includes", "a.yaml, b.yaml", "stackdocs.force", "true"), configured));
  }

  @Test
  void onlyStackdocsPropertiesOfThisGoalAreCompared() {
    Map<String, Object> configured = new HashMap<>();
    configured.put("baseDirectory", BASE);
    // project.basedir is not a user property of ours; stackdocs.baseline is not a parameter of this goal
    assertEquals(List.of(), warnings(user("project.basedir", "/elsewhere", "stackdocs.baseline", "git:HEAD",
        "other.formats", "x"), configured));
  }

  @Test
  void filesListsAndBooleansAreComparedAsValues() {
    Map<String, Object> configured = new HashMap<>();
    configured.put("outputDirectory", new File("/work/project/docs"));
    configured.put("includes", List.of("a.yaml"));
    configured.put("force", false);
    List<String> w = warnings(user("stackdocs.outputDirectory", "target/site", "stackdocs.includes", "a.yaml,b.yaml",
        "stackdocs.force", "true"), configured);
    assertEquals(3, w.size(), w.toString());
    assertTrue(w.get(0).startsWith("stackdocs: -Dstackdocs.force=true is not used"), w.get(0));
    assertTrue(w.get(1).contains("<includes> to a.yaml,"), w.get(1));
    assertTrue(w.get(2).contains("<outputDirectory> to /work/project/docs,"), w.get(2));
  }
}
