package io.github.stackdocs.analyze.sam;

import java.util.List;

/**
 * A SAM resource ({@code AWS::Serverless::*}) with what the transform makes of it.
 *
 * @param logicalId its logical id in the template
 * @param type e.g. {@code AWS::Serverless::Function}
 * @param events its {@code Events}, in source order
 * @param implicit the resources CloudFormation will create for it, the resource itself first
 */
public record SamResource(String logicalId, String type, List<SamEvent> events, List<ImplicitResource> implicit) {
  public SamResource {
    events = List.copyOf(events);
    implicit = List.copyOf(implicit);
  }
}
