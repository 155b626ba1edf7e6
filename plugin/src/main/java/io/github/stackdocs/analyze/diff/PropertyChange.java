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
 */
public record PropertyChange(
    String path, Optional<String> oldValue, Optional<String> newValue, Impact impact, boolean suppressed) {}
