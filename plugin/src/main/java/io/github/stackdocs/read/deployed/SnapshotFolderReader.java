package io.github.stackdocs.read.deployed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.OutputValue;
import io.github.stackdocs.model.DeployedState.ParameterValue;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.JsonFields;
import io.github.stackdocs.read.JsonPositions;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.JsonLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a folder of JSON files exactly as the AWS CLI writes them. A file's kind is told by its top-level
 * key, not its name:
 * <ul>
 *   <li>{@code {"Stacks": [...]}} — {@code aws cloudformation describe-stacks} (one stack or many);
 *   <li>{@code {"StackResourceSummaries": [...]}} — {@code list-stack-resources};
 *   <li>{@code {"StackResources": [...]}} — {@code describe-stack-resources};
 *   <li>{@code {"StackResourceDrifts": [...]}} — {@code describe-stack-resource-drifts};
 *   <li>{@code {"TemplateBody": ...}} — {@code get-template};
 *   <li>{@code {"Exports": [...]}} — {@code list-exports}: the exports of stacks outside the project, which
 *       resolve the project's imports (as do the exported outputs of a {@code describe-stacks} entry of a stack
 *       outside the project, reported as INFO {@code deployed-exports-only}).
 * </ul>
 * Entries that name their stack ({@code StackName}/{@code StackId}) are matched by name or ARN. The others
 * ({@code list-stack-resources}, {@code get-template}) belong to the stack the file is filed under: its
 * folder ({@code <dir>/<stack>/list-stack-resources.json}) or, directly in {@code <dir>}, the file name up to
 * its first dot ({@code <dir>/<stack>.resources.json}; stack names cannot contain dots).
 *
 * <p>Findings: {@code deployed-syntax} (malformed JSON, ERROR), {@code deployed-shape} (valid JSON in an
 * unexpected shape, ERROR; the entry is skipped), {@code deployed-unknown-stack} (WARN),
 * {@code deployed-unknown-file} (WARN), {@code deployed-io} (ERROR). Each names the file, the JSON path
 * and, when known, line and column.
 */
public final class SnapshotFolderReader implements DeployedStateSource {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonLimits.JSON.copy());
  private static final JsonFactory JSON = MAPPER.getFactory();
  private static final Set<String> KNOWN = Set.of(
      "Stacks", "StackResourceSummaries", "StackResources", "StackResourceDrifts", "TemplateBody", "Exports");

  private final Path directory;
  private final Path baseDirectory;

  /**
   * @param directory the snapshot folder
   * @param baseDirectory file names in findings are relative to it
   */
  public SnapshotFolderReader(Path directory, Path baseDirectory) {
    this.directory = directory.toAbsolutePath().normalize();
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  /** One array element (or the template body) with where it is, and its file's typed fields. */
  private record Entry(JsonNode node, String pointer, SourceLocation location, String fileKey, JsonFields fields) {
    String text(JsonNode obj, String at, String field) {
      return fields.text(obj, at, field);
    }
  }

  /** Everything the folder holds, by kind. */
  private static final class Collected {
    final List<Entry> stacks = new ArrayList<>();
    final List<Entry> summaries = new ArrayList<>();
    final List<Entry> resources = new ArrayList<>();
    final List<Entry> drifts = new ArrayList<>();
    final List<Entry> templates = new ArrayList<>();
    final List<Entry> exports = new ArrayList<>();
  }

  @Override
  public DeployedRead read(List<Stack> projectStacks) {
    List<Finding> findings = new ArrayList<>();
    Collected c = new Collected();
    for (Path file : files(findings)) {
      readFile(file, c, findings);
    }
    Map<String, Stack> byName = new HashMap<>();
    projectStacks.forEach(s -> byName.put(s.name(), s));
    Map<String, String> arnToName = new HashMap<>();
    for (Entry e : c.stacks) {
      String id = e.node().path("StackId").asText("");
      String name = e.node().path("StackName").asText("");
      if (!id.isEmpty() && !name.isEmpty()) {
        arnToName.put(id, name);
      }
    }
    Map<String, String> exports = new TreeMap<>();
    Set<String> exporting = new java.util.HashSet<>();
    for (Entry e : c.stacks) {
      String name = e.node().path("StackName").asText("");
      if (!byName.containsKey(name) && outsideExports(e.node().path("Outputs"), exports)) {
        exporting.add(name);
      }
    }
    for (Entry e : c.exports) {
      String name = e.node().path("Name").asText("");
      if (e.node().path("Value").isValueNode() && !name.isEmpty()) {
        exports.put(name, e.node().path("Value").asText());
      } else {
        shape(findings, e, "/Name", "an export without a Name and a Value; expected an entry of list-exports");
      }
    }
    Resolver resolver = new Resolver(byName.keySet(), arnToName, exporting, findings);

    Map<String, Builder> builders = new TreeMap<>();
    for (Entry e : c.stacks) {
      String name = e.node().path("StackName").asText("");
      if (name.isEmpty()) {
        shape(findings, e, "/StackName", "a stack entry without StackName; expected the stack's name");
        continue;
      }
      resolver.resolve(name, e.location()).ifPresent(n -> builders.computeIfAbsent(n, Builder::new).stack(e,
          byName.get(n), findings));
    }
    for (Entry e : c.summaries) {
      resolver.resolve(stackKey(e), e.location()).ifPresent(n -> builders.computeIfAbsent(n, Builder::new)
          .resource(e, findings));
    }
    for (Entry e : c.resources) {
      resolver.resolve(stackKey(e), e.location()).ifPresent(n -> builders.computeIfAbsent(n, Builder::new)
          .resource(e, findings));
    }
    for (Entry e : c.drifts) {
      resolver.resolve(stackKey(e), e.location()).ifPresent(n -> builders.computeIfAbsent(n, Builder::new)
          .drift(e, findings));
    }
    for (Entry e : c.templates) {
      resolver.resolve(e.fileKey(), e.location()).ifPresent(n -> builders.computeIfAbsent(n, Builder::new)
          .template(e));
    }
    Map<String, DeployedState> states = new TreeMap<>();
    builders.forEach((name, b) -> states.put(name, b.build()));
    return new DeployedRead(states, exports, findings);
  }

  /** The exported outputs of a stack outside the project, into {@code exports}; true when it has one. */
  private static boolean outsideExports(JsonNode outputs, Map<String, String> exports) {
    boolean any = false;
    for (JsonNode o : outputs.isArray() ? outputs : MAPPER.createArrayNode()) {
      String name = o.path("ExportName").asText("");
      if (!name.isEmpty() && o.path("OutputValue").isValueNode()) {
        exports.put(name, o.path("OutputValue").asText());
        any = true;
      }
    }
    return any;
  }

  /** The stack an entry is about: its own StackId or StackName, else the file's stack. */
  private static String stackKey(Entry e) {
    String id = e.node().path("StackId").asText("");
    if (!id.isEmpty()) {
      return id;
    }
    String name = e.node().path("StackName").asText("");
    return name.isEmpty() ? e.fileKey() : name;
  }

  /** Maps names and ARNs to project stacks; warns once per unknown stack. */
  private static final class Resolver {
    private final Set<String> project;
    private final Map<String, String> arnToName;
    private final Set<String> exporting;
    private final List<Finding> findings;
    private final Set<String> warned = new java.util.HashSet<>();

    /** @param exporting the stacks outside the project whose exported outputs resolve imports */
    Resolver(Set<String> project, Map<String, String> arnToName, Set<String> exporting, List<Finding> findings) {
      this.project = project;
      this.arnToName = arnToName;
      this.exporting = exporting;
      this.findings = findings;
    }

    Optional<String> resolve(String key, SourceLocation where) {
      String name = key;
      if (key.startsWith("arn:")) {
        name = arnToName.getOrDefault(key, nameFromArn(key));
      }
      if (project.contains(name)) {
        return Optional.of(name);
      }
      if (exporting.contains(name) && warned.add(name)) {
        findings.add(new Finding(io.github.stackdocs.model.Severity.INFO, "deployed-exports-only", "snapshot of"
            + " stack '" + name + "', which is not in the project: only its exports are used, to resolve imports",
            where, ""));
      } else if (warned.add(name)) {
        findings.add(Finding.warn("deployed-unknown-stack", "snapshot of stack '" + name
            + "', which is not in the project; expected one of " + new java.util.TreeSet<>(project)
            + " (name the folder or file after the stack, or set the stack name of its template)", where, ""));
      }
      return Optional.empty();
    }
  }

  /** {@code arn:aws:cloudformation:eu-west-1:123:stack/<name>/<uuid>} → {@code <name>}. */
  static String nameFromArn(String arn) {
    int i = arn.indexOf(":stack/");
    if (i < 0) {
      return arn;
    }
    String rest = arn.substring(i + 7);
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  private List<Path> files(List<Finding> findings) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory, 2)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      findings.add(Finding.error("deployed-io", "cannot list the snapshot folder " + directory + ": "
          + e.getMessage(), SourceLocation.of(display(directory)), ""));
      return List.of();
    }
    List<Path> inside = new ArrayList<>();
    for (Path file : files) {
      if (InputFiles.staysInside(file, directory)) {
        inside.add(file);
      } else {
        findings.add(Finding.warn("deployed-link-outside", "skipped: it is a symbolic link to a file outside the"
            + " snapshot folder " + display(directory), SourceLocation.of(display(file)), ""));
      }
    }
    return inside;
  }

  private String display(Path file) {
    Path p = file.startsWith(baseDirectory) ? baseDirectory.relativize(file) : file;
    return p.toString().replace('\\', '/');
  }

  /** The stack a file is filed under: its folder below the snapshot folder, else its name up to the first dot. */
  private String fileKey(Path file) {
    Path parent = file.getParent();
    if (parent != null && !parent.equals(directory)) {
      return parent.getFileName().toString();
    }
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private void readFile(Path file, Collected c, List<Finding> findings) {
    String display = display(file);
    String key = fileKey(file);
    byte[] bytes;
    try {
      bytes = InputFiles.read(file);
    } catch (IOException e) {
      findings.add(Finding.error("deployed-io", "cannot read snapshot file: " + e.getMessage(),
          SourceLocation.of(display), ""));
      return;
    }
    Map<String, List<Entry>> byKind = new LinkedHashMap<>();
    JsonFields fields = new JsonFields("deployed-shape", JsonPositions.of(display, bytes), "", findings);
    JsonParser parser = null;
    try (JsonParser p = JSON.createParser(bytes)) {
      parser = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        findings.add(Finding.error("deployed-shape", "snapshot file is not a JSON object at JSON path /; expected"
            + " the output of an AWS CLI command such as {\"Stacks\": [...]}", at(display, p.currentTokenLocation()), ""));
        return;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (!KNOWN.contains(field)) {
          p.skipChildren();
          continue;
        }
        List<Entry> list = byKind.computeIfAbsent(field, k -> new ArrayList<>());
        if (field.equals("TemplateBody")) {
          SourceLocation where = at(display, p.currentTokenLocation());
          JsonNode body = MAPPER.readTree(p);
          if (body.isObject() || body.isTextual() && readable(body.asText(), display, key, fields)) {
            list.add(new Entry(body, "/TemplateBody", where, key, fields));
          } else if (!body.isTextual()) {
            fields.wrong("/TemplateBody", "TemplateBody is " + JsonFields.kind(body), "the deployed template:"
                + " a string (YAML or JSON) or an object, as get-template writes it");
          }
          continue;
        }
        if (t != JsonToken.START_ARRAY) {
          findings.add(Finding.error("deployed-shape", field + " is a " + kind(t) + " at JSON path /" + field
              + "; expected an array, as the AWS CLI writes it", at(display, p.currentTokenLocation()), ""));
          p.skipChildren();
          continue;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          SourceLocation where = at(display, p.currentTokenLocation());
          String pointer = "/" + field + "/" + i;
          if (p.currentToken() != JsonToken.START_OBJECT) {
            findings.add(Finding.error("deployed-shape", "entry is a " + kind(p.currentToken())
                + " at JSON path " + pointer + "; expected an object", where, ""));
            p.skipChildren();
          } else {
            list.add(new Entry(MAPPER.readTree(p), pointer, where, key, fields));
          }
          i++;
        }
      }
    } catch (JsonProcessingException e) {
      String pointer = pointer(e);
      findings.add(Finding.error("deployed-syntax", "malformed JSON at JSON path " + pointer + ": "
          + JsonLimits.describe(e) + "; expected the unchanged output of an AWS CLI command",
          at(display, JsonLimits.location(e, parser)), ""));
      return;
    } catch (IOException e) {
      findings.add(Finding.error("deployed-io", "cannot read snapshot file: " + e.getMessage(),
          SourceLocation.of(display), ""));
      return;
    }
    if (byKind.isEmpty()) {
      findings.add(Finding.warn("deployed-unknown-file", "snapshot file has none of the keys " + new java.util.TreeSet<>(KNOWN)
          + "; expected the output of describe-stacks, list-stack-resources, describe-stack-resources,"
          + " describe-stack-resource-drifts or get-template", SourceLocation.of(display), ""));
      return;
    }
    byKind.forEach((kind, list) -> {
      switch (kind) {
        case "Stacks" -> c.stacks.addAll(list);
        case "StackResourceSummaries" -> c.summaries.addAll(list);
        case "StackResources" -> c.resources.addAll(list);
        case "StackResourceDrifts" -> c.drifts.addAll(list);
        case "Exports" -> c.exports.addAll(list);
        default -> c.templates.addAll(list);
      }
    });
  }

  /**
   * Whether a template body given as text reads as a template; if not, an ERROR at the body in this file says why
   * (with the line and column inside the body), and the body is left out: nothing is compared with it.
   */
  private static boolean readable(String body, String display, String stack, JsonFields fields) {
    ReadResult read = new CfnTemplateReader().read(display + "#TemplateBody", stack, body);
    if (read.stack().isPresent()) {
      return true;
    }
    Optional<Finding> why = read.findings().stream().filter(f -> f.severity() == Severity.ERROR).findFirst();
    fields.error("/TemplateBody", "TemplateBody is not a readable template"
        + why.map(f -> " (" + (f.location().line() > 0 ? "line " + f.location().line() + ", column "
            + f.location().column() + " of the body: " : "") + f.message() + ")").orElse("")
        + " at JSON path /TemplateBody; expected the deployed template as get-template writes it");
    return false;
  }

  private static String pointer(JsonProcessingException e) {
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser p && p.getParsingContext() != null) {
      String s = p.getParsingContext().pathAsPointer().toString();
      return s.isEmpty() ? "/" : s;
    }
    return "/";
  }

  private static String kind(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "object";
      case START_ARRAY -> "array";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> t.name();
    };
  }

  private static SourceLocation at(String file, JsonLocation l) {
    if (l == null || l.getLineNr() <= 0) {
      return SourceLocation.of(file);
    }
    return new SourceLocation(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
  }

  private static void shape(List<Finding> findings, Entry e, String field, String message) {
    e.fields().error(e.pointer() + field, message + " (at JSON path " + e.pointer() + field + ")");
  }

  /** The value at {@code field} of an entry as text; any other JSON as its JSON text. */
  private static String value(JsonNode v) {
    return v == null || v.isMissingNode() || v.isNull() ? "" : v.isValueNode() ? v.asText() : v.toString();
  }

  /** Collects one stack's pieces, then builds its state. */
  private static final class Builder {
    private final String name;
    private Entry stackEntry;
    private String stackId = "";
    private String status = "";
    private String statusReason = "";
    private String lastUpdated = "";
    private String driftStatus = "";
    private final List<ParameterValue> parameters = new ArrayList<>();
    private final List<OutputValue> outputs = new ArrayList<>();
    private final Map<String, ResourceState> resources = new TreeMap<>();
    private final Map<String, ResourceState> driftOnly = new TreeMap<>();
    private final Map<String, Entry> drifts = new TreeMap<>();
    private final Map<String, String> driftStatuses = new HashMap<>();
    private final Map<String, List<PropertyDifference>> differences = new HashMap<>();
    private boolean resourcesKnown;
    private Optional<String> template = Optional.empty();
    private SourceLocation firstSeen;

    Builder(String name) {
      this.name = name;
    }

    void stack(Entry e, Stack stack, List<Finding> findings) {
      seen(e);
      if (stackEntry != null) {
        findings.add(Finding.warn("deployed-duplicate", "stack '" + name + "' is described twice; using the entry at "
            + stackEntry.location() + "; expected one describe-stacks entry per stack", e.location(), name));
        return;
      }
      stackEntry = e;
      JsonNode n = e.node();
      String at = e.pointer();
      JsonFields f = e.fields();
      stackId = f.text(n, at, "StackId");
      status = f.text(n, at, "StackStatus");
      statusReason = f.text(n, at, "StackStatusReason");
      lastUpdated = f.date(n, at, "LastUpdatedTime");
      if (lastUpdated.isEmpty() && !n.has("LastUpdatedTime")) {
        lastUpdated = f.date(n, at, "CreationTime");
      } else {
        f.date(n, at, "CreationTime");
      }
      driftStatus = f.text(f.object(n, at, "DriftInformation"), at + "/DriftInformation", "StackDriftStatus");
      int i = 0;
      for (JsonNode p : f.array(n, at, "Parameters")) {
        String item = at + "/Parameters/" + i++;
        String key = p.isObject() ? f.text(p, item, "ParameterKey") : "";
        if (key.isEmpty()) {
          f.error(item, "a parameter without ParameterKey (at JSON path " + item + "/ParameterKey)");
          continue;
        }
        Optional<Parameter> declared = stack.parameter(key);
        // NoEcho values never reach the model; a parameter the template does not declare may be NoEcho too.
        boolean masked = declared.map(Parameter::noEcho).orElse(true);
        String value = f.text(p, item, "ParameterValue");
        parameters.add(new ParameterValue(key, masked ? null : value, masked));
      }
      i = 0;
      for (JsonNode o : f.array(n, at, "Outputs")) {
        String item = at + "/Outputs/" + i++;
        String key = o.isObject() ? f.text(o, item, "OutputKey") : "";
        if (key.isEmpty()) {
          f.error(item, "an output without OutputKey (at JSON path " + item + "/OutputKey)");
          continue;
        }
        outputs.add(new OutputValue(key, f.text(o, item, "OutputValue"), f.text(o, item, "Description"),
            f.text(o, item, "ExportName")));
      }
    }

    void resource(Entry e, List<Finding> findings) {
      seen(e);
      resourcesKnown = true;
      JsonNode n = e.node();
      String at = e.pointer();
      JsonFields f = e.fields();
      String logicalId = f.text(n, at, "LogicalResourceId");
      if (logicalId.isEmpty()) {
        if (!n.path("LogicalResourceId").isContainerNode()) { // else already told: of the wrong type
          shape(findings, e, "/LogicalResourceId", "a resource without LogicalResourceId; expected its logical id");
        }
        return;
      }
      String updated = f.date(n, at, "LastUpdatedTimestamp");
      if (updated.isEmpty() && !n.has("LastUpdatedTimestamp")) {
        updated = f.date(n, at, "Timestamp");
      }
      resources.put(logicalId, new ResourceState(logicalId, f.text(n, at, "PhysicalResourceId"),
          f.text(n, at, "ResourceType"), f.text(n, at, "ResourceStatus"), f.text(n, at, "ResourceStatusReason"),
          updated, f.text(f.object(n, at, "DriftInformation"), at + "/DriftInformation", "StackResourceDriftStatus"),
          List.of(), e.location()));
    }

    void drift(Entry e, List<Finding> findings) {
      seen(e);
      JsonNode n = e.node();
      String at = e.pointer();
      JsonFields f = e.fields();
      String logicalId = f.text(n, at, "LogicalResourceId");
      if (logicalId.isEmpty()) {
        if (!n.path("LogicalResourceId").isContainerNode()) { // else already told: of the wrong type
          shape(findings, e, "/LogicalResourceId", "a drift entry without LogicalResourceId; expected its logical id");
        }
        return;
      }
      f.date(n, at, "Timestamp");
      drifts.put(logicalId, e);
      driftOnly.put(logicalId, new ResourceState(logicalId, f.text(n, at, "PhysicalResourceId"),
          f.text(n, at, "ResourceType"), "", "", "", "", List.of(), e.location()));
      driftStatuses.put(logicalId, f.text(n, at, "StackResourceDriftStatus"));
      List<PropertyDifference> diffs = new ArrayList<>();
      int i = 0;
      for (JsonNode d : f.array(n, at, "PropertyDifferences")) {
        String item = at + "/PropertyDifferences/" + i++;
        if (!d.isObject()) {
          f.wrong(item, "a property difference is " + JsonFields.kind(d), "an object");
          continue;
        }
        diffs.add(new PropertyDifference(f.text(d, item, "PropertyPath"), value(d.get("ExpectedValue")),
            value(d.get("ActualValue")), f.text(d, item, "DifferenceType")));
      }
      differences.put(logicalId, diffs);
    }

    void template(Entry e) {
      seen(e);
      JsonNode body = e.node();
      template = Optional.of(body.isTextual() ? body.asText() : body.toString());
    }

    private void seen(Entry e) {
      if (firstSeen == null || e.location().compareTo(firstSeen) < 0) {
        firstSeen = e.location();
      }
    }

    DeployedState build() {
      // Drift reports are the newer word on a resource's drift; they also add resources when nothing else lists them.
      drifts.forEach((logicalId, e) -> {
        ResourceState base = resources.getOrDefault(logicalId, driftOnly.get(logicalId));
        // secret values among them are masked when the state is attached to its stack (model.DeployedSecrets)
        resources.put(logicalId, base.withDrift(driftStatuses.get(logicalId), differences.get(logicalId)));
      });
      return new DeployedState(name, stackId, status, statusReason, lastUpdated, driftStatus, parameters, outputs,
          List.copyOf(resources.values()), resourcesKnown, template,
          stackEntry == null ? firstSeen : stackEntry.location());
    }

  }
}
