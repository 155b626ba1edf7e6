package io.github.stackdocs.read.deployed;

import io.github.stackdocs.model.Stack;
import java.util.List;

/**
 * Where the deployed state of the project's stacks comes from. Offline, the default: a folder of AWS CLI
 * JSON ({@link SnapshotFolderReader}). A live source (the AWS API) writes that same folder layout, so every
 * build after it reads offline and is reproducible.
 */
public interface DeployedStateSource {

  /**
   * Reads what is deployed for {@code stacks}; never throws for bad input: problems become findings.
   *
   * @param stacks the project's stacks, to match snapshots against (by name or ARN) and to know which
   *     parameters are NoEcho, so their values are masked before they are stored
   */
  DeployedRead read(List<Stack> stacks);
}
