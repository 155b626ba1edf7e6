package io.github.stackdocs.analyze.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.catalog.ResourceCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change that widens the access or exposure views is a SECURITY risk with before → after. */
class SecurityWideningTest {
  private final ProjectDiff differ = new ProjectDiff(ResourceCatalog.bundled());

  private List<Risk> risks(String before, String after) {
    return differ.diff(ProjectDiffTest.project("app", before), ProjectDiffTest.project("app", after)).risks();
  }

  @Test
  void aLoadBalancerMadeInternetFacingIsAnExposureRisk() {
    String a = """
        Resources:
          Alb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Scheme: internal, Subnets: [a]}}
        """;
    List<Risk> risks = risks(a, a.replace("Scheme: internal", "Scheme: internet-facing"));
    assertThat(risks).containsExactly(new Risk(RiskKind.SECURITY, "app", "Alb",
        "now reachable from the internet: internet-facing load balancer, application load balancer, Scheme"
            + " internet-facing", "exposure", "not exposed",
        "internet-facing load balancer: application load balancer, Scheme internet-facing"));
  }

  @Test
  void aMethodWhoseAuthorizationIsDroppedShowsBeforeAndAfter() {
    String a = """
        Resources:
          Api: {Type: AWS::ApiGateway::RestApi, Properties: {Name: a}}
          Get: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET, AuthorizationType: AWS_IAM}}
          Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: mysql, DBInstanceClass: db.t3.micro, PubliclyAccessible: false}}
        """;
    String b = a.replace("AuthorizationType: AWS_IAM", "AuthorizationType: NONE")
        .replace("PubliclyAccessible: false", "PubliclyAccessible: true");
    assertThat(risks(a, b)).extracting(r -> r.logicalId() + " " + r.view() + ": " + r.before() + " → " + r.after())
        .containsExactly(
            "Db exposure: not exposed → publicly accessible database: PubliclyAccessible true, engine mysql",
            "Get exposure: not exposed → API without authorization: GET / on Api (AuthorizationType NONE)");
  }

  @Test
  void aBucketPolicyOpenedToAnyoneAndACrossAccountTrustAreAccessRisks() {
    String a = """
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
          Policy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Bucket
              PolicyDocument:
                Statement: [{Effect: Allow, Principal: {Service: cloudfront.amazonaws.com}, Action: s3:GetObject, Resource: !Sub '${Bucket.Arn}/*'}]
        """;
    List<Risk> risks = risks(a, a.replace("{Service: cloudfront.amazonaws.com}", "'*'"));
    // the IAM rule check reports the new statement; the views add before → after to it, and the exposure its own risk
    assertThat(risks).extracting(r -> r.view() + " " + r.reason()).containsExactly(
        "access new IAM statement allows s3:GetObject to new principal *",
        "exposure now reachable from the internet: resource policy allowing anyone, anyone may s3:GetObject on"
            + " !Sub '${Bucket.Arn}/*' (bucket policy, no condition)");
    assertThat(risks.get(0).before()).isEqualTo("no flagged grant");
    assertThat(risks.get(0).after()).isEqualTo("* → s3:GetObject → !Sub '${Bucket.Arn}/*' (anyone)");
  }

  @Test
  void securityGroupRulesKeepTheirRiskAndGainBeforeAndAfter() {
    String a = """
        Resources:
          G:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: g
              SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]
              SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/8}]
        """;
    List<Risk> risks = risks(a, a.replace("FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0",
        "FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0"));
    assertThat(risks).hasSize(1);
    assertThat(risks.get(0).reason()).isEqualTo("ingress tcp 22 opened to 0.0.0.0/0");
    assertThat(risks.get(0).before()).isEqualTo("tcp 443 from 0.0.0.0/0");
    assertThat(risks.get(0).after()).isEqualTo("security group ingress from the internet: tcp 22 from 0.0.0.0/0");
  }

  @Test
  void narrowingOrUnchangedViewsAreNoRisk() {
    String a = """
        Resources:
          Alb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [a]}}
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess]
        """;
    assertThat(risks(a, a.replace("Subnets: [a]", "Subnets: [a, b]"))).isEmpty();
    assertThat(risks(a, a.replace("{Subnets: [a]}", "{Subnets: [a], Scheme: internal}"))).isEmpty();
    // the managed policy's own rule check reports it; the access view adds nothing, as the new grant is not flagged
    assertThat(risks(a, a.replace("AdministratorAccess", "ReadOnlyAccess"))).extracting(Risk::view).containsExactly("");
  }
}
