package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import org.junit.jupiter.api.Test;

/** A Fargate service and an Aurora database get their own icon; other services and engines their type's. */
class IconVariantTest {
  private static final Stack STACK = new CfnTemplateReader().read("t.yaml", "t", """
      Resources:
        OnFargate:
          Type: AWS::ECS::Service
          Properties: {LaunchType: FARGATE}
        OnSpot:
          Type: AWS::ECS::Service
          Properties:
            CapacityProviderStrategy: [{CapacityProvider: FARGATE_SPOT, Weight: 1}]
        OnEc2:
          Type: AWS::ECS::Service
          Properties: {LaunchType: EC2}
        Unknown:
          Type: AWS::ECS::Service
          Properties: {LaunchType: !Ref Launch}
        Aurora:
          Type: AWS::RDS::DBCluster
          Properties: {Engine: aurora-postgresql}
        AuroraMember:
          Type: AWS::RDS::DBInstance
          Properties: {Engine: aurora-mysql, DBInstanceClass: db.r6g.large}
        MySql:
          Type: AWS::RDS::DBInstance
          Properties: {Engine: mysql, DBInstanceClass: db.t4g.micro}
      Parameters:
        Launch: {Type: String}
      """).stack().orElseThrow();

  private static String icon(String logicalId) {
    Resource r = STACK.resource(logicalId).orElseThrow();
    return Icons.of(r.type(), r.properties());
  }

  @Test
  void fargateServicesAndAuroraDatabasesGetTheirOwnIcon() {
    assertThat(icon("OnFargate")).isEqualTo("aws-fargate");
    assertThat(icon("OnSpot")).isEqualTo("aws-fargate");
    assertThat(icon("Aurora")).isEqualTo("aws-aurora");
    assertThat(icon("AuroraMember")).isEqualTo("aws-aurora");
    assertThat(Icons.icon("aws-fargate")).isPresent();
    assertThat(Icons.icon("aws-aurora")).isPresent();
  }

  @Test
  void otherwiseTheTypesIcon() {
    assertThat(icon("OnEc2")).isEqualTo("aws-ecs").isEqualTo(Icons.of("AWS::ECS::Service"));
    assertThat(icon("Unknown")).isEqualTo("aws-ecs"); // not known from the template alone
    assertThat(icon("MySql")).isEqualTo("aws-rds");
    assertThat(Icons.of("AWS::ECS::Service", null)).isEqualTo("aws-ecs");
  }
}
