package io.github.stackdocs.analyze.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.security.AccessRow.Flag;
import io.github.stackdocs.analyze.security.Exposure.Kind;
import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecurityAnalyzerTest {

  private static StackSecurity only(Project project) {
    return new SecurityAnalyzer().analyze(project).get(0);
  }

  private static StackSecurity named(Project project, String stack) {
    return new SecurityAnalyzer().analyze(project).stream().filter(s -> s.stack().equals(stack)).findFirst().orElseThrow();
  }

  private static StackSecurity of(String yaml) {
    return only(Stacks.project("app", yaml));
  }

  /** The stack bound to an environment of account 123456789012 (values as written). */
  private static Project inAccount(String yaml) {
    Stack s = Stacks.read("app", yaml);
    Binding b = new Binding(new Environment("prod", Optional.of("eu-west-1"), Optional.of("123456789012")), List.of(),
        Map.of(), List.of(), Binding.Counts.NONE, s);
    return new Project("test", List.of(s.bound(s.conditions(), s.resources(), s.outputs(), s.references(), b)));
  }

  private static List<String> exposures(StackSecurity s, Kind kind) {
    return s.exposure().stream().filter(e -> e.kind() == kind).map(e -> e.resource() + ": " + e.detail()).toList();
  }

  // ---- access -----------------------------------------------------------------------------------

  @Test
  void inlinePoliciesResolveResourcesByRefGetAttSubJoinAndPhysicalName() {
    StackSecurity s = of("""
        Resources:
          Table: {Type: AWS::DynamoDB::Table, Properties: {TableName: orders}}
          Bucket: {Type: AWS::S3::Bucket}
          Queue: {Type: AWS::SQS::Queue}
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
              Policies:
                - PolicyName: data
                  PolicyDocument:
                    Statement:
                      - {Effect: Allow, Action: [dynamodb:GetItem], Resource: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders'}
                      - {Effect: Allow, Action: s3:GetObject, Resource: !Sub '${Bucket.Arn}/*'}
                      - {Effect: Allow, Action: sqs:SendMessage, Resource: !GetAtt Queue.Arn}
                      - {Effect: Allow, Action: s3:ListBucket, Resource: !Join ['', ['arn:aws:s3:::', !Ref Bucket]]}
        """);
    assertThat(s.access()).extracting(AccessRow::source).containsExactly("trust policy", "inline policy data",
        "inline policy data", "inline policy data", "inline policy data");
    AccessRow trust = s.access().get(0);
    assertThat(trust.principals()).extracting(Target::text).containsExactly("lambda.amazonaws.com");
    assertThat(trust.resources()).extracting(Target::logicalId).containsExactly("Role");
    assertThat(s.access().subList(1, 5)).allSatisfy(a -> {
      assertThat(a.principals()).extracting(Target::logicalId).containsExactly("Role");
      assertThat(a.flags()).isEmpty();
    });
    assertThat(s.access().subList(1, 5)).extracting(a -> a.resources().get(0).logicalId())
        .containsExactly("Table", "Bucket", "Queue", "Bucket");
    assertThat(s.access().get(2).resources().get(0).text()).isEqualTo("!Sub '${Bucket.Arn}/*'");
    assertThat(s.flagged()).isEmpty();
  }

  @Test
  void wildcardActionsAndResourcesAreFlagged() {
    StackSecurity s = of("""
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument: {Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: sts:AssumeRole}]}
              ManagedPolicyArns: [arn:aws:iam::aws:policy/AdministratorAccess, arn:aws:iam::aws:policy/ReadOnlyAccess]
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Roles: [!Ref Role]
              PolicyDocument:
                Statement:
                  - {Effect: Allow, Action: 's3:*', Resource: '*'}
                  - {Effect: Allow, Action: '*', Resource: 'arn:aws:s3:::x'}
                  - {Effect: Allow, NotAction: iam:*, Resource: 'arn:aws:s3:::x'}
                  - {Effect: Deny, Action: '*', Resource: '*'}
        """);
    assertThat(s.access()).extracting(a -> a.source() + " " + a.flags()).containsExactly(
        "trust policy []",
        "managed policy arn:aws:iam::aws:policy/AdministratorAccess [WILDCARD_ACTION, WILDCARD_RESOURCE]",
        "managed policy arn:aws:iam::aws:policy/ReadOnlyAccess []",
        "policy [WILDCARD_ACTION, WILDCARD_RESOURCE]",
        "policy [WILDCARD_ACTION]",
        "policy [WILDCARD_ACTION]",
        "policy []");
    assertThat(s.access().get(3).principals()).extracting(Target::logicalId).containsExactly("Role");
    assertThat(s.access().get(5).notAction()).isTrue();
    assertThat(s.flagged()).hasSize(4);
  }

  @Test
  void foreignAccountsAndAnyoneAreFlaggedAgainstTheEnvironmentsAccount() {
    Project p = inAccount("""
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - {Effect: Allow, Principal: {AWS: 'arn:aws:iam::123456789012:root'}, Action: sts:AssumeRole}
                  - {Effect: Allow, Principal: {AWS: ['arn:aws:iam::999999999999:role/ci', '111111111111']}, Action: sts:AssumeRole}
          Bucket: {Type: AWS::S3::Bucket}
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: !Ref Bucket
              PolicyDocument:
                Statement:
                  - {Effect: Allow, Principal: '*', Action: s3:GetObject, Resource: !Sub '${Bucket.Arn}/*'}
                  - {Effect: Allow, Principal: {AWS: '*'}, Action: s3:PutObject, Resource: !Sub '${Bucket.Arn}/*',
                     Condition: {StringEquals: {'aws:PrincipalOrgID': o-1}}}
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy: {Statement: [{Effect: Allow, Principal: {AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root'}, Action: 'kms:*', Resource: '*'}]}
          Permission:
            Type: AWS::Lambda::Permission
            Properties: {Action: lambda:InvokeFunction, FunctionName: !Ref Fn, Principal: '444444444444'}
          Fn: {Type: AWS::Lambda::Function, Properties: {Runtime: python3.12, Handler: a.b, Role: !GetAtt Role.Arn, Code: {ZipFile: x}}}
        """);
    StackSecurity s = only(p);
    assertThat(s.access()).extracting(a -> a.source() + " " + a.flags()).containsExactly(
        "trust policy []",
        "trust policy [CROSS_ACCOUNT]",
        "bucket policy [PUBLIC]",
        "bucket policy [PUBLIC]",
        "key policy [WILDCARD_ACTION]",
        "Lambda permission [CROSS_ACCOUNT]");
    assertThat(s.access().get(1).notes()).containsExactly(
        "account 999999999999 is not the account of environment prod (123456789012)",
        "account 111111111111 is not the account of environment prod (123456789012)");
    assertThat(s.access().get(2).resources()).extracting(Target::logicalId).containsExactly("Bucket");
    assertThat(s.access().get(3).conditional()).isTrue();
    // a key policy's "*" resource is the key itself, not every resource
    assertThat(s.access().get(4).resources()).extracting(Target::logicalId).containsExactly("Key");
    assertThat(s.access().get(5).resources()).extracting(Target::logicalId).containsExactly("Fn");
    // only the unconditional public grant makes the bucket reachable from the internet
    assertThat(exposures(s, Kind.PUBLIC_POLICY)).containsExactly(
        "BucketPolicy: anyone may s3:GetObject on !Sub '${Bucket.Arn}/*' (bucket policy, no condition)");
  }

  @Test
  void withoutAnAccountToCompareALiteralAccountIsStillCalledOut() {
    StackSecurity s = of("""
        Resources:
          Topic: {Type: AWS::SNS::Topic}
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [!Ref Topic]
              PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: 'arn:aws:iam::999999999999:root'}, Action: sns:Publish, Resource: !Ref Topic}]}
        """);
    assertThat(s.access().get(0).flags()).containsExactly(Flag.CROSS_ACCOUNT);
    assertThat(s.access().get(0).notes().get(0)).contains("has no accountId to compare it with");
    assertThat(s.access().get(0).resources()).extracting(Target::logicalId).containsExactly("Topic");
  }

  @Test
  void samPoliciesAndAnImportedResourceResolveAcrossStacks() {
    Project p = Stacks.project("data", """
        Resources:
          Table: {Type: AWS::DynamoDB::Table}
        Outputs:
          TableArn: {Value: !GetAtt Table.Arn, Export: {Name: data-TableArn}}
        """, "api", """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              CodeUri: .
              Policies:
                - AWSLambdaBasicExecutionRole
                - DynamoDBReadPolicy: {TableName: !ImportValue data-TableArn}
                - Statement: [{Effect: Allow, Action: dynamodb:PutItem, Resource: !ImportValue data-TableArn}]
        """);
    StackSecurity s = named(p, "api");
    assertThat(s.access()).extracting(AccessRow::source).containsExactly(
        "managed policy arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole", "SAM policy template DynamoDBReadPolicy",
        "SAM policy");
    assertThat(s.access().get(1).resources()).extracting(t -> t.stack() + "/" + t.logicalId()).containsExactly("data/Table");
    assertThat(s.access().get(2).resources()).extracting(t -> t.stack() + "/" + t.logicalId()).containsExactly("data/Table");
  }

  // ---- exposure ---------------------------------------------------------------------------------

  @Test
  void securityGroupsOpenToTheInternetInBothDirections() {
    StackSecurity s = of("""
        Resources:
          Web:
            Type: AWS::EC2::SecurityGroup
            Properties:
              GroupDescription: web
              SecurityGroupIngress:
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIpv6: '::/0'}
                - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}
              SecurityGroupEgress:
                - {IpProtocol: tcp, FromPort: 1024, ToPort: 65535, CidrIp: 0.0.0.0/0}
          Quiet:
            Type: AWS::EC2::SecurityGroup
            Properties: {GroupDescription: quiet}
          Closed:
            Type: AWS::EC2::SecurityGroup
            Properties: {GroupDescription: closed}
          ClosedEgress:
            Type: AWS::EC2::SecurityGroupEgress
            Properties: {GroupId: !Ref Closed, IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationSecurityGroupId: !Ref Web}
          Ssh:
            Type: AWS::EC2::SecurityGroupIngress
            Properties: {GroupId: !Ref Quiet, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
        """);
    assertThat(exposures(s, Kind.INGRESS)).containsExactly("Ssh: tcp 22 from 0.0.0.0/0 (group Quiet)",
        "Web: tcp 443 from 0.0.0.0/0", "Web: tcp 443 from ::/0");
    assertThat(exposures(s, Kind.EGRESS)).containsExactly(
        "Quiet: all traffic to 0.0.0.0/0 (EC2's default egress rule: the group declares none)",
        "Web: tcp 1024-65535 to 0.0.0.0/0");
  }

  @Test
  void loadBalancersAreInternetFacingUnlessInternal() {
    StackSecurity s = of("""
        Resources:
          Alb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Subnets: [a, b]}}
          Https:
            Type: AWS::ElasticLoadBalancingV2::Listener
            Properties: {LoadBalancerArn: !Ref Alb, Port: 443, Protocol: HTTPS, DefaultActions: []}
          Internal: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Scheme: internal}}
          Nlb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Type: network, Scheme: internet-facing}}
          Gwlb: {Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {Type: gateway}}
          Classic:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties: {Listeners: [{LoadBalancerPort: '80', InstancePort: '80', Protocol: HTTP}]}
        """);
    assertThat(exposures(s, Kind.LOAD_BALANCER)).containsExactly(
        "Alb: application load balancer, Scheme internet-facing by default, listeners HTTPS 443",
        "Classic: classic load balancer, Scheme internet-facing by default, listeners HTTP 80",
        "Nlb: network load balancer, Scheme internet-facing");
  }

  @Test
  void publicSubnetsByMapPublicIpOrRouteToAnInternetGatewayWithWhatRunsInThem() {
    Project p = Stacks.project("vpc", """
        Resources:
          Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
          Igw: {Type: AWS::EC2::InternetGateway}
          PublicTable: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
          Default:
            Type: AWS::EC2::Route
            Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
          Routed: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24}}
          RoutedAssociation:
            Type: AWS::EC2::SubnetRouteTableAssociation
            Properties: {SubnetId: !Ref Routed, RouteTableId: !Ref PublicTable}
          Mapped: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, MapPublicIpOnLaunch: true}}
          Private: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24}}
          Bastion: {Type: AWS::EC2::Instance, Properties: {ImageId: ami-1, SubnetId: !Ref Mapped}}
        Outputs:
          Subnets: {Value: !Join [',', [!Ref Routed, !Ref Mapped]], Export: {Name: vpc-Subnets}}
        """, "app", """
        Resources:
          Group:
            Type: AWS::AutoScaling::AutoScalingGroup
            Properties: {MinSize: '1', MaxSize: '1', VPCZoneIdentifier: !Split [',', !ImportValue vpc-Subnets]}
        """);
    StackSecurity s = named(p, "vpc");
    assertThat(exposures(s, Kind.PUBLIC_SUBNET)).containsExactly(
        "Mapped: MapPublicIpOnLaunch true; runs Bastion (AWS::EC2::Instance), app / Group (AWS::AutoScaling::AutoScalingGroup)",
        "Routed: route table PublicTable routes to internet gateway Igw; runs app / Group (AWS::AutoScaling::AutoScalingGroup)");
  }

  @Test
  void apisWithoutAuthorizationFunctionUrlsDatabasesAndDistributions() {
    StackSecurity s = of("""
        Transform: AWS::Serverless-2016-10-31
        Globals:
          Api: {Auth: {DefaultAuthorizer: AWS_IAM}}
        Resources:
          Api: {Type: AWS::ApiGateway::RestApi, Properties: {Name: shop}}
          Orders: {Type: AWS::ApiGateway::Resource, Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders}}
          Order: {Type: AWS::ApiGateway::Resource, Properties: {RestApiId: !Ref Api, ParentId: !Ref Orders, PathPart: '{id}'}}
          GetOrder: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, ResourceId: !Ref Order, HttpMethod: GET, AuthorizationType: NONE}}
          PostOrder: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, ResourceId: !Ref Orders, HttpMethod: POST, AuthorizationType: AWS_IAM}}
          Root: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Api, ResourceId: !GetAtt Api.RootResourceId, HttpMethod: GET}}
          Private: {Type: AWS::ApiGateway::RestApi, Properties: {EndpointConfiguration: {Types: [PRIVATE]}}}
          Hidden: {Type: AWS::ApiGateway::Method, Properties: {RestApiId: !Ref Private, ResourceId: !GetAtt Private.RootResourceId, HttpMethod: GET}}
          Http: {Type: AWS::ApiGatewayV2::Api, Properties: {Name: h, ProtocolType: HTTP}}
          Route: {Type: AWS::ApiGatewayV2::Route, Properties: {ApiId: !Ref Http, RouteKey: 'GET /items'}}
          Secured: {Type: AWS::ApiGatewayV2::Route, Properties: {ApiId: !Ref Http, RouteKey: 'POST /items', AuthorizationType: JWT}}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.b
              CodeUri: .
              FunctionUrlConfig: {AuthType: NONE}
              Events:
                Implicit: {Type: Api, Properties: {Path: /a, Method: get}}
                Open: {Type: Api, Properties: {Path: /b, Method: get, Auth: {Authorizer: NONE}}}
                Http: {Type: HttpApi, Properties: {Path: /c, Method: post}}
          Url: {Type: AWS::Lambda::Url, Properties: {TargetFunctionArn: !GetAtt Fn.Arn, AuthType: NONE}}
          IamUrl: {Type: AWS::Lambda::Url, Properties: {TargetFunctionArn: !GetAtt Fn.Arn, AuthType: AWS_IAM}}
          Db: {Type: AWS::RDS::DBInstance, Properties: {Engine: postgres, PubliclyAccessible: true, DBInstanceClass: db.t3.micro}}
          Inner: {Type: AWS::RDS::DBInstance, Properties: {Engine: postgres, PubliclyAccessible: false, DBInstanceClass: db.t3.micro}}
          Cdn: {Type: AWS::CloudFront::Distribution, Properties: {DistributionConfig: {Enabled: true, Aliases: [shop.example.com]}}}
        """);
    assertThat(exposures(s, Kind.API_WITHOUT_AUTH)).containsExactly(
        "Fn: GET /b (event Open, Api; Auth.Authorizer NONE)",
        "Fn: POST /c (event Http, HttpApi; no authorizer on the event or its API)",
        "GetOrder: GET /orders/{id} on Api (AuthorizationType NONE)",
        "Root: GET / on Api (AuthorizationType NONE by default)",
        "Route: GET /items (AuthorizationType NONE by default)");
    assertThat(exposures(s, Kind.FUNCTION_URL)).containsExactly("Fn: FunctionUrlConfig AuthType NONE",
        "Url: AuthType NONE for function Fn");
    assertThat(exposures(s, Kind.PUBLIC_DATABASE)).containsExactly("Db: PubliclyAccessible true, engine postgres");
    assertThat(exposures(s, Kind.CLOUDFRONT)).containsExactly("Cdn: aliases shop.example.com; no web ACL");
  }
}
