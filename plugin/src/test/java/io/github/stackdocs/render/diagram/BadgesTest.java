package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A badge names the service a type belongs to; a SAM type the service it becomes. */
class BadgesTest {
  @Test
  void samTypesStandForTheServiceTheyBecome() {
    assertThat(Badges.service("AWS::Serverless::Function")).isEqualTo("Lambda");
    assertThat(Badges.service("AWS::Serverless::CapacityProvider")).isEqualTo("Lambda");
    assertThat(Badges.service("AWS::Serverless::WebSocketApi")).isEqualTo("ApiGatewayV2");
    assertThat(Badges.display(Badges.service("AWS::Serverless::WebSocketApi"))).isEqualTo("API Gateway v2");
    assertThat(Badges.service("AWS::Serverless::GraphQLApi")).isEqualTo("AppSync");
  }

  @Test
  void otherTypesNameTheirOwnService() {
    assertThat(Badges.service("AWS::EC2::RouteTable")).isEqualTo("EC2");
    assertThat(Badges.display("ElasticLoadBalancingV2")).isEqualTo("ELB");
    assertThat(Badges.typeName("Custom::Seed")).isEqualTo("Seed");
  }

  @Test
  void aWebSocketApiIsAnEntryPointAndARouteTableSitsAtTheVpcsEdge() {
    assertThat(Tier.of("AWS::Serverless::WebSocketApi")).isEqualTo(Tier.ENTRY);
    assertThat(Tier.of("AWS::EC2::RouteTable")).isEqualTo(Tier.ROUTING);
    assertThat(Tier.of("AWS::EC2::InternetGateway")).isEqualTo(Tier.GATEWAY);
    assertThat(Tier.of("AWS::EC2::NatGateway")).isEqualTo(Tier.FREE); // it belongs in its subnet
    assertThat(Tier.GATEWAY.edge()).isGreaterThan(Tier.ROUTING.edge());
    assertThat(Tier.ROUTING.edge()).isGreaterThan(Tier.FREE.edge());
  }
}
