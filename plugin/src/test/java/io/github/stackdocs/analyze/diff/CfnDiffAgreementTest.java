package io.github.stackdocs.analyze.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackdocs.Corpus;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agreement with AWS's own diff engine ({@code @aws-cdk/cloudformation-diff}, the engine of {@code cdk diff}) on
 * the template pairs of the shared corpus: per resource, the same ADDITION/REMOVAL/UPDATE and the same replacement
 * verdict (WILL_REPLACE or MAY_REPLACE vs not).
 */
class CfnDiffAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.concurrent.atomic.AtomicInteger CASCADED = new java.util.concurrent.atomic.AtomicInteger();

  @Test
  void agreesWithCloudFormationDiff() throws IOException {
    Path pairs = Corpus.rootOrSkip("CfnDiffAgreementTest").resolve("pairs");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(pairs)) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("cfndiff.json"))).sorted().toList();
    }
    CfnTemplateReader reader = new CfnTemplateReader();
    ProjectDiff differ = new ProjectDiff(ResourceCatalog.bundled());
    int compared = 0;
    List<String> disagreements = new ArrayList<>();
    for (Path dir : dirs) {
      Map<String, String> ours = verdicts(differ.diff(project(reader, dir, "old.yaml"), project(reader, dir, "new.yaml")));
      Map<String, String> theirs = new TreeMap<>();
      JsonNode resources = JSON.readTree(dir.resolve("cfndiff.json").toFile()).path("resources");
      for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String impact = e.getValue().path("changeImpact").asText();
        boolean replaces = impact.equals("WILL_REPLACE") || impact.equals("MAY_REPLACE");
        theirs.put(e.getKey(), e.getValue().path("change").asText() + (replaces ? " replace" : ""));
      }
      TreeSet<String> ids = new TreeSet<>(ours.keySet());
      ids.addAll(theirs.keySet());
      for (String id : ids) {
        compared++;
        String a = ours.getOrDefault(id, "no change");
        String b = theirs.getOrDefault(id, "no change");
        if (!a.equals(b)) {
          disagreements.add(dir.getFileName() + " " + id + ": stackdocs " + a + ", cfn-diff " + b);
        }
      }
    }
    double agreement = compared == 0 ? 100 : 100.0 * (compared - disagreements.size()) / compared;
    System.out.printf("cfn-diff agreement: %d pairs, %d resource changes, %d disagreements, %.1f%%"
        + " (%d updates from replaced referenced resources not compared: cfn-diff has none)%n",
        dirs.size(), compared, disagreements.size(), agreement, CASCADED.get());
    disagreements.forEach(d -> System.out.println("  disagreement " + d));
    assertThat(agreement).as("agreement with cloudformation-diff, disagreements: %s", disagreements)
        .isGreaterThanOrEqualTo(98.0);
  }

  private static Project project(CfnTemplateReader reader, Path dir, String file) throws IOException {
    ReadResult r = reader.read(file, "pair", Files.readString(dir.resolve(file)));
    List<Stack> stacks = r.stack().map(List::of).orElse(List.of());
    return new Project("pair", stacks);
  }

  /**
   * Logical id → ADDITION/REMOVAL/UPDATE plus " replace" for replacements, noise included (cfn-diff has none).
   * Changes stackdocs derives from a replaced resource (a dependent's Ref/GetAtt/Sub resolves to a new value; e.g.
   * pairs 138–140: the ECS Service that refs a replaced TaskDefinition updates) are left out: cfn-diff compares
   * template text only and has no such entries, so they are not a disagreement but stackdocs telling more.
   */
  private static Map<String, String> verdicts(ChangeSet changes) {
    Map<String, String> out = new TreeMap<>();
    for (StackChange s : changes.stacks()) {
      for (ResourceChange r : s.resources()) {
        if (!r.changes().isEmpty() && r.changes().stream().allMatch(PropertyChange::caused)) {
          CASCADED.incrementAndGet();
          continue;
        }
        if (r.changes().stream().anyMatch(PropertyChange::caused)) {
          // judge the template-written changes alone, as cfn-diff does
          Impact own = r.changes().stream().filter(c -> !c.caused()).map(PropertyChange::impact)
              .reduce(r.kind() == ChangeKind.TYPE_CHANGED ? Impact.WILL_REPLACE : Impact.IN_PLACE, Impact::max);
          out.put(r.logicalId(), "UPDATE" + (own.replaces() ? " replace" : ""));
          continue;
        }
        String kind = switch (r.kind()) {
          case ADDED -> "ADDITION";
          case REMOVED -> "REMOVAL";
          default -> "UPDATE";
        };
        out.put(r.logicalId(), kind + (r.impact().replaces() ? " replace" : ""));
      }
    }
    return out;
  }
}
