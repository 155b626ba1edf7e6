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
 * the template pairs of the shared corpus: per logical id, the same ADDITION/REMOVAL/UPDATE and the same
 * replacement verdict (WILL_REPLACE or MAY_REPLACE vs not), replacement cascades included.
 *
 * <p>cloudformation-diff spreads replacements too ({@code propagateReplacedReferences}): a resource that WILL be
 * replaced renames its {@code Ref}/{@code Fn::GetAtt} in a copy of the new template until nothing changes, and
 * each property of a referencing resource that is then replaced is copied into the diff. It lists no cascade that
 * updates in place and none from a resource that only MAY be replaced. stackdocs lists both ("updates because X
 * is replaced"), so the strict figure compares everything, and the second counts those two kinds apart.
 */
class CfnDiffAgreementTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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
    int apart = 0;
    int cascades = 0;
    List<String> strict = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (Path dir : dirs) {
      ChangeSet changes = differ.diff(project(reader, dir, "old.yaml"), project(reader, dir, "new.yaml"));
      Map<String, String> ours = verdicts(changes, false);
      Map<String, String> listed = verdicts(changes, true);
      Map<String, String> theirs = new TreeMap<>();
      JsonNode resources = JSON.readTree(dir.resolve("cfndiff.json").toFile()).path("resources");
      for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String impact = e.getValue().path("changeImpact").asText();
        boolean replaces = impact.equals("WILL_REPLACE") || impact.equals("MAY_REPLACE");
        theirs.put(e.getKey(), e.getValue().path("change").asText() + (replaces ? " replace" : ""));
      }
      cascades += (int) changes.stacks().stream().flatMap(s -> s.resources().stream())
          .filter(r -> r.changes().stream().anyMatch(PropertyChange::caused)).count();
      TreeSet<String> ids = new TreeSet<>(ours.keySet());
      ids.addAll(theirs.keySet());
      for (String id : ids) {
        compared++;
        String a = ours.getOrDefault(id, "no change");
        String b = theirs.getOrDefault(id, "no change");
        String c = listed.getOrDefault(id, "no change");
        if (!a.equals(b)) {
          strict.add(dir.getFileName() + " " + id + ": stackdocs " + a + ", cfn-diff " + b);
          if (c.equals(b)) {
            apart++;
          }
        }
        if (!c.equals(b)) {
          disagreements.add(dir.getFileName() + " " + id + ": stackdocs " + c + ", cfn-diff " + b);
        }
      }
    }
    double strictAgreement = percent(compared, strict.size());
    double agreement = percent(compared - apart, disagreements.size());
    System.out.printf("cfn-diff agreement: %d pairs, %d logical ids compared (%d with cascaded changes), strict"
        + " %d disagreements, %.1f%%; %d cascades cfn-diff does not list counted apart: %d disagreements, %.1f%%%n",
        dirs.size(), compared, cascades, strict.size(), strictAgreement, apart, disagreements.size(), agreement);
    strict.forEach(d -> System.out.println("  strict " + d));
    disagreements.forEach(d -> System.out.println("  disagreement " + d));
    assertThat(agreement).as("agreement with cloudformation-diff, disagreements: %s", disagreements)
        .isGreaterThanOrEqualTo(98.0);
  }

  private static double percent(int compared, int disagreements) {
    return compared == 0 ? 100 : 100.0 * (compared - disagreements) / compared;
  }

  private static Project project(CfnTemplateReader reader, Path dir, String file) throws IOException {
    ReadResult r = reader.read(file, "pair", Files.readString(dir.resolve(file)));
    List<Stack> stacks = r.stack().map(List::of).orElse(List.of());
    return new Project("pair", stacks);
  }

  /**
   * Logical id → ADDITION/REMOVAL/UPDATE plus " replace" for replacements, noise included (cfn-diff has none).
   * With {@code asListed}, only the cascaded changes cloudformation-diff lists count: those that replace, from a
   * resource that will be replaced; a resource left with no change is left out.
   */
  private static Map<String, String> verdicts(ChangeSet changes, boolean asListed) {
    Map<String, String> out = new TreeMap<>();
    for (StackChange s : changes.stacks()) {
      Map<String, ResourceChange> byId = new TreeMap<>();
      s.resources().forEach(r -> byId.put(r.logicalId(), r));
      for (ResourceChange r : s.resources()) {
        List<PropertyChange> counted = r.changes().stream().filter(c -> !asListed || !c.caused()
            || (c.impact().replaces() && byId.containsKey(c.cause())
                && byId.get(c.cause()).impact() == Impact.WILL_REPLACE)).toList();
        if (asListed && counted.isEmpty() && !r.changes().isEmpty()) {
          continue;
        }
        Impact impact = r.kind() != ChangeKind.MODIFIED ? r.impact() : counted.stream().map(PropertyChange::impact)
            .reduce(Impact.NO_UPDATE, Impact::max);
        String kind = switch (r.kind()) {
          case ADDED -> "ADDITION";
          case REMOVED -> "REMOVAL";
          default -> "UPDATE";
        };
        out.put(r.logicalId(), kind + (impact.replaces() ? " replace" : ""));
      }
    }
    return out;
  }
}
