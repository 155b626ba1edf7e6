package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.cfn.DocumentParser;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SAM's configuration file beside a template ({@code samconfig.toml}, {@code samconfig.yaml|yml}): for one
 * config-env, the options of {@code [<env>.global.parameters]} overridden by {@code [<env>.deploy.parameters]} (as
 * {@code sam deploy --config-env <env>} reads them): {@code parameter_overrides} (one string of pairs, or a list of
 * strings of pairs), {@code tags}, {@code region} and {@code stack_name}. Stateless.
 */
public final class SamConfig {
  private SamConfig() {}

  /** As {@link #read(Path, String, String, List)}, naming the file as given. */
  public static Optional<ParameterFile> read(Path file, String configEnv, List<Finding> findings) {
    return read(file, file.toString().replace('\\', '/'), configEnv, findings);
  }

  /**
   * @param configEnv the config-env ({@code default} unless the environment names another)
   * @return the values for {@code configEnv}; empty when the file cannot be read or has no section for it
   */
  public static Optional<ParameterFile> read(Path file, String displayName, String configEnv,
      List<Finding> findings) {
    Findings out = new Findings(findings, "");
    Optional<byte[]> bytes = ParameterFileReader.bytes(file, displayName, out);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    RawText raw = new RawText(displayName, bytes.get());
    Optional<Node> root = displayName.toLowerCase(Locale.ROOT).endsWith(".toml") ? TomlDocument.parse(raw, out)
        : DocumentParser.parse(displayName, bytes.get(), "SAM configuration file", "", findings);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    if (!(root.get() instanceof MapNode top)) {
      out.error("wrong-type", "a SAM configuration file must be a mapping of config-envs, found "
          + ParameterDocument.describe(root.get()), root.get().location());
      return Optional.empty();
    }
    Optional<MapNode> global = section(top, configEnv, "global", out);
    Optional<MapNode> deploy = section(top, configEnv, "deploy", out);
    if (global.isEmpty() && deploy.isEmpty()) {
      out.warn("sam-config-env-missing", "no [" + configEnv + ".deploy.parameters] or [" + configEnv
          + ".global.parameters] in " + displayName + "; it gives no values for this environment",
          SourceLocation.of(displayName));
      return Optional.empty();
    }
    Map<String, Node> options = new LinkedHashMap<>();
    global.ifPresent(g -> options.putAll(g.entries()));
    deploy.ifPresent(d -> options.putAll(d.entries()));
    return Optional.of(new Options(raw, out).file(file, options));
  }

  private static Optional<MapNode> section(MapNode top, String env, String command, Findings out) {
    Node e = top.get(env);
    Node c = e instanceof MapNode em ? em.get(command) : null;
    Node p = c instanceof MapNode cm ? cm.get("parameters") : null;
    if (p != null && !(p instanceof MapNode)) {
      out.error("wrong-type", env + "." + command + ".parameters must be a table of options, found "
          + ParameterDocument.describe(p), p.location());
      return Optional.empty();
    }
    return Optional.ofNullable((MapNode) p);
  }

  private record Located(SamOverrides.Pair pair, SourceLocation at) {}

  /** The options of one config-env → a parameter file. */
  private static final class Options {
    private final RawText raw;
    private final Findings out;

    Options(RawText raw, Findings out) {
      this.raw = raw;
      this.out = out;
    }

    ParameterFile file(Path file, Map<String, Node> options) {
      Map<String, ParameterSetting> values = new LinkedHashMap<>();
      Map<String, String> tags = new LinkedHashMap<>();
      for (Located l : pairs(options.get("parameter_overrides"), "parameter_overrides")) {
        SamOverrides.Pair pair = l.pair();
        SourceLocation at = l.at();
        ParameterSetting first = values.putIfAbsent(pair.key(),
            new ParameterSetting(pair.key(), Node.string(pair.value(), at), false, at));
        if (first != null) {
          out.error("duplicate-parameter", "parameter '" + pair.key() + "' is given twice in parameter_overrides"
              + " (first at line " + first.location().line() + ")", at);
        }
      }
      pairs(options.get("tags"), "tags").forEach(l -> tags.putIfAbsent(l.pair().key(), l.pair().value()));
      return new ParameterFile(file, raw.file(), values, tags, text(options.get("region"), "region"),
          text(options.get("stack_name"), "stack_name"));
    }

    /** The pairs of a string, or of each string of a list, with where each key is written. */
    private List<Located> pairs(Node node, String option) {
      List<Located> result = new java.util.ArrayList<>();
      if (node == null) {
        return result;
      }
      List<Node> strings = node instanceof ListNode list ? list.items() : List.of(node);
      int[] searchFrom = {raw.offset(node.location())};
      for (Node s : strings) {
        if (!(s instanceof ScalarNode scalar) || !scalar.isString()) {
          out.error("wrong-type", option + " must be a string of Key=Value pairs or a list of them, found "
              + ParameterDocument.describe(s), s.location());
          continue;
        }
        searchFrom[0] = Math.max(searchFrom[0], raw.offset(s.location()));
        SamOverrides.parse(scalar.text(), offset -> s.location(), out)
            .forEach(p -> result.add(new Located(p, locate(p.key(), searchFrom, s.location()))));
      }
      return result;
    }

    /**
     * Where {@code key=} is written: the next place in the file text, after the ones already found, that has it
     * (keys are read in file order); the string's own location when the text holds it in another form (escapes).
     */
    private SourceLocation locate(String key, int[] from, SourceLocation fallback) {
      if (key.isEmpty()) {
        return fallback;
      }
      int at = raw.text().indexOf(key + "=", from[0]);
      int atCfn = raw.text().indexOf(key + ",ParameterValue=", from[0]);
      int found = at < 0 ? atCfn : atCfn < 0 ? at : Math.min(at, atCfn);
      if (found < 0) {
        return fallback;
      }
      from[0] = found + key.length();
      return raw.at(found);
    }

    private Optional<String> text(Node node, String option) {
      if (node == null) {
        return Optional.empty();
      }
      if (node instanceof ScalarNode s && s.isString() && !s.text().isBlank()) {
        return Optional.of(s.text());
      }
      out.error("wrong-type", option + " must be a string, found " + ParameterDocument.describe(node),
          node.location());
      return Optional.empty();
    }
  }
}
