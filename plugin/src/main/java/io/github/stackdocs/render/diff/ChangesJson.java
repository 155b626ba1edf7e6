package io.github.stackdocs.render.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.Impact;
import io.github.stackdocs.analyze.diff.ItemChange;
import io.github.stackdocs.analyze.diff.PropertyChange;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.Risk;
import io.github.stackdocs.analyze.diff.StackChange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code changes.json}, schema version 1 (documented in the README, "changes.json"): every change, suppressed
 * ones included and flagged, in a fixed order (stacks by name, resources in reading order: the changes written in
 * the templates, then the cascade under its cause; paths as in the change set, risks by kind, stack and logical id).
 * No timestamps: the same inputs give the same bytes. No raw control character: JSON's escapes, and DEL and C1 controls escaped too ({@link io.github.stackdocs.render.json.ControlEscapes}).
 */
public final class ChangesJson {
  public static final int SCHEMA_VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper(
      io.github.stackdocs.render.json.ControlEscapes.factory()).enable(SerializationFeature.INDENT_OUTPUT);

  public String render(ChangeSet c, String baselineName) {
    return render(c, baselineName, List.of());
  }

  /** With notes on what was compared (e.g. stacks left out because the baseline cannot hold them); none: no field. */
  public String render(ChangeSet c, String baselineName, List<String> notes) {
    return render(c, baselineName, notes, Optional.empty());
  }

  /**
   * With how the change moves readiness: a {@code readiness} object (direction, scores before and after, newly failing
   * and fixed checks) when some check starts or stops failing; otherwise no field.
   */
  public String render(ChangeSet c, String baselineName, List<String> notes,
      Optional<io.github.stackdocs.analyze.readiness.ReadinessDelta> readiness) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("baseline", baselineName);
    if (!notes.isEmpty()) {
      ArrayNode array = root.putArray("notes");
      notes.forEach(array::add);
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("resourcesChanged", c.visibleResources().size());
    for (ChangeKind k : ChangeKind.values()) {
      summary.put(camel(k.name()), c.count(k));
    }
    for (Impact i : Impact.values()) {
      summary.put(camel(i.name()), c.count(i));
    }
    summary.put("risks", c.risks().size());
    summary.put("suppressed", c.suppressed());
    readiness.filter(d -> !d.unchanged()).ifPresent(d -> {
      ObjectNode o = root.putObject("readiness");
      o.put("direction", d.direction()).put("percentBefore", d.before().percent())
          .put("percentAfter", d.after().percent());
      checks(o.putArray("newlyFailing"), d.newlyFailing());
      checks(o.putArray("fixed"), d.fixed());
    });
    ArrayNode risks = root.putArray("risks");
    for (Risk r : c.risks()) {
      ObjectNode risk = risks.addObject().put("kind", r.kind().name()).put("stack", r.stack())
          .put("logicalId", r.logicalId()).put("reason", r.reason());
      if (!r.view().isEmpty()) {
        risk.put("view", r.view()).put("before", r.before()).put("after", r.after());
      }
    }
    ArrayNode stacks = root.putArray("stacks");
    for (StackChange s : c.stacks()) {
      ObjectNode stack = stacks.addObject();
      stack.put("name", s.stackName()).put("change", s.kind().name()).put("suppressed", s.suppressed());
      ArrayNode resources = stack.putArray("resources");
      for (ResourceChange r : s.resources()) {
        ObjectNode res = resources.addObject();
        res.put("logicalId", r.logicalId()).put("change", r.kind().name()).put("type", r.type());
        if (r.kind() == ChangeKind.TYPE_CHANGED) {
          res.put("oldType", r.oldType());
        }
        res.put("impact", r.impact().name()).put("suppressed", r.suppressed());
        ArrayNode props = res.putArray("changes");
        for (PropertyChange p : r.changes()) {
          ObjectNode pc = props.addObject().put("path", p.path());
          value(pc, "old", p.oldValue());
          value(pc, "new", p.newValue());
          pc.put("impact", p.impact().name()).put("suppressed", p.suppressed());
          if (p.caused()) {
            pc.put("cause", p.cause()); // the replaced resource this property references
          }
        }
      }
      ArrayNode items = stack.putArray("items");
      for (ItemChange i : s.items()) {
        ObjectNode item = items.addObject().put("section", i.section().name()).put("name", i.name())
            .put("change", i.kind().name());
        value(item, "old", i.oldValue());
        value(item, "new", i.newValue());
        item.put("suppressed", i.suppressed());
        if (i.caused()) {
          item.put("cause", i.cause()); // the replaced resource the export's value references
        }
      }
    }
    try {
      return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void value(ObjectNode node, String field, Optional<String> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  /** {@code WILL_REPLACE} → {@code willReplace}. */
  private static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    boolean up = false;
    for (char ch : constant.toLowerCase(Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        sb.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return sb.toString();
  }

  private static void checks(ArrayNode out, List<io.github.stackdocs.analyze.readiness.CheckResult> results) {
    for (io.github.stackdocs.analyze.readiness.CheckResult r : results) {
      out.addObject().put("check", r.check().id()).put("stack", r.stack()).put("logicalId", r.logicalId())
          .put("severity", r.severity().name()).put("detail", r.detail()).put("location", r.location().toString());
    }
  }
}
