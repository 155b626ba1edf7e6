package io.github.stackdocs.read.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stackdocs' own {@code model.json} (schema version 1, written by {@code render.json.ModelJson}) back into
 * stacks, as a {@code diff} baseline. Each stack's template is put together again from the model (description,
 * transforms, metadata, parameters, mappings, conditions, rules, resources with their policies, properties and
 * metadata, outputs with exports) and read by the template reader, so references, resolved export names and
 * locations come out exactly as for a template. Not kept: deployed state, CDK origin and nesting (the diff matches
 * stacks by name and does not need them). Locations point into the original templates ({@code sourceFile}).
 */
public final class ModelJsonReader {
  /** The {@code model.json} schema version this reader understands. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = JsonMapper.builder().nodeFactory(F)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private final CfnTemplateReader templates;

  public ModelJsonReader(CfnTemplateReader templates) {
    this.templates = templates;
  }

  /** The stacks and the problems; a file that cannot be read or has another schema gives no stacks and an ERROR. */
  public Result read(Path file, String display) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      return failed("model-json", display + " cannot be read as model.json: " + e.getMessage(), display);
    }
    if (root == null || !root.isObject() || !root.path("stacks").isArray()) {
      return failed("model-json", display + " is not a stackdocs model.json (no \"stacks\" array)", display);
    }
    int version = root.path("schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      return failed("model-json-version", display + " has schemaVersion " + root.path("schemaVersion")
          + "; this stackdocs reads version " + SCHEMA_VERSION + " (write it again with this version's generate)",
          display);
    }
    List<Stack> stacks = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (JsonNode s : root.path("stacks")) {
      String name = s.path("name").asText();
      String source = s.path("sourceFile").asText(display);
      ReadResult r;
      try {
        r = templates.read(source, name, MAPPER.writeValueAsString(template(s)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      r.stack().ifPresent(stacks::add);
      findings.addAll(r.findings());
    }
    return new Result(stacks, findings);
  }

  private static Result failed(String code, String message, String display) {
    return new Result(List.of(), List.of(Finding.error(code, message, SourceLocation.of(display), "")));
  }

  /** The CloudFormation template a model.json stack was read from, as far as the model keeps it. */
  static ObjectNode template(JsonNode s) {
    ObjectNode t = F.objectNode();
    text(t, "Description", s.path("description"));
    JsonNode transforms = s.path("transforms");
    if (transforms.size() == 1) {
      t.set("Transform", transforms.get(0));
    } else if (transforms.size() > 1) {
      t.set("Transform", transforms);
    }
    value(t, "Metadata", s.path("metadata"));
    ObjectNode parameters = F.objectNode();
    for (JsonNode p : s.path("parameters")) {
      ObjectNode o = parameters.putObject(p.path("name").asText());
      o.put("Type", p.path("type").asText());
      text(o, "Description", p.path("description"));
      if (p.path("default").isTextual()) {
        o.set("Default", p.path("default"));
      }
      if (p.path("allowedValues").size() > 0) {
        o.set("AllowedValues", p.path("allowedValues"));
      }
      text(o, "AllowedPattern", p.path("allowedPattern"));
      text(o, "ConstraintDescription", p.path("constraintDescription"));
      text(o, "MinLength", p.path("minLength"));
      text(o, "MaxLength", p.path("maxLength"));
      text(o, "MinValue", p.path("minValue"));
      text(o, "MaxValue", p.path("maxValue"));
      if (p.path("noEcho").asBoolean(false)) {
        o.put("NoEcho", true);
      }
    }
    section(t, "Parameters", parameters);
    value(t, "Mappings", s.path("mappings"));
    if (s.path("conditions").size() > 0) {
      t.set("Conditions", s.path("conditions"));
    }
    value(t, "Rules", s.path("rules"));
    ObjectNode resources = t.putObject("Resources");
    for (JsonNode r : s.path("resources")) {
      ObjectNode o = resources.putObject(r.path("logicalId").asText());
      o.put("Type", r.path("type").asText());
      text(o, "Condition", r.path("condition"));
      text(o, "DeletionPolicy", r.path("deletionPolicy"));
      text(o, "UpdateReplacePolicy", r.path("updateReplacePolicy"));
      if (r.path("dependsOn").size() > 0) {
        o.set("DependsOn", r.path("dependsOn"));
      }
      // the template's own properties: model.json's are bound to an environment where they differ
      JsonNode properties = r.has("writtenProperties") ? r.path("writtenProperties") : r.path("properties");
      if (properties.size() > 0) {
        o.set("Properties", properties);
      }
      value(o, "Metadata", r.path("metadata"));
      value(o, "CreationPolicy", r.path("creationPolicy"));
      value(o, "UpdatePolicy", r.path("updatePolicy"));
    }
    ObjectNode outputs = F.objectNode();
    for (JsonNode out : s.path("outputs")) {
      ObjectNode o = outputs.putObject(out.path("name").asText());
      text(o, "Description", out.path("description"));
      o.set("Value", out.has("writtenValue") ? out.path("writtenValue") : out.path("value"));
      if (!out.path("exportName").isMissingNode() && !out.path("exportName").isNull()) {
        o.putObject("Export").set("Name", out.path("exportName"));
      }
      text(o, "Condition", out.path("condition"));
    }
    section(t, "Outputs", outputs);
    return t;
  }

  /** A string field, left out when null or empty (the model keeps absent texts as empty). */
  private static void text(ObjectNode o, String field, JsonNode value) {
    if (value.isValueNode() && !value.isNull() && !value.asText().isEmpty()) {
      o.put(field, value.asText());
    }
  }

  private static void value(ObjectNode o, String field, JsonNode value) {
    if (!value.isMissingNode() && !value.isNull()) {
      o.set(field, value);
    }
  }

  private static void section(ObjectNode t, String field, ObjectNode section) {
    if (!section.isEmpty()) {
      t.set(field, section);
    }
  }

  /** The stacks read and every problem (sorted). */
  public record Result(List<Stack> stacks, List<Finding> findings) {
    public Result {
      stacks = List.copyOf(stacks);
      findings = findings.stream().sorted().toList();
    }
  }
}
