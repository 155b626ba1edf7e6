package io.github.stackdocs.render.json;

import io.github.stackdocs.analyze.security.SecurityAnalyzer;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Environments;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.analyze.graph.CrossStackLink;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.analyze.sam.SamGlobals;
import io.github.stackdocs.model.Annotation;
import io.github.stackdocs.model.Annotations;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.ParameterGroup;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code model.json}: the whole model, the graph's exports and cross-stack links, and the findings, for
 * other tools. Keys in a fixed order; pretty-printed with {@code \n}; ends with a newline. NoEcho
 * defaults are never in the model, so never here.
 */
public final class ModelJson {
  /** Bumped when the shape changes incompatibly. */
  public static final int SCHEMA_VERSION = 1;

  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DefaultPrettyPrinter PRINTER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRINTER = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private ModelJson() {}

  /** {@code model.json} as text. */
  public static String write(Project project, DependencyGraph graph, List<Finding> findings) {
    return new String(writeUtf8(project, graph, findings), StandardCharsets.UTF_8);
  }

  /**
   * {@code model.json} as UTF-8. Generated as a stream: only one stack's tree exists at a time, so the whole model is
   * never held twice (as a tree and as text); at 50,000 resources that tree alone outgrew a 1 GB heap. The output
   * step does not hold even the text: it writes {@link #write} straight into the staged file.
   */
  public static byte[] writeUtf8(Project project, DependencyGraph graph, List<Finding> findings) {
    return writeUtf8(project, graph, findings, new SecurityAnalyzer().analyze(project));
  }

  /** As above, with the project's security views already analysed ({@link SecurityAnalyzer}). */
  public static byte[] writeUtf8(Project project, DependencyGraph graph, List<Finding> findings,
      List<StackSecurity> security) {
    return writeUtf8(project, graph, findings, security, io.github.stackdocs.analyze.readiness.Readiness.NONE);
  }

  /** As above, with the readiness scorecards (a {@code readiness} object, left out when none was analysed). */
  public static byte[] writeUtf8(Project project, DependencyGraph graph, List<Finding> findings,
      List<StackSecurity> security, io.github.stackdocs.analyze.readiness.Readiness readiness) {
    ChunkedBytes out = new ChunkedBytes();
    try {
      write(out, project, graph, findings, security, readiness);
    } catch (IOException e) {
      throw new RenderException("", "cannot write model.json: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Writes {@code model.json} (UTF-8) to {@code out}, which is flushed, not closed: the same bytes as
   * {@link #writeUtf8}, never held whole, so it can go straight into a file (at 50,000 resources it is 157 MB).
   *
   * @throws IOException when {@code out} fails
   */
  public static void write(java.io.OutputStream out, Project project, DependencyGraph graph, List<Finding> findings,
      List<StackSecurity> security, io.github.stackdocs.analyze.readiness.Readiness readiness) throws IOException {
    try (JsonGenerator gen = MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      gen.setPrettyPrinter(PRINTER.createInstance());
      gen.writeStartObject();
      gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
      gen.writeStringField("project", project.name());
      gen.writeArrayFieldStart("stacks");
      for (Stack s : project.stacks()) {
        gen.writeTree(stack(s, project.annotations()));
      }
      gen.writeEndArray();
      gen.writeFieldName("environments");
      gen.writeTree(environments(project.environments()));
      gen.writeFieldName("graph");
      gen.writeTree(graph(graph));
      gen.writeArrayFieldStart("security");
      for (StackSecurity s : security) {
        gen.writeTree(SecurityJson.stack(F, s));
      }
      gen.writeEndArray();
      if (!readiness.stacks().isEmpty()) {
        gen.writeFieldName("readiness");
        gen.writeTree(ReadinessJson.of(F, readiness));
      }
      if (!project.annotations().incidents().isEmpty()) { // only with incidents: model.json is unchanged without
        gen.writeFieldName("incidents");
        gen.writeTree(incidents(project.annotations().incidents()));
      }
      gen.writeArrayFieldStart("findings");
      for (Finding f : findings.stream().sorted().toList()) {
        gen.writeTree(F.objectNode()
            .put("severity", f.severity().name())
            .put("code", f.code())
            .put("message", f.message())
            .put("location", f.location().toString())
            .put("stack", f.stack()));
      }
      gen.writeEndArray();
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
    out.flush();
  }

  /**
   * An output stream that collects 1 MB chunks and copies them once, into an array of the exact size: a
   * {@code ByteArrayOutputStream} doubles its array as it grows, holding up to three times model.json at once.
   */
  private static final class ChunkedBytes extends java.io.OutputStream {
    private static final int CHUNK = 1 << 20;
    private final List<byte[]> full = new java.util.ArrayList<>();
    private byte[] current = new byte[CHUNK];
    private int used;

    @Override
    public void write(int b) {
      if (used == CHUNK) {
        next();
      }
      current[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == CHUNK) {
          next();
        }
        int n = Math.min(len, CHUNK - used);
        System.arraycopy(b, off, current, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    private void next() {
      full.add(current);
      current = new byte[CHUNK];
      used = 0;
    }

    byte[] toByteArray() {
      byte[] all = new byte[Math.addExact(Math.multiplyExact(full.size(), CHUNK), used)];
      int at = 0;
      for (byte[] chunk : full) {
        System.arraycopy(chunk, 0, all, at, CHUNK);
        at += CHUNK;
      }
      System.arraycopy(current, 0, all, at, used);
      return all;
    }
  }

  /**
   * Every environment with, per stack, what binding decided and the values it resolved (the resources and outputs
   * whose bound values differ from what the template writes); the stacks above are those of the selected one.
   */
  private static ObjectNode environments(Environments environments) {
    ObjectNode o = F.objectNode();
    o.put("selected", environments.selected());
    ArrayNode all = o.putArray("all");
    for (Environment e : environments.all()) {
      ObjectNode eo = all.addObject();
      eo.put("name", e.name());
      eo.put("builtIn", e.builtIn());
      eo.put("region", e.region().orElse(""));
      eo.put("accountId", e.accountId().orElse(""));
      ArrayNode stacks = eo.putArray("stacks");
      for (Stack s : environments.stacks().getOrDefault(e.name(), List.of())) {
        ObjectNode so = stacks.addObject();
        so.put("name", s.name());
        s.binding().ifPresent(b -> so.set("binding", binding(b)));
        ObjectNode resources = so.putObject("resolvedProperties");
        s.resources().stream().filter(r -> r.written().isPresent())
            .forEach(r -> resources.set(r.logicalId(), NodeJson.of(r.properties())));
        ObjectNode outputs = so.putObject("outputs");
        for (Output out : s.outputs()) {
          ObjectNode oo = outputs.putObject(out.name());
          oo.set("value", NodeJson.of(out.value()));
          if (out.resolvedExportName().isPresent()) {
            oo.put("exportName", out.resolvedExportName().get());
          } else {
            oo.putNull("exportName");
          }
        }
      }
    }
    return o;
  }

  /** What binding decided for a stack; a secret parameter's value is never here (the model does not hold it). */
  private static ObjectNode binding(Binding b) {
    ObjectNode o = F.objectNode();
    o.put("environment", b.environment().name());
    ArrayNode params = o.putArray("parameters");
    for (Binding.BoundParameter p : b.parameters()) {
      ObjectNode po = params.addObject().put("name", p.name());
      if (p.secret() || !p.known()) {
        po.putNull("value");
      } else {
        po.put("value", p.value());
      }
      po.put("source", p.source().name()).put("secret", p.secret()).put("from", p.from().toString());
    }
    ObjectNode conditions = o.putObject("conditions");
    b.conditions().forEach((k, v) -> conditions.put(k, v.name()));
    ArrayNode notCreated = o.putArray("notCreated");
    b.notCreated().forEach(n -> notCreated.addObject().put("kind", n.kind()).put("id", n.id()).put("type", n.type())
        .put("condition", n.condition()));
    o.putObject("values").put("resolved", b.resolved().known()).put("symbolic", b.resolved().symbolic());
    return o;
  }

  private static ObjectNode graph(DependencyGraph graph) {
    ObjectNode g = F.objectNode();
    ArrayNode exports = g.putArray("exports");
    graph.exports().forEach((name, e) -> exports.addObject().put("name", name).put("stack", e.stack())
        .put("output", e.output()));
    ArrayNode links = g.putArray("crossStackLinks");
    graph.crossStackLinks().forEach(l -> links.add(link(l)));
    ObjectNode deps = g.putObject("stackDependencies");
    graph.stackDependencies().forEach((from, to) -> strings(deps.putArray(from), to));
    return g;
  }

  private static ObjectNode stack(Stack s, Annotations annotations) {
    ObjectNode o = F.objectNode();
    o.put("name", s.name());
    o.put("sourceFile", s.sourceFile());
    o.put("format", s.format());
    o.put("description", s.description());
    strings(o.putArray("transforms"), s.transforms());
    o.set("metadata", s.metadata().map(NodeJson::of).orElse(F.nullNode()));
    ArrayNode params = o.putArray("parameters");
    s.parameters().forEach(p -> params.add(parameter(p)));
    ArrayNode groups = o.putArray("parameterGroups");
    for (ParameterGroup pg : s.parameterGroups()) {
      ObjectNode go = groups.addObject().put("label", pg.label());
      strings(go.putArray("parameters"), pg.parameters());
    }
    o.set("mappings", s.mappings().map(NodeJson::of).orElse(F.nullNode()));
    ObjectNode conditions = o.putObject("conditions");
    new TreeMap<>(s.conditions()).forEach((k, v) -> conditions.set(k, NodeJson.of(v)));
    o.set("rules", s.rules().map(NodeJson::of).orElse(F.nullNode()));
    ArrayNode resources = o.putArray("resources");
    s.resources().forEach(r -> {
      ObjectNode ro = resource(r);
      fromGlobals(s, r, ro);
      annotations.resource(s.name(), r.logicalId()).filter(a -> !a.isEmpty())
          .ifPresent(a -> ro.set("annotation", annotation(a)));
      resources.add(ro);
    });
    // what the selected environment does not create is still in the template: listed as written, marked so
    notCreated(s, "resource").forEach(id -> s.binding().get().read().resource(id)
        .ifPresent(r -> resources.add(resource(r).put("created", false))));
    ArrayNode outputs = o.putArray("outputs");
    s.outputs().forEach(out -> outputs.add(output(out)));
    notCreated(s, "output").forEach(name -> s.binding().get().read().outputs().stream()
        .filter(out -> out.name().equals(name)).findFirst()
        .ifPresent(out -> outputs.add(output(out).put("created", false))));
    ArrayNode refs = o.putArray("references");
    s.references().forEach(r -> refs.add(reference(r)));
    s.cdk().ifPresent(c -> {
      ObjectNode co = o.putObject("cdk");
      co.put("assembly", c.assembly());
      co.put("artifactId", c.artifactId());
      co.put("displayName", c.displayName());
      co.put("environment", c.environment());
      strings(co.putArray("dependencies"), c.dependencies());
      ObjectNode paths = co.putObject("constructPaths");
      c.constructPaths().forEach(paths::put);
    });
    s.nestedIn().ifPresent(n -> {
      ObjectNode no = o.putObject("nestedIn");
      no.put("parentStack", n.parentStack());
      no.put("logicalId", n.logicalId());
      no.put("templateUrl", n.templateUrl());
    });
    s.deployed().ifPresent(d -> o.set("deployed", deployed(d)));
    s.binding().ifPresent(b -> o.set("binding", binding(b)));
    annotations.stack(s.name()).filter(a -> !a.isEmpty()).ifPresent(a -> o.set("annotation", annotation(a)));
    return o;
  }

  /**
   * What people say about a stack or resource (only present when something is said, so model.json without
   * annotations is unchanged). A resource's is its own; what applies to it is its own over its stack's.
   */
  private static ObjectNode annotation(Annotation a) {
    ObjectNode o = F.objectNode();
    o.put("owner", a.owner());
    o.put("team", a.team());
    o.put("tier", a.tier());
    o.put("slo", a.slo());
    o.put("oncall", a.oncall());
    o.put("escalation", a.escalation());
    strings(o.putArray("compliance"), a.compliance());
    o.put("notes", a.notes());
    ArrayNode links = o.putArray("links");
    a.links().forEach((title, url) -> links.addObject().put("title", title).put("url", url));
    strings(o.putArray("sources"), a.sources());
    return o;
  }

  /** The annotations file's incidents, newest first. */
  private static ArrayNode incidents(List<io.github.stackdocs.model.Incident> incidents) {
    ArrayNode a = F.arrayNode();
    for (io.github.stackdocs.model.Incident i : incidents) {
      ObjectNode o = a.addObject();
      o.put("id", i.id());
      o.put("date", i.date());
      o.put("title", i.title());
      o.put("link", i.link());
      strings(o.putArray("resources"), i.resources());
      strings(o.putArray("actions"), i.actions());
      o.put("location", i.location().toString());
    }
    return a;
  }

  /** Only present for stacks with a snapshot, so model.json without one is unchanged. NoEcho values are masked in the model. */
  private static ObjectNode deployed(DeployedState d) {
    ObjectNode o = F.objectNode();
    o.put("stackName", d.stackName());
    o.put("stackId", d.stackId());
    o.put("status", d.status());
    o.put("statusReason", d.statusReason());
    o.put("lastUpdated", d.lastUpdated());
    o.put("driftStatus", d.stackDriftStatus());
    ArrayNode params = o.putArray("parameters");
    d.parameters().forEach(p -> params.addObject().put("key", p.key()).put("value", p.value()).put("masked", p.masked()));
    ArrayNode outputs = o.putArray("outputs");
    d.outputs().forEach(out -> outputs.addObject().put("key", out.key()).put("value", out.value())
        .put("exportName", out.exportName()));
    o.put("resourcesKnown", d.resourcesKnown());
    ArrayNode resources = o.putArray("resources");
    for (DeployedState.ResourceState r : d.resources()) {
      ObjectNode ro = resources.addObject()
          .put("logicalId", r.logicalId())
          .put("physicalId", r.physicalId())
          .put("type", r.type())
          .put("status", r.status())
          .put("lastUpdated", r.lastUpdated())
          .put("driftStatus", r.driftStatus());
      ArrayNode diffs = ro.putArray("propertyDifferences");
      r.differences().forEach(x -> diffs.addObject().put("path", x.path()).put("expected", x.expected())
          .put("actual", x.actual()).put("differenceType", x.differenceType()));
    }
    o.put("hasDeployedTemplate", d.templateBody().isPresent());
    return o;
  }

  /** The ids of the resources or outputs the stack's environment does not create, in template order. */
  private static List<String> notCreated(Stack s, String kind) {
    return s.binding().map(b -> b.notCreated().stream().filter(n -> n.kind().equals(kind))
        .map(Binding.NotCreated::id).toList()).orElse(List.of());
  }

  private static ObjectNode parameter(Parameter p) {
    ObjectNode o = F.objectNode();
    o.put("name", p.name());
    o.put("type", p.type());
    o.put("description", p.description());
    if (p.noEcho() || p.defaultValue().isEmpty()) {
      o.putNull("default");
    } else {
      o.put("default", p.defaultValue().get());
    }
    strings(o.putArray("allowedValues"), p.allowedValues());
    o.put("allowedPattern", p.allowedPattern());
    o.put("constraintDescription", p.constraintDescription());
    o.put("minLength", p.minLength());
    o.put("maxLength", p.maxLength());
    o.put("minValue", p.minValue());
    o.put("maxValue", p.maxValue());
    o.put("noEcho", p.noEcho());
    o.put("label", p.label());
    o.put("group", p.group());
    o.put("location", p.location().toString());
    return o;
  }

  private static ObjectNode resource(Resource r) {
    ObjectNode o = F.objectNode();
    o.put("logicalId", r.logicalId());
    o.put("type", r.type());
    o.put("service", r.service());
    o.put("location", r.location().toString());
    o.put("condition", r.condition());
    o.put("deletionPolicy", r.deletionPolicy());
    o.put("updateReplacePolicy", r.updateReplacePolicy());
    strings(o.putArray("dependsOn"), r.dependsOn());
    o.set("properties", NodeJson.of(r.properties()));
    r.written().ifPresent(w -> o.set("writtenProperties", NodeJson.of(w)));
    o.set("metadata", r.metadata().map(NodeJson::of).orElse(F.nullNode()));
    o.set("creationPolicy", r.creationPolicy().map(NodeJson::of).orElse(F.nullNode()));
    o.set("updatePolicy", r.updatePolicy().map(NodeJson::of).orElse(F.nullNode()));
    return o;
  }

  /**
   * SAM {@code Globals} that apply to the resource: {@code fromGlobals} maps each property they give to how
   * ({@code from Globals}, {@code merged with Globals}) and the value the transform sees.
   */
  private static void fromGlobals(Stack s, Resource r, ObjectNode ro) {
    Map<String, String> sources = SamGlobals.sources(s, r);
    if (sources.isEmpty()) {
      return;
    }
    Node.MapNode merged = SamGlobals.properties(s, r, r.properties());
    ObjectNode o = ro.putObject("fromGlobals");
    sources.forEach((name, how) -> o.putObject(name).put("source", how).set("value", NodeJson.of(merged.get(name))));
  }

  private static ObjectNode output(Output out) {
    ObjectNode o = F.objectNode();
    o.put("name", out.name());
    o.put("description", out.description());
    o.set("value", NodeJson.of(out.value()));
    out.writtenValue().ifPresent(w -> o.set("writtenValue", NodeJson.of(w)));
    o.set("exportName", out.exportName().map(NodeJson::of).orElse(F.nullNode()));
    if (out.resolvedExportName().isPresent()) {
      o.put("resolvedExportName", out.resolvedExportName().get());
    } else {
      o.putNull("resolvedExportName");
    }
    o.put("condition", out.condition());
    o.put("location", out.location().toString());
    return o;
  }

  private static ObjectNode reference(Reference r) {
    return F.objectNode()
        .put("kind", r.kind().name())
        .put("source", r.source())
        .put("target", r.target())
        .put("attribute", r.attribute())
        .put("targetStack", r.targetStack())
        .put("path", r.path());
  }

  private static ObjectNode link(CrossStackLink l) {
    return F.objectNode()
        .put("importingStack", l.importingStack())
        .put("source", l.source())
        .put("exportName", l.exportName())
        .put("exportingStack", l.exportingStack())
        .put("outputName", l.outputName())
        .put("location", l.location().toString());
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }
}
