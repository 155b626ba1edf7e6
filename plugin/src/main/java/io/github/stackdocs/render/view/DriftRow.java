package io.github.stackdocs.render.view;

/**
 * A stack in the index's drift summary.
 *
 * @param notDeployed resources in the template but not deployed
 * @param notInTemplate resources deployed but not in the template
 * @param drifted resources modified or deleted outside CloudFormation, or deployed with another type
 */
public record DriftRow(Link link, String status, String lastUpdated, String driftStatus, int notDeployed,
    int notInTemplate, int drifted) {}
