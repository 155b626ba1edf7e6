package io.github.stackdocs.read.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.NestedStacks;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerraformReaderTest {
  /** A plan of Terraform 1.5's shape: a counted subnet, a Lambda function in a child module, references. */
  static final String PLAN = """
      {"format_version":"1.2","terraform_version":"1.5.7",
       "variables":{"cidr":{"value":"10.0.0.0/16"}},
       "planned_values":{"outputs":{"vpc_id":{"sensitive":false}},"root_module":{
         "resources":[
          {"address":"aws_vpc.main","mode":"managed","type":"aws_vpc","name":"main",
           "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":1,
           "values":{"cidr_block":"10.0.0.0/16","tags":{"Name":"main"},"id":null},"sensitive_values":{"tags":{}}},
          {"address":"aws_subnet.private[0]","mode":"managed","type":"aws_subnet","name":"private","index":0,
           "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":1,
           "values":{"cidr_block":"10.0.0.0/24"},"sensitive_values":{}},
          {"address":"aws_subnet.private[1]","mode":"managed","type":"aws_subnet","name":"private","index":1,
           "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":1,
           "values":{"cidr_block":"10.0.1.0/24"},"sensitive_values":{}},
          {"address":"data.aws_region.current","mode":"data","type":"aws_region","name":"current",
           "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,"values":{},"sensitive_values":{}}
         ],
         "child_modules":[{"address":"module.fn","resources":[
          {"address":"module.fn.aws_lambda_function.this","mode":"managed","type":"aws_lambda_function","name":"this",
           "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,
           "values":{"function_name":"api","memory_size":256,"vpc_config":[{"subnet_ids":["a","b"]}],
             "environment":[{"variables":{"DB_URL":"postgres://x","MODE":"fast"}}]},
           "sensitive_values":{"environment":[{"variables":{"DB_URL":true}}],"vpc_config":[{"subnet_ids":[false,false]}]}},
          {"address":"module.fn.null_resource.hook","mode":"managed","type":"null_resource","name":"hook",
           "provider_name":"registry.terraform.io/hashicorp/null","schema_version":0,"values":{},"sensitive_values":{}}
         ]}]}},
       "resource_changes":[],
       "configuration":{"root_module":{
         "outputs":{"vpc_id":{"expression":{"references":["aws_vpc.main.id","aws_vpc.main"]},"description":"The VPC"}},
         "resources":[
          {"address":"aws_vpc.main","mode":"managed","type":"aws_vpc","name":"main","provider_config_key":"aws",
           "expressions":{"cidr_block":{"references":["var.cidr"]}},"schema_version":1},
          {"address":"aws_subnet.private","mode":"managed","type":"aws_subnet","name":"private",
           "provider_config_key":"aws","expressions":{"vpc_id":{"references":["aws_vpc.main.id","aws_vpc.main"]},
           "cidr_block":{"references":["count.index"]}},"schema_version":1,"count_expression":{"constant_value":2}}],
         "module_calls":{"fn":{"source":"./modules/fn","expressions":{"subnets":{"references":
           ["aws_subnet.private","local.unused"]}},"module":{
           "resources":[{"address":"aws_lambda_function.this","mode":"managed","type":"aws_lambda_function",
             "name":"this","provider_config_key":"fn:aws","expressions":{"function_name":{"constant_value":"api"},
             "vpc_config":[{"subnet_ids":{"references":["var.subnets"]}}]},"schema_version":0}],
           "variables":{"subnets":{"description":"Where it runs"},"token":{"sensitive":true,"default":"t0ps3cret"}}}}},
         "variables":{"cidr":{"default":"10.0.0.0/16"}}}}}
      """;

  private final TerraformReader reader = new TerraformReader(InputLimits.DEFAULTS);

  private TerraformReader.Read read(String json) {
    return reader.read("infra/plan.json", "plan", json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void recognisesPlansAndStatesByContentOnly() {
    assertThat(TerraformReader.recognises(PLAN.getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(TerraformReader.recognises("{\"format_version\":\"1.0\",\"terraform_version\":\"1.5.0\",\"values\":{}}"
        .getBytes(StandardCharsets.UTF_8))).isTrue();
    // a template that merely mentions format_version, or has it beside a CloudFormation section, is not Terraform
    assertThat(TerraformReader.recognises("{\"Resources\":{},\"format_version\":\"1\"}".getBytes(StandardCharsets
        .UTF_8))).isFalse();
    assertThat(TerraformReader.recognises("Resources:\n  format_version: 1\n".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
    assertThat(TerraformReader.recognises("{\"format_version\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)))
        .isFalse();
  }

  @Test
  void theCloudFormationReaderSaysATerraformFileIsNotABrokenTemplate() {
    var r = new CfnTemplateReader().read("plan.json", "plan", PLAN);
    assertThat(r.stack()).isEmpty();
    assertThat(r.findings()).extracting(Finding::code).containsExactly("terraform-json");
    assertThat(r.findings().get(0).severity()).isEqualTo(io.github.stackdocs.model.Severity.INFO);
  }

  @Test
  void rootModuleIsAStackAndChildModulesAreNestedStacksBothWays() {
    TerraformReader.Read r = read(PLAN);
    assertThat(r.findings()).noneMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR);
    assertThat(r.stacks()).extracting(Stack::name).containsExactly("plan", "plan-fn");
    Stack root = r.stacks().get(0);
    Stack fn = r.stacks().get(1);
    assertThat(root.format()).isEqualTo("terraform-plan");
    assertThat(root.terraform()).isTrue();
    Resource call = root.resource("module.fn").orElseThrow();
    assertThat(NestedStacks.nests(call)).isTrue();
    assertThat(call.properties().get("TemplateURL").toString()).contains("./modules/fn");
    assertThat(fn.nestedIn()).hasValueSatisfying(n -> {
      assertThat(n.parentStack()).isEqualTo("plan");
      assertThat(n.logicalId()).isEqualTo("module.fn");
    });
  }

  @Test
  void resourcesKeepTheirAddressWithInstancesGroupedAndTypesMapped() {
    Stack root = read(PLAN).stacks().get(0);
    assertThat(root.resources()).extracting(Resource::logicalId)
        .containsExactly("aws_vpc.main", "aws_subnet.private", "module.fn");
    Resource subnet = root.resource("aws_subnet.private").orElseThrow();
    assertThat(subnet.type()).isEqualTo("AWS::EC2::Subnet");
    Node.MapNode tf = (Node.MapNode) ((Node.MapNode) subnet.metadata().orElseThrow()).get("Terraform");
    assertThat(((Node.ListNode) tf.get("Instances")).items()).extracting(n -> Node.text(n).orElseThrow())
        .containsExactly("aws_subnet.private[0]", "aws_subnet.private[1]");
    assertThat(Node.text(tf.get("Type"))).hasValue("aws_subnet");
    assertThat(Node.text(subnet.properties().get("CidrBlock"))).hasValue("10.0.0.0/24");
    Resource vpc = root.resource("aws_vpc.main").orElseThrow();
    // a tag map becomes CloudFormation's Key/Value list
    Node.MapNode tag = (Node.MapNode) ((Node.ListNode) vpc.properties().get("Tags")).get(0);
    assertThat(Node.text(tag.get("Key"))).hasValue("Name");
    assertThat(vpc.properties().has("id")).isFalse(); // nulls left out
    Stack fn = read(PLAN).stacks().get(1);
    Resource lambda = fn.resource("module.fn.aws_lambda_function.this").orElseThrow();
    assertThat(lambda.type()).isEqualTo("AWS::Lambda::Function");
    assertThat(lambda.properties().entries().keySet()).contains("FunctionName", "MemorySize", "VpcConfig",
        "Environment");
    Node.MapNode vpcConfig = (Node.MapNode) lambda.properties().get("VpcConfig"); // a block: list of one object
    assertThat(vpcConfig.entries().keySet()).containsExactly("SubnetIds");
    assertThat(fn.resource("module.fn.null_resource.hook").orElseThrow().type()).isEqualTo("null_resource");
  }

  @Test
  void referencesComeFromTheConfiguration() {
    List<Stack> stacks = read(PLAN).stacks();
    Stack root = stacks.get(0);
    assertThat(root.referencesFrom("aws_subnet.private")).singleElement().satisfies(ref -> {
      assertThat(ref.kind()).isEqualTo(Reference.Kind.GET_ATT);
      assertThat(ref.target()).isEqualTo("aws_vpc.main");
      assertThat(ref.attribute()).isEqualTo("id");
      assertThat(ref.path()).isEqualTo("Properties.VpcId");
      assertThat(ref.location().line()).isPositive();
    });
    assertThat(root.referencesFrom("aws_vpc.main")).extracting(Reference::kind, Reference::target)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Reference.Kind.REF, "cidr"));
    assertThat(root.referencesFrom("module.fn")).extracting(Reference::target)
        .contains("aws_subnet.private", "./modules/fn");
    assertThat(root.referencesFrom("Outputs.vpc_id")).extracting(Reference::target).containsExactly("aws_vpc.main");
    assertThat(stacks.get(1).referencesFrom("module.fn.aws_lambda_function.this")).extracting(Reference::target)
        .containsExactly("subnets");
  }

  @Test
  void sensitiveValuesAreMaskedBeforeTheyEnterTheModel() {
    List<Stack> stacks = read(PLAN).stacks();
    Resource lambda = stacks.get(1).resource("module.fn.aws_lambda_function.this").orElseThrow();
    Node.MapNode variables = (Node.MapNode) ((Node.MapNode) lambda.properties().get("Environment")).get("Variables");
    assertThat(Node.text(variables.get("DB_URL"))).hasValue("****");
    assertThat(Node.text(variables.get("MODE"))).hasValue("fast");
    var token = stacks.get(1).parameter("token").orElseThrow();
    assertThat(token.noEcho()).isTrue();
    assertThat(token.defaultValue()).isEmpty();
  }

  @Test
  void securityGroupBlocksBecomeOneCloudFormationRulePerPeer() {
    String plan = """
        {"format_version":"1.2","terraform_version":"1.5.7","planned_values":{"root_module":{"resources":[
         {"address":"aws_security_group.web","mode":"managed","type":"aws_security_group","name":"web",
          "values":{"name":"web","ingress":[{"cidr_blocks":["0.0.0.0/0","10.0.0.0/8"],"from_port":443,
           "to_port":443,"protocol":"tcp","description":"https","security_groups":[],"self":false}],
           "egress":[{"cidr_blocks":[],"security_groups":["sg-1"],"from_port":0,"to_port":0,"protocol":"-1"}]},
          "sensitive_values":{}}]}}}
        """;
    Resource sg = read(plan).stacks().get(0).resource("aws_security_group.web").orElseThrow();
    assertThat(sg.type()).isEqualTo("AWS::EC2::SecurityGroup");
    Node.ListNode ingress = (Node.ListNode) sg.properties().get("SecurityGroupIngress");
    assertThat(ingress.items()).extracting(n -> Node.text(((Node.MapNode) n).get("CidrIp")).orElseThrow())
        .containsExactly("0.0.0.0/0", "10.0.0.0/8");
    Node.MapNode first = (Node.MapNode) ingress.get(0);
    assertThat(first.entries().keySet()).containsExactly("IpProtocol", "FromPort", "ToPort", "Description", "CidrIp");
    Node.MapNode egress = (Node.MapNode) ((Node.ListNode) sg.properties().get("SecurityGroupEgress")).get(0);
    assertThat(Node.text(egress.get("DestinationSecurityGroupId"))).hasValue("sg-1");
    assertThat(Node.text(sg.properties().get("GroupName"))).hasValue("web");
  }

  @Test
  void badInputIsALocatedFinding() {
    TerraformReader.Read syntax = read("{\"format_version\":\"1.0\",\n \"planned_values\": {,}}");
    assertThat(syntax.stacks()).isEmpty();
    assertThat(syntax.findings()).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("infra/plan.json");
      assertThat(f.location().line()).isEqualTo(2);
    });
    TerraformReader.Read shape = read("{\"format_version\":\"1.0\",\n\"planned_values\":{\"root_module\":\n"
        + "{\"resources\": 7}}}");
    assertThat(shape.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("terraform-shape");
      assertThat(f.message()).contains("resources is a number").contains("expected an array");
      assertThat(f.location().line()).isEqualTo(3);
    });
  }
}
