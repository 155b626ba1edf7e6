package io.github.stackdocs.analyze.diff;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the CDK changes on every synthesis without changing the system: asset hashes, the {@code CDKMetadata}
 * resource, {@code aws:cdk:path} and {@code aws:asset:*} metadata, and the {@code BootstrapVersion}
 * parameter and {@code CheckBootstrapVersion} rule. Hidden by default, counted as "suppressed".
 */
final class Noise {
  /** SHA-256 hex, as CDK asset hashes (also inside S3 keys, image tags and asset parameter names). */
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
  /** Old-style CDK asset parameters: {@code AssetParameters<hash>S3Bucket<suffix>} and friends. */
  private static final Pattern ASSET_PARAMETER = Pattern.compile("AssetParameters[0-9a-f]{64}.*");

  private Noise() {}

  static boolean resourceType(String type) {
    return type.equals("AWS::CDK::Metadata");
  }

  static boolean parameter(String name) {
    return bootstrapParameter(name) || ASSET_PARAMETER.matcher(name).matches();
  }

  /** The parameter the CDK's bootstrap check reads. */
  static boolean bootstrapParameter(String name) {
    return name.equals("BootstrapVersion");
  }

  static boolean rule(String name) {
    return name.equals("CheckBootstrapVersion");
  }

  /** A change of a metadata entry the CDK writes for its own bookkeeping. */
  static boolean metadataPath(String path) {
    return path.startsWith("Metadata.aws:cdk:path") || path.startsWith("Metadata.aws:asset:");
  }

  /** Both values present and equal once every asset hash (and asset parameter name) is blanked out. */
  static boolean assetHashOnly(Optional<String> oldValue, Optional<String> newValue) {
    if (oldValue.isEmpty() || newValue.isEmpty()) {
      return false;
    }
    String a = oldValue.get();
    String b = newValue.get();
    if (!HASH.matcher(a).find() && !HASH.matcher(b).find()) {
      return false;
    }
    return blank(a).equals(blank(b));
  }

  private static String blank(String s) {
    return HASH.matcher(s).replaceAll("#");
  }
}
