package io.github.stackdocs.render.gameday;

import java.util.List;

/**
 * One AWS FIS experiment template stub for one failure scenario of one runbook: a document to review, never run
 * by stackdocs.
 *
 * @param runbookPath the runbook's path in the runbook folder ({@code api/OrdersApiFunction.adoc})
 * @param scenario the runbook's failure scenario it rehearses, exactly as the runbook names it
 * @param path where it is written in the output folder ({@code gamedays/api/OrdersApiFunction-timeouts.yaml})
 * @param targets the resources it acts on, {@code stack/LogicalId}
 * @param yaml the CloudFormation template holding the {@code AWS::FIS::ExperimentTemplate}
 */
public record GameDay(String runbookPath, String scenario, String path, List<String> targets, String yaml) {
  /** The output folder's sub-folder of the stubs. */
  public static final String FOLDER = "gamedays";

  public GameDay {
    targets = List.copyOf(targets);
  }
}
