package io.github.stackdocs.read.terraform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Terraform AWS-provider resource types → CloudFormation resource types, and the few attribute names that do not
 * match their CloudFormation property by spelling: the table {@code terraform-aws-types.tsv} that
 * {@code plugin/catalog-tools/update-terraform-types.sh} generates from the npm package {@code @cdktf/provider-aws}
 * (every {@code aws_*} resource type of the provider) joined with the bundled CloudFormation catalog by name, with the
 * hand-written overrides of {@code plugin/catalog-tools/terraform-overrides.tsv}. Loaded once per JVM; immutable.
 */
public final class TypeMapping {
  static final String RESOURCE = "/io/github/stackdocs/catalog/terraform-aws-types.tsv";

  private final Map<String, String> types;
  private final Map<String, Boolean> known;
  private final Map<String, String> properties;

  private TypeMapping(Map<String, String> types, Map<String, Boolean> known, Map<String, String> properties) {
    this.types = Collections.unmodifiableMap(types);
    this.known = Collections.unmodifiableMap(known);
    this.properties = Collections.unmodifiableMap(properties);
  }

  private static final class Holder {
    static final TypeMapping BUNDLED = load();
  }

  /** The table shipped with the plugin. */
  public static TypeMapping bundled() {
    return Holder.BUNDLED;
  }

  /** The CloudFormation type of Terraform type {@code tfType} ({@code aws_lambda_function}), if mapped. */
  public Optional<String> cfnType(String tfType) {
    return Optional.ofNullable(types.get(tfType));
  }

  /** The CloudFormation property an attribute of {@code tfType} maps to when the names differ by more than spelling. */
  public Optional<String> property(String tfType, String attribute) {
    return Optional.ofNullable(properties.get(tfType + "\t" + attribute));
  }

  /** Every resource type of the provider the table lists, mapped or not. */
  public int providerTypes() {
    return known.size();
  }

  /** The provider's resource types that map to a CloudFormation type of the catalog. */
  public int mappedTypes() {
    return (int) known.values().stream().filter(Boolean::booleanValue).count();
  }

  /** Whether the table lists {@code tfType} as a resource type of the AWS provider. */
  public boolean providerType(String tfType) {
    return known.containsKey(tfType);
  }

  private static TypeMapping load() {
    Map<String, String> types = new HashMap<>();
    Map<String, Boolean> known = new TreeMap<>();
    Map<String, String> properties = new HashMap<>();
    try (InputStream in = TypeMapping.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        switch (f[0]) {
          case "type" -> {
            types.put(f[1], f[2]);
            known.put(f[1], true);
          }
          case "unmapped" -> known.put(f[1], false);
          case "property" -> properties.put(f[1] + "\t" + f[2], f[3]);
          default -> { } // a later table's row kind: ignored
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TypeMapping(types, known, properties);
  }
}
