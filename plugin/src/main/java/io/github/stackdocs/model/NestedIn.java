package io.github.stackdocs.model;

/**
 * Where a nested stack's template is used: the parent stack and its {@code AWS::CloudFormation::Stack}
 * resource.
 *
 * @param parentStack the parent stack's name
 * @param logicalId the logical id of the {@code AWS::CloudFormation::Stack} resource in the parent
 * @param templateUrl the {@code TemplateURL} as written (or the CDK asset path)
 */
public record NestedIn(String parentStack, String logicalId, String templateUrl) {}
