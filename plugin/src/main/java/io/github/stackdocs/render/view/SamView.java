package io.github.stackdocs.render.view;

import java.util.List;
import java.util.Map;

/**
 * What a resource page section shows about a SAM resource ({@code AWS::Serverless::*}).
 *
 * @param events its events, in source order
 * @param implicit the resources CloudFormation will create for it (the SAM transform's output), the
 *     resource itself first
 */
public record SamView(List<EventView> events, List<ImplicitView> implicit) {
  public SamView {
    events = List.copyOf(events);
    implicit = List.copyOf(implicit);
  }

  /**
   * One event.
   *
   * @param properties key properties as display text
   */
  public record EventView(String name, String type, Map<String, String> properties) {
    /** The key properties as {@code Key: value} lines. */
    public List<String> lines() {
      return properties.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }
  }

  /**
   * One resource the SAM transform creates.
   *
   * @param logicalId the logical id; {@code <hash>} stands for the 10-character hash the translator appends
   * @param reason why it is created (e.g. the event), or empty
   */
  public record ImplicitView(String logicalId, String type, String reason) {}
}
