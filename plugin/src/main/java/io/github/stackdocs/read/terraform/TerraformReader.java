package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.NestedIn;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.JsonFields;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cdk.JsonFile;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads the output of {@code terraform show -json} (a saved plan, or state) into stacks: the root module is a stack
 * named like a template's, each child module a stack nested in its parent's module-call resource
 * ({@link ModuleStack}); Terraform types map to CloudFormation types by {@link TypeMapping}, so the service
 * knowledge of the CloudFormation types applies. Sensitive values are masked before they enter the model
 * ({@link Values}). Recognised by content ({@link TerraformFormat}). Bad input is a located finding, never an
 * exception; the reader's {@link InputLimits} bound the file ({@code templateBytes}), the resources of a module
 * ({@code resources}), how deep modules nest ({@code nestingDepth}) and how many there are ({@code nestedStacks}).
 * Stateless: thread-safe.
 */
public final class TerraformReader {
  /** What reading one file gave: its stacks (the root module first) and every problem. */
  public record Read(List<Stack> stacks, List<Finding> findings) {
    public Read {
      stacks = List.copyOf(stacks);
      findings = findings.stream().sorted().toList();
    }
  }

  private final InputLimits limits;
  private final TypeMapping table;
  private final ResourceCatalog catalog;

  public TerraformReader(InputLimits limits) {
    this(limits, TypeMapping.bundled(), ResourceCatalog.bundled());
  }

  TerraformReader(InputLimits limits, TypeMapping table, ResourceCatalog catalog) {
    this.limits = limits;
    this.table = table;
    this.catalog = catalog;
  }

  /** Whether the file of {@code source} is Terraform JSON (read within the input limits; unreadable: no). */
  public static boolean recognises(TemplateSource source) {
    try {
      return recognises(InputFiles.read(source.path()));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code bytes} are Terraform JSON: a first look at the bytes, then the parsed content. */
  public static boolean recognises(byte[] bytes) {
    if (!TerraformFormat.mayBe(bytes)) {
      return false;
    }
    JsonFile.Parsed parsed = JsonFile.parse(bytes, "");
    return parsed.ok() && TerraformFormat.of(parsed.root()).isPresent();
  }

  /** Reads the file of {@code source}; I/O problems become an {@code io} finding. */
  public Read read(TemplateSource source) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(source.path());
    } catch (NoSuchFileException e) {
      return failure(source.displayPath(), source.stackName(), "io", "Terraform file not found: "
          + source.displayPath());
    } catch (InputFiles.TooLargeException e) {
      return failure(source.displayPath(), source.stackName(), "too-large", e.describe("Terraform file"));
    } catch (IOException | RuntimeException e) {
      return failure(source.displayPath(), source.stackName(), "io", "cannot read Terraform file "
          + source.displayPath() + ": " + e.getMessage());
    }
    return read(source.displayPath(), source.stackName(), bytes);
  }

  /** Reads Terraform JSON bytes named {@code displayPath}, its root module documented as stack {@code stackName}. */
  public Read read(String displayPath, String stackName, byte[] bytes) {
    if (bytes.length > limits.templateBytes()) {
      return failure(displayPath, stackName, "too-large", "Terraform file " + displayPath + " has "
          + InputLimits.format(bytes.length) + " bytes, more than the limit of " + InputLimits.format(
          limits.templateBytes()) + "; it was not read; " + InputLimits.howToRaise("templateBytes", bytes.length));
    }
    JsonFile.Parsed parsed = JsonFile.parse(bytes, displayPath);
    if (!parsed.ok()) {
      return new Read(List.of(), List.of(Finding.error(parsed.failure().kind(), parsed.failure().message(),
          parsed.failure().location(), stackName)));
    }
    Optional<TerraformFormat.Kind> kind = TerraformFormat.of(parsed.root());
    if (kind.isEmpty()) {
      return failure(displayPath, stackName, "not-terraform", displayPath + " is not the JSON output of 'terraform"
          + " show -json': expected an object with format_version and planned_values, resource_changes or"
          + " configuration (a plan) or values (state)");
    }
    try {
      return build(displayPath, stackName, parsed, kind.get());
    } catch (RuntimeException | StackOverflowError e) {
      return failure(displayPath, stackName, "internal", "internal error while reading the Terraform file ("
          + e.getClass().getSimpleName() + "); please report it");
    }
  }

  private Read build(String file, String stackName, JsonFile.Parsed parsed, TerraformFormat.Kind kind) {
    List<Finding> findings = new ArrayList<>();
    JsonFields fields = new JsonFields("terraform-shape", parsed.positions(), stackName, findings);
    JsonNode root = parsed.root();
    Map<String, JsonNode> changeMarks = new HashMap<>();
    Map<String, JsonNode> outputMarks = new HashMap<>();
    int i = 0;
    for (JsonNode change : fields.array(root, "", "resource_changes")) {
      String at = "/resource_changes/" + i++;
      if (change.isObject()) {
        changeMarks.put(change.path("address").asText(""), change.path("change").path("after_sensitive"));
      } else {
        fields.wrong(at, "a resource change is " + JsonFields.kind(change), "an object");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> oc = fields.object(root, "", "output_changes").fields();
    oc.forEachRemaining(e -> outputMarks.put(e.getKey(), Marks.union(e.getValue().path("after_sensitive"),
        e.getValue().path("before_sensitive"))));

    ModuleTree tree = new ModuleTree(fields, limits, changeMarks);
    String valuesAt = kind == TerraformFormat.Kind.PLAN ? "/planned_values" : "/values";
    JsonNode values = fields.object(root, "", valuesAt.substring(1));
    tree.values(fields.object(values, valuesAt, "root_module"), valuesAt + "/root_module", 0);
    JsonNode configuration = fields.object(root, "", "configuration");
    tree.configuration("", fields.object(configuration, "/configuration", "root_module"),
        "/configuration/root_module", 0);
    SourceLocation whole = SourceLocation.of(file);
    if (tree.tooDeep) {
      findings.add(Finding.error("too-deep", "modules in " + file + " nest deeper than the limit of "
          + limits.nestingDepth() + "; the deeper ones are left out; " + InputLimits.howToRaise("nestingDepth",
          limits.nestingDepth() * 2L), whole, stackName));
    }
    List<ModuleTree.Module> modules = new ArrayList<>(tree.modules.values());
    if (modules.size() - 1 > limits.nestedStacks()) {
      findings.add(Finding.error("too-many-modules", file + " has " + (modules.size() - 1) + " modules, more than the"
          + " limit of " + limits.nestedStacks() + "; only the root module is documented; "
          + InputLimits.howToRaise("nestedStacks", modules.size() - 1), whole, stackName));
      modules = List.of(tree.modules.get(""));
    }
    Map<String, String> names = new HashMap<>();
    names.put("", stackName);
    Map<String, Integer> unmapped = new TreeMap<>();
    List<Stack> stacks = new ArrayList<>();
    JsonNode outputs = values.path("outputs");
    java.util.Set<String> secrets = secrets(root, tree);
    for (ModuleTree.Module m : modules) {
      String parentName = names.get(m.parent());
      if (parentName == null) {
        continue; // its parent was left out
      }
      String name = m.path.isEmpty() ? stackName : parentName + "-" + m.callName();
      names.put(m.path, name);
      if (m.groups.size() > limits.resources()) {
        findings.add(Finding.error("too-many-resources", "module " + (m.path.isEmpty() ? "(root)" : m.path) + " of "
            + file + " has " + m.groups.size() + " resources, more than the limit of " + limits.resources()
            + "; its resources are not documented; " + InputLimits.howToRaise("resources", m.groups.size()),
            whole, name));
        m.groups.clear();
      }
      List<ModuleTree.Module> children = modules.stream().filter(c -> !c.path.isEmpty() && c.parent().equals(m.path))
          .toList();
      ModuleStack contents = new ModuleStack(table, catalog, parsed.positions(), file, unmapped, secrets);
      contents.build(m, children, outputs, valuesAt + "/outputs", outputMarks);
      String description = m.path.isEmpty()
          ? kind.words() + " written by Terraform " + root.path("terraform_version").asText("(unknown version)")
          : "Terraform module " + m.path + (m.call.path("source").asText("").isEmpty() ? ""
              : " (source: " + m.call.path("source").asText("") + ")");
      Stack stack = new Stack(name, file, kind.id(), description, List.of(), Optional.empty(), contents.parameters,
          List.of(), Optional.empty(), Map.of(), Optional.empty(), contents.resources, contents.outputs,
          contents.references);
      if (!m.path.isEmpty()) {
        stack = stack.asNested(name, new NestedIn(names.get(m.parent()), m.path,
            m.call.path("source").asText(m.path)));
      }
      stacks.add(stack);
    }
    if (tree.dataSources > 0) {
      findings.add(new Finding(Severity.INFO, "terraform-data-sources", file + " reads " + tree.dataSources
          + " data source instance(s); data sources are not documented as resources", whole, stackName));
    }
    if (!unmapped.isEmpty()) {
      findings.add(new Finding(Severity.INFO, "terraform-unmapped-types", unmapped.values().stream()
          .mapToInt(Integer::intValue).sum() + " resource(s) of " + file + " have a Terraform type with no"
          + " CloudFormation counterpart in the mapping table and are documented generically: "
          + unmapped.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
              .collect(Collectors.joining(", ")), whole, stackName));
    }
    return new Read(stacks, findings);
  }

  private static Read failure(String file, String stack, String code, String message) {
    return new Read(List.of(), List.of(Finding.error(code, message, SourceLocation.of(file), stack)));
  }

  /**
   * Every value of the document that is masked: the resources' values marked sensitive or under a secret name, and
   * the sensitive (or secret-named) variables' values, so that copies of them elsewhere are masked too.
   */
  private static java.util.Set<String> secrets(JsonNode root, ModuleTree tree) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    for (ModuleTree.Module m : tree.modules.values()) {
      for (ModuleTree.Group g : m.groups.values()) {
        for (ModuleTree.Instance i : g.instances) {
          Values.collect(i.values(), i.marks(), "", out);
        }
      }
    }
    JsonNode declared = root.path("configuration").path("root_module").path("variables");
    root.path("variables").fields().forEachRemaining(v -> {
      boolean sensitive = declared.path(v.getKey()).path("sensitive").asBoolean(false);
      Values.collect(v.getValue().path("value"), com.fasterxml.jackson.databind.node.BooleanNode.valueOf(sensitive),
          v.getKey(), out);
    });
    return out;
  }
}
