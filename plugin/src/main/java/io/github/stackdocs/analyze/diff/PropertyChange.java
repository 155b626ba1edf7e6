package io.github.stackdocs.analyze.diff;

import java.util.Optional;

/**
 * One changed value inside a resource.
 *
 * @param path where, from the resource: {@code Properties.TableName}, {@code Properties.Tags[0].Value},
 *     {@code DeletionPolicy}, {@code Metadata.aws:cdk:path}
 * @param oldValue the baseline value as compact JSON text (strings without quotes), empty when added
 * @param newValue the current value, empty when removed
 * @param impact what this change alone does (from the catalog's replacement of its top-level property)
 * @param suppressed true for CDK noise (asset hashes, {@code aws:cdk:path}/{@code aws:asset:*} metadata)
 * @param cause empty for a change written in the template; else the logical id of a replaced resource this
 *     property references (Ref, GetAtt, Sub): the template text is the same, the value it resolves to is new
 */
public record PropertyChange(
    String path, Optional<String> oldValue, Optional<String> newValue, Impact impact, boolean suppressed,
    String cause) {

  public PropertyChange(String path, Optional<String> oldValue, Optional<String> newValue, Impact impact,
      boolean suppressed) {
    this(path, oldValue, newValue, impact, suppressed, "");
  }

  /** True when the change comes from a replaced resource this property references. */
  public boolean caused() {
    return !cause.isEmpty();
  }
}
