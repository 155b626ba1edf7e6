package io.github.stackdocs.read.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which resource tags fill which annotation fields: {@code owner} (the tag {@code owner}, any case, fills
 * {@code owner}) or {@code field=TagKey} ({@code team=CostCenter}).
 */
public record TagKeys(Map<String, String> tagToField) {
  public static final List<String> DEFAULT = List.of("owner", "team");

  public TagKeys {
    tagToField = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tagToField));
  }

  /**
   * Parses the configured entries.
   *
   * @throws IllegalArgumentException for a field that is not a text field of the schema
   */
  public static TagKeys parse(List<String> entries) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String raw : entries == null || entries.isEmpty() ? DEFAULT : entries) {
      String e = raw.strip();
      if (e.isEmpty()) {
        continue;
      }
      int eq = e.indexOf('=');
      String field = (eq < 0 ? e : e.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      String tag = (eq < 0 ? e : e.substring(eq + 1)).strip();
      if (!AnnotationFields.TEXT_KEYS.contains(field) || tag.isEmpty()) {
        throw new IllegalArgumentException("'" + raw + "' is not a valid tag key; expected a field name ("
            + String.join(", ", AnnotationFields.TEXT_KEYS) + ") or field=TagKey");
      }
      map.put(tag.toLowerCase(Locale.ROOT), field);
    }
    return new TagKeys(map);
  }

  /** The field a tag fills, or null. */
  String field(String tagKey) {
    return tagToField.get(tagKey.toLowerCase(Locale.ROOT));
  }
}
