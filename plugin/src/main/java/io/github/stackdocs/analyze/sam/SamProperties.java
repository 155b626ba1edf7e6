package io.github.stackdocs.analyze.sam;

import java.util.Map;
import java.util.Optional;

/**
 * Where the SAM transform puts a SAM resource's property: the generated resource's type and property
 * ({@code AWS::Serverless::Function} {@code CodeUri} → {@code AWS::Lambda::Function} {@code Code}), so that what
 * changing it does is that property's rule. Properties the transform spreads over several generated resources
 * (events, policies, aliases ...) have no single target.
 */
public final class SamProperties {
  /** A property of a generated resource. */
  public record Target(String type, String property) {}

  private static final Map<String, Map<String, Target>> TARGETS = Map.of(
      SamTranslator.FUNCTION, targets("AWS::Lambda::Function", "Architectures", "CodeSigningConfigArn",
          "Description", "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "Handler",
          "ImageConfig", "KmsKeyArn", "Layers", "LoggingConfig", "MemorySize", "PackageType", "RecursiveLoop",
          "ReservedConcurrentExecutions", "Role", "Runtime", "RuntimeManagementConfig", "SnapStart", "Tags", "Timeout",
          "VpcConfig", "CodeUri=Code", "InlineCode=Code", "ImageUri=Code", "DeadLetterQueue=DeadLetterConfig",
          "Tracing=TracingConfig"),
      SamTranslator.SIMPLE_TABLE, targets("AWS::DynamoDB::Table", "PrimaryKey=KeySchema", "TableName",
          "ProvisionedThroughput", "SSESpecification", "Tags"),
      SamTranslator.API, targets("AWS::ApiGateway::RestApi", "Name", "Description", "BinaryMediaTypes",
          "MinimumCompressionSize", "EndpointConfiguration", "DisableExecuteApiEndpoint", "DefinitionBody=Body",
          "DefinitionUri=BodyS3Location", "StageName=AWS::ApiGateway::Stage.StageName"),
      SamTranslator.HTTP_API, targets("AWS::ApiGatewayV2::Api", "Description", "DisableExecuteApiEndpoint",
          "DefinitionBody=Body", "DefinitionUri=BodyS3Location", "StageName=AWS::ApiGatewayV2::Stage.StageName"),
      SamTranslator.STATE_MACHINE, targets("AWS::StepFunctions::StateMachine", "Definition", "Tags",
          "Name=StateMachineName", "Type=StateMachineType", "DefinitionUri=DefinitionS3Location", "Role=RoleArn",
          "Logging=LoggingConfiguration", "Tracing=TracingConfiguration"),
      SamTranslator.LAYER_VERSION, targets("AWS::Lambda::LayerVersion", "LayerName", "Description",
          "CompatibleRuntimes", "CompatibleArchitectures", "LicenseInfo", "ContentUri=Content"),
      SamTranslator.APPLICATION, targets("AWS::CloudFormation::Stack", "Parameters", "NotificationARNs", "Tags",
          "TimeoutInMinutes", "Location=TemplateURL"));

  private SamProperties() {}

  /** The generated resource's property a SAM property becomes, when there is one. */
  public static Optional<Target> target(String samType, String property) {
    return Optional.ofNullable(TARGETS.getOrDefault(samType, Map.of()).get(property));
  }

  /** {@code Name} (same name), {@code Sam=Cfn}, or {@code Sam=Type.Cfn} for another generated resource. */
  private static Map<String, Target> targets(String type, String... specs) {
    Map<String, Target> out = new java.util.HashMap<>();
    for (String spec : specs) {
      String[] parts = spec.split("=", 2);
      String to = parts.length == 2 ? parts[1] : parts[0];
      int dot = to.lastIndexOf('.');
      out.put(parts[0], dot < 0 ? new Target(type, to) : new Target(to.substring(0, dot), to.substring(dot + 1)));
    }
    return Map.copyOf(out);
  }
}
