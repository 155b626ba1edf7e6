package io.github.stackdocs.analyze.sam;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a SAM resource's {@code Events}.
 *
 * @param name the event's logical name
 * @param type the event source type, e.g. {@code Api}, {@code SQS}, {@code Schedule}
 * @param properties key properties as display text, in a fixed order per type
 */
public record SamEvent(String name, String type, Map<String, String> properties) {
  public SamEvent {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
