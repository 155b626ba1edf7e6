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
 * updates in place and none from a resource that only MAY be replaced. stackdocs lists both by default
 * ({@link Cascades#ALL}: "updates because X is replaced"); with {@link Cascades#AS_CDK_DIFF} it lists what
 * cloudformation-diff lists, and that run must agree on every logical id. The default run's extra ids are printed and
 * must all be cascades.
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
    ProjectDiff all = new ProjectDiff(ResourceCatalog.bundled());
    ProjectDiff asCdkDiff = new ProjectDiff(ResourceCatalog.bundled(),
        new DiffOptions(false, List.of(), Cascades.AS_CDK_DIFF));
    int compared = 0;
    int cascades = 0;
    List<String> extra = new ArrayList<>();
    List<String> notCascades = new ArrayList<>();
    List<String> disagreements = new ArrayList<>();
    for (Path dir : dirs) {
      Project old = project(reader, dir, "old.yaml");
      Project now = project(reader, dir, "new.yaml");
      ChangeSet everything = all.diff(old, now);
      Map<String, String> ours = verdicts(everything);
      Map<String, String> listed = verdicts(asCdkDiff.diff(old, now));
      Map<String, String> theirs = new TreeMap<>();
      JsonNode resources = JSON.readTree(dir.resolve("cfndiff.json").toFile()).path("resources");
      for (Iterator<Map.Entry<String, JsonNode>> it = resources.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String impact = e.getValue().path("changeImpact").asText();
        boolean replaces = impact.equals("WILL_REPLACE") || impact.equals("MAY_REPLACE");
        theirs.put(e.getKey(), e.getValue().path("change").asText() + (replaces ? " replace" : ""));
      }
      Map<String, ResourceChange> byId = new TreeMap<>();
      everything.stacks().forEach(s -> s.resources().forEach(r -> byId.put(r.logicalId(), r)));
      cascades += (int) byId.values().stream().filter(r -> r.changes().stream().anyMatch(PropertyChange::caused))
          .count();
      TreeSet<String> ids = new TreeSet<>(listed.keySet());
      ids.addAll(theirs.keySet());
      ids.addAll(ours.keySet());
      for (String id : ids) {
        compared++;
        String a = ours.getOrDefault(id, "no change");
        String b = theirs.getOrDefault(id, "no change");
        String c = listed.getOrDefault(id, "no change");
        if (!c.equals(b)) {
          disagreements.add(dir.getFileName() + " " + id + ": stackdocs " + c + ", cfn-diff " + b);
        }
        if (!a.equals(b)) {
          String line = dir.getFileName() + " " + id + ": stackdocs " + a + ", cfn-diff " + b;
          extra.add(line);
          ResourceChange r = byId.get(id);
          if (r == null || r.changes().stream().noneMatch(PropertyChange::caused)) {
            notCascades.add(line);
          }
        }
      }
    }
    System.out.printf("cfn-diff agreement: %d pairs, %d logical ids compared (%d with cascaded changes);"
        + " AS_CDK_DIFF: %d disagreements, %.1f%%; ALL: %d more ids than cfn-diff (in-place cascades)%n",
        dirs.size(), compared, cascades, disagreements.size(), percent(compared, disagreements.size()),
        extra.size());
    extra.forEach(d -> System.out.println("  ALL lists " + d));
    disagreements.forEach(d -> System.out.println("  disagreement " + d));
    assertThat(disagreements).as("AS_CDK_DIFF agrees with cloudformation-diff on every logical id").isEmpty();
    assertThat(notCascades).as("ALL differs from cloudformation-diff only by cascades").isEmpty();
    assertThat(compared).isGreaterThan(100);
  }

  private static double percent(int compared, int disagreements) {
    return compared == 0 ? 100 : 100.0 * (compared - disagreements) / compared;
  }

  private static Project project(CfnTemplateReader reader, Path dir, String file) throws IOException {
    ReadResult r = reader.read(file, "pair", Files.readString(dir.resolve(file)));
    List<Stack> stacks = r.stack().map(List::of).orElse(List.of());
    return new Project("pair", stacks);
  }

  /** Logical id → ADDITION/REMOVAL/UPDATE plus " replace" for replacements, noise included (cfn-diff has none). */
  private static Map<String, String> verdicts(ChangeSet changes) {
    Map<String, String> out = new TreeMap<>();
    for (StackChange s : changes.stacks()) {
      for (ResourceChange r : s.resources()) {
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
