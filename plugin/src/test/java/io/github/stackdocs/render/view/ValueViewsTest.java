package io.github.stackdocs.render.view;

import static io.github.stackdocs.render.Fixtures.getAtt;
import static io.github.stackdocs.render.Fixtures.list;
import static io.github.stackdocs.render.Fixtures.map;
import static io.github.stackdocs.render.Fixtures.ref;
import static io.github.stackdocs.render.Fixtures.sub;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Node;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueViewsTest {

  private static PropertyView property(String type, Node.MapNode properties, String name) {
    return KeyProperties.of(type, properties, properties, n -> "").stream().filter(p -> p.name().equals(name))
        .findFirst().orElseThrow();
  }

  /** Every text of a view, depth first. */
  private static String texts(ValueView v) {
    StringBuilder sb = new StringBuilder(v.text()).append('\n');
    v.lines().forEach(l -> sb.append(l).append('\n'));
    v.entries().forEach(e -> sb.append(e.key()).append('\n').append(texts(e.value())));
    v.items().forEach(i -> sb.append(texts(i)));
    if (v.table() != null) {
      sb.append(v.table().caption()).append('\n').append(v.table().columns()).append('\n')
          .append(v.table().rows()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void policyStatementsOneRowEachWithNotElementsConditionsAndConditionalStatements() {
    Node.MapNode props = map("PolicyDocument", map("Version", "2012-10-17", "Statement", list(
        map("Sid", "Read", "Effect", "Allow", "Principal", map("AWS", list("arn:aws:iam::111122223333:root",
            ref("Other")), "Service", "lambda.amazonaws.com"), "Action", list("s3:GetObject", "s3:ListBucket"),
            "Resource", list("arn:aws:s3:::b", "arn:aws:s3:::b/*"),
            "Condition", map("StringEquals", map("aws:SourceAccount", ref("AWS::AccountId"), "aws:SourceVpc", "vpc-1"))),
        map("Fn::If", list("IsProd", map("Effect", "Deny", "Principal", "*", "NotAction", "s3:*", "NotResource",
            "arn:aws:s3:::b"), ref("AWS::NoValue"))))));
    PropertyView p = property("AWS::S3::BucketPolicy", props, "PolicyDocument");
    assertThat(p.value()).isEqualTo("2 statements");
    ValueView.TableView t = p.detail().table();
    assertThat(t.columns()).containsExactly("Sid", "Effect", "Principal", "Action", "Resource", "Condition");
    assertThat(t.rows()).containsExactly(
        List.of(List.of("Read"), List.of("Allow"),
            List.of("AWS: arn:aws:iam::111122223333:root", "AWS: !Ref Other", "Service: lambda.amazonaws.com"),
            List.of("s3:GetObject", "s3:ListBucket"), List.of("arn:aws:s3:::b", "arn:aws:s3:::b/*"),
            List.of("StringEquals aws:SourceAccount: !Ref AWS::AccountId", "StringEquals aws:SourceVpc: vpc-1")),
        List.of(List.of(), List.of("Deny", "if IsProd"), List.of("*"), List.of("not s3:*"),
            List.of("not arn:aws:s3:::b"), List.of()));
  }

  @Test
  void aPolicyOfAnotherShapeIsShownWholeAsNestedLists() {
    Node.MapNode props = map("KeyPolicy", map("Statement", list(map("Effect", "Allow", "Unknown", "x",
        "Action", "kms:*", "Resource", "*", "Principal", map("AWS", getAtt("Role", "Arn"))))));
    PropertyView p = property("AWS::KMS::Key", props, "KeyPolicy");
    assertThat(p.detail().kind()).isEqualTo("map");
    assertThat(texts(p.detail())).contains("Unknown", "kms:*", "!GetAtt Role.Arn");
  }

  @Test
  void securityGroupRulesProtocolPortsAndPeers() {
    Node.MapNode props = map("GroupDescription", "g", "SecurityGroupIngress", list(
        map("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443, "CidrIp", "0.0.0.0/0", "Description", "https"),
        map("IpProtocol", "6", "FromPort", 8000, "ToPort", 8080, "SourceSecurityGroupId", ref("Lb")),
        map("IpProtocol", "icmp", "FromPort", 8, "ToPort", -1, "CidrIpv6", "::/0"),
        map("Fn::If", list("Open", map("IpProtocol", "-1", "SourcePrefixListId", "pl-1"), ref("AWS::NoValue")))),
        "SecurityGroupEgress", list(map("IpProtocol", "udp", "FromPort", 53, "ToPort", 53, "CidrIp", "10.0.0.2/32")));
    PropertyView in = property("AWS::EC2::SecurityGroup", props, "SecurityGroupIngress");
    assertThat(in.value()).isEqualTo("4 rules");
    assertThat(in.detail().table().columns()).containsExactly("Direction", "Protocol", "Ports", "Peer", "Description");
    assertThat(in.detail().table().rows()).containsExactly(
        List.of(List.of("ingress"), List.of("tcp"), List.of("443"), List.of("0.0.0.0/0"), List.of("https")),
        List.of(List.of("ingress"), List.of("tcp"), List.of("8000-8080"), List.of("security group !Ref Lb"), List.of()),
        List.of(List.of("ingress"), List.of("icmp"), List.of("type 8"), List.of("::/0"), List.of()),
        List.of(List.of("ingress", "if Open"), List.of("all"), List.of("all"), List.of("prefix list pl-1"), List.of()));
    PropertyView out = property("AWS::EC2::SecurityGroup", props, "SecurityGroupEgress");
    assertThat(out.value()).isEqualTo("1 rule");
    assertThat(out.detail().table().rows().get(0)).containsExactly(List.of("egress"), List.of("udp"), List.of("53"),
        List.of("10.0.0.2/32"), List.of());
  }

  @Test
  void aSecurityGroupIngressResourceHasItsRuleWithTheGroup() {
    Node.MapNode props = map("GroupId", ref("Sg"), "IpProtocol", "tcp", "FromPort", 22, "ToPort", 22,
        "CidrIp", "0.0.0.0/0");
    ValueView.TableView rule = SecurityGroupRules.ofResource("AWS::EC2::SecurityGroupIngress", props).orElseThrow();
    assertThat(rule.rows()).containsExactly(List.of(List.of("ingress"), List.of("!Ref Sg"), List.of("tcp"),
        List.of("22"), List.of("0.0.0.0/0"), List.of()));
    assertThat(SecurityGroupRules.ofResource("AWS::EC2::SecurityGroup", props)).isEmpty();
  }

  @Test
  void containerDefinitionsShowEnvironmentNamesAndSecretReferencesNeverValues() {
    Node.MapNode props = map("ContainerDefinitions", list(map(
        "Name", "web", "Image", sub("${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1"),
        "PortMappings", list(map("ContainerPort", 8080, "Protocol", "tcp"), map("ContainerPort", 9090,
            "HostPort", 9091)),
        "Environment", list(map("Name", "DB_PASSWORD", "Value", "hunter2-literal"), map("Name", "TABLE",
            "Value", ref("Table")), map("Fn::If", list("Debug", map("Name", "DEBUG", "Value", "verbose-secret"),
            ref("AWS::NoValue")))),
        "Secrets", list(map("Name", "API_KEY", "ValueFrom", ref("ApiKeySecret"))),
        "LogConfiguration", map("LogDriver", "awslogs", "Options", map("awslogs-group", ref("Logs"))),
        "Cpu", 256, "Essential", true)));
    PropertyView p = property("AWS::ECS::TaskDefinition", props, "ContainerDefinitions");
    assertThat(p.value()).isEqualTo("1 container");
    ValueView.TableView t = p.detail().entries().get(0).value().table();
    assertThat(t.rows()).containsExactly(List.of(List.of("web"),
        List.of("!Sub \"${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/web:1\""),
        List.of("8080/tcp", "9090, HostPort: 9091"), List.of("DB_PASSWORD", "TABLE", "DEBUG (if Debug)"),
        List.of("API_KEY: !Ref ApiKeySecret"), List.of("awslogs", "awslogs-group: !Ref Logs")));
    assertThat(p.detail().entries().get(1).key()).isEqualTo("Other settings of web");
    assertThat(texts(p.detail())).contains("Cpu", "256", "Essential")
        .doesNotContain("hunter2-literal", "verbose-secret", "!Ref Table");
  }

  @Test
  void aFunctionsEnvironmentShowsVariableNamesOnly() {
    Node.MapNode props = map("Runtime", "python3.12", "Environment", map("Variables", map("TABLE", ref("T"),
        "TOKEN", "literal-token-value")));
    for (String type : List.of("AWS::Lambda::Function", "AWS::Serverless::Function")) {
      PropertyView p = property(type, props, "Environment");
      assertThat(p.value()).isEqualTo("2 variables, names only");
      assertThat(p.detail().items()).extracting(ValueView::text).containsExactly("TABLE", "TOKEN");
      assertThat(p.written()).isEmpty();
    }
    // another type's Environment is not a function's
    assertThat(property("AWS::CodeBuild::Project", props, "Environment").value()).contains("literal-token-value");
  }

  @Test
  void deepAndLongValuesAreWholeNeverElided() {
    String longText = "x".repeat(300);
    Node deep = map("L1", map("L2", map("L3", map("L4", map("L5", map("L6", map("L7", longText, "Other",
        "y".repeat(70))))))));
    PropertyView p = property("AWS::Some::Thing", map("Deep", deep, "Long", longText), "Deep");
    String all = texts(p.detail());
    assertThat(all).contains(longText, "y".repeat(70)).doesNotContain("…");
    assertThat(property("AWS::Some::Thing", map("Long", longText), "Long").value()).isEqualTo(longText);
  }

  @Test
  void multiLineTextsAndConditionalValuesKeepTheirShape() {
    Node userData = map("Fn::Base64", sub("#!/bin/bash\n  echo ${AWS::Region}\n\nexit 0\n"));
    Node.MapNode props = map("UserData", userData, "Settings", map("Fn::If", list("IsProd",
        map("Size", "large-instance-for-production", "Count", 10), map("Size", "small", "Count", 1))));
    PropertyView u = property("AWS::EC2::Instance", props, "UserData");
    assertThat(u.value()).isEqualTo("!Base64 !Sub, 4 lines");
    assertThat(u.detail().lines()).containsExactly("#!/bin/bash", "  echo ${AWS::Region}", "", "exit 0");
    PropertyView s = property("AWS::EC2::Instance", props, "Settings");
    assertThat(s.detail().entries()).extracting(ValueView.Entry::key).containsExactly("if IsProd", "unless IsProd");
  }

  @Test
  void aLargeDetailIsCollapsedASmallOneIsNot() {
    Node big = list(java.util.stream.IntStream.range(0, 30).mapToObj(i -> (Object) ("item-number-" + i
        + "-with-enough-text-to-wrap-it-somewhere")).toArray());
    assertThat(property("AWS::Some::Thing", map("Big", big), "Big").collapsed()).isTrue();
    Node small = list("first-item-with-some-text-in-it", "second-item-with-some-text-in-it");
    PropertyView p = property("AWS::Some::Thing", map("Small", small), "Small");
    assertThat(p.detail()).isNotNull();
    assertThat(p.collapsed()).isFalse();
  }

  @Test
  void environmentsAreComparedByVariableNamesNotValues() {
    Node env = map("Variables", map("A", "value-one-secret", "B", ref("X")));
    assertThat(ValueViews.comparable("AWS::Lambda::Function", "Environment", env)).isEqualTo("A, B");
    assertThat(ValueViews.comparable("AWS::SNS::Topic", "TopicName", map("Ref", "N"))).isEqualTo("!Ref N");
  }
}
