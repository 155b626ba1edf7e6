package io.github.stackdocs.catalog;

import java.util.Objects;

/**
 * One {@code Fn::GetAtt} attribute of a resource type.
 *
 * @param name as {@code GetAtt} takes it, e.g. {@code Arn} or {@code Endpoint.Address}
 * @param type readable type text, as for {@link PropertyInfo#type()}
 */
public record AttributeInfo(String name, String type) {
  public AttributeInfo {
    Objects.requireNonNull(name, "name");
    type = type == null ? "" : type;
  }
}
