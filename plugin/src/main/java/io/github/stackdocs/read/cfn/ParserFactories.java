package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import io.github.stackdocs.read.JsonLimits;
import org.yaml.snakeyaml.LoaderOptions;

/** The shared, thread-safe Jackson factories with the reader's limits; created once. */
final class ParserFactories {
  /** Deepest nesting of mappings and lists accepted. */
  static final int MAX_DEPTH = JsonLimits.MAX_DEPTH;

  /** Largest template accepted (CloudFormation itself takes at most 1 MB from S3). */
  static final int MAX_CODE_POINTS = io.github.stackdocs.read.InputFiles.MAX_BYTES;

  private static final StreamReadConstraints CONSTRAINTS = JsonLimits.CONSTRAINTS;

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(CONSTRAINTS)
          .build();

  private static final YAMLFactory YAML = new CfnYamlFactory(YAMLFactory.builder()
      .loaderOptions(loaderOptions())
      .streamReadConstraints(CONSTRAINTS));

  private ParserFactories() {}

  static JsonParser create(TemplateFormat format, String text) throws IOException {
    return format == TemplateFormat.JSON ? JSON.createParser(text) : YAML.createParser(text);
  }

  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(NodeReader.MAX_COLLECTION_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(true); // reported as findings by NodeReader, with both positions
    return options;
  }
}
