package io.github.stackdocs.pipeline;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The settings of a request that shape the docs, as one canonical text for the stamp. Left out: {@code mode}
 * (only WRITE uses the stamp), {@code maxDiffLines} (only CHECK prints diffs), {@code force} and
 * {@code stampFile} (how to run, not what to make). A test checks that every other setting is named here.
 */
final class ConfigKey {
  /** The request components deliberately not in the key. */
  static final Set<String> LEFT_OUT = Set.of("mode", "maxDiffLines", "force", "stampFile");

  private ConfigKey() {}

  static String of(DocsRequest r) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("baseDirectory", r.baseDirectory().toString());
    settings.put("sourceDirectory", r.sourceDirectory().toString());
    settings.put("includes", r.includes().toString());
    settings.put("excludes", r.excludes().toString());
    // records written field by field: a record's own toString starts method-handle machinery on a no-op run
    settings.put("templates", r.templates().stream().map(t -> t.file() + " as " + t.stackName()).toList().toString());
    settings.put("terraform", r.terraform().toString());
    settings.put("outputDirectory", r.outputDirectory().toString());
    settings.put("formats", new TreeSet<>(r.formats()).toString());
    settings.put("templateDirectory", path(r.templateDirectory()));
    settings.put("failOn", r.failOn().name());
    settings.put("projectName", r.projectName());
    settings.put("validationSeverity", r.validationSeverity().name());
    settings.put("cdkOutDirectory", path(r.cdkOutDirectory()));
    settings.put("showCdkInternals", Boolean.toString(r.showCdkInternals()));
    settings.put("deployedDirectory", path(r.deployedDirectory()));
    settings.put("runbookDirectory", path(r.runbookDirectory()));
    settings.put("annotationsFile", path(r.annotationsFile()));
    settings.put("annotationTagKeys", new TreeMap<>(r.annotationTagKeys().tagToField()).toString());
    settings.put("siteRunbookDirectory", path(r.siteRunbookDirectory()));
    settings.put("changelog", path(r.changelog()));
    settings.put("antoraComponent", r.antoraComponent().name() + " " + r.antoraComponent().title() + " "
        + r.antoraComponent().version());
    settings.put("diagramLevel", r.diagramLevel().name());
    settings.put("environments", r.environments().stream().map(e -> e.name() + " " + path(e.parameters()) + " "
        + e.region().orElse("") + " " + e.accountId().orElse("") + " " + path(e.deployedDirectory()) + " "
        + e.stackNames()).toList().toString());
    settings.put("environment", r.selectedEnvironment());
    settings.put("limits", r.limits().canonical());
    settings.put("injectFiles", r.injectFiles().toString());
    settings.put("readinessFailOn", r.readinessFailOn().name());
    StringBuilder sb = new StringBuilder();
    settings.forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString();
  }

  /** The names the key covers (for the completeness test). */
  static Set<String> covered(DocsRequest r) {
    Set<String> names = new TreeSet<>();
    for (String line : of(r).split("\n")) {
      names.add(line.substring(0, line.indexOf('=')));
    }
    return names;
  }

  private static String path(Optional<java.nio.file.Path> p) {
    return p.map(java.nio.file.Path::toString).orElse("");
  }
}
