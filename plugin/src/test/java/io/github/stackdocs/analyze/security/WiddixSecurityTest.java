package io.github.stackdocs.analyze.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.EnvironmentSpec;
import io.github.stackdocs.pipeline.Log;
import io.github.stackdocs.pipeline.TemplateSpec;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, must show: the security views on a widdix ECS + VPC project (vpc-2azs, ecs/cluster, an ALB service of the
 * cluster), bound to an environment whose parameter files wire the stacks together as their docs say. Skips without
 * the shared corpus.
 */
class WiddixSecurityTest {
  @TempDir Path base;

  @Test
  void theVpcTheClusterAndItsServiceShowWhatIsOpenAndWhoMayDoWhat() throws IOException {
    Path corpus = Corpus.rootOrSkip("WiddixSecurityTest").resolve("templates/aws-cf-templates");
    Path params = Files.createDirectories(base.resolve("params/prod"));
    Files.writeString(params.resolve("cluster.yaml"), "ParentVPCStack: vpc\n");
    Files.writeString(params.resolve("service.yaml"), "ParentVPCStack: vpc\nParentClusterStack: cluster\n"
        + "Image: public.ecr.aws/nginx/nginx:1.27\n");
    DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.MD, Format.JSON)).projectName("widdix").mode(WriteMode.WRITE)
        .templates(List.of(new TemplateSpec(copy(corpus, "vpc/vpc-2azs.yaml"), "vpc"),
            new TemplateSpec(copy(corpus, "ecs/cluster.yaml"), "cluster"),
            new TemplateSpec(copy(corpus, "ecs/service-cluster-alb.yaml"), "service")))
        .environments(List.of(new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")),
            Optional.of("eu-west-1"), Optional.of("123456789012"), Optional.empty(), Map.of())))
        .build();
    List<Finding> findings = new ArrayList<>();
    Map<String, StackSecurity> security = new java.util.HashMap<>();
    String clusterPage;
    String index;
    try (DocsGenerator docs = new DocsGenerator(Log.silent())) {
      Project project = docs.model(request, findings);
      new SecurityAnalyzer().analyze(project).forEach(s -> security.put(s.stack(), s));
      DocsGenerator.Analysis analysis = docs.analyze(request, project, findings);
      List<Document> pages = docs.render(request, analysis, findings, EnumSet.of(Format.MD, Format.JSON));
      clusterPage = page(pages, "stacks/cluster.md");
      index = page(pages, "index.md");
      assertThat(page(pages, "model.json")).contains("\"LOAD_BALANCER\"");
    }
    StackSecurity vpc = security.get("vpc");
    assertThat(vpc.exposure()).filteredOn(e -> e.kind() == Exposure.Kind.PUBLIC_SUBNET)
        .extracting(e -> e.resource() + ": " + e.detail()).contains(
            "SubnetAPublic: MapPublicIpOnLaunch true; route table RouteTablePublic routes to internet gateway"
                + " InternetGateway; runs cluster / AutoScalingGroup (AWS::AutoScaling::AutoScalingGroup),"
                + " cluster / LoadBalancer (AWS::ElasticLoadBalancingV2::LoadBalancer)");
    StackSecurity cluster = security.get("cluster");
    assertThat(cluster.exposure()).extracting(e -> e.resource() + ": " + e.detail()).contains(
        "LoadBalancer: application load balancer, Scheme internet-facing, listeners HTTP 80",
        "ALBSecurityGroupInHttpWorld: tcp 80 from 0.0.0.0/0 (group ALBSecurityGroup)",
        "ALBSecurityGroupInHttpWorldIPv6: tcp 80 from ::/0 (group ALBSecurityGroup)",
        "SecurityGroupInSSHWorld: tcp 22 from 0.0.0.0/0 (group SecurityGroup)",
        "SecurityGroup: all traffic to 0.0.0.0/0 (EC2's default egress rule: the group declares none)");
    // the instances' role: wildcards flagged, its log grant resolved to the stack's log group
    assertThat(cluster.access()).filteredOn(a -> a.holder().equals("Role"))
        .extracting(a -> a.source() + ": " + a.summary() + " " + a.flags()).contains(
            "inline policy ssm: Role → ssmmessages:*, ssm:UpdateInstanceInformation, ec2messages:* → *"
                + " [WILDCARD_ACTION, WILDCARD_RESOURCE]",
            "inline policy logs: Role → logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents,"
                + " logs:DescribeLogStreams → LogGroup []");
    StackSecurity service = security.get("service");
    assertThat(service.flagged()).extracting(a -> a.holder() + ": " + a.summary()).containsExactly(
        "ScalableTargetRole: ScalableTargetRole → ecs:DescribeServices, ecs:UpdateService → *",
        "ScalableTargetRole: ScalableTargetRole → cloudwatch:DescribeAlarms → *");
    assertThat(clusterPage).contains("## Security", "### Exposure", "### Access", "internet-facing load balancer");
    assertThat(index).contains("[cluster / LoadBalancer](stacks/cluster.md#resource-loadbalancer)");
    Path golden = Path.of("src/test/resources/golden/md/widdix-security.md");
    String actual = section(index);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /** A corpus template copied into the project folder (so the pages name it the same wherever the corpus is). */
  private String copy(Path corpus, String template) throws IOException {
    Path target = base.resolve("templates").resolve(template);
    Files.createDirectories(target.getParent());
    Files.copy(corpus.resolve(template), target);
    return "templates/" + template;
  }

  /** The overview's security section: from its anchor to the next section's. */
  private static String section(String index) {
    int start = index.indexOf("<a id=\"security\"></a>");
    assertThat(start).isNotNegative();
    int end = index.length();
    java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a id=\"([a-z-]+)\"></a>").matcher(index);
    next.region(start, index.length());
    while (next.find()) {
      if (!List.of("security", "exposure", "access").contains(next.group(1))) {
        end = next.start();
        break;
      }
    }
    return index.substring(start, end);
  }

  private static String page(List<Document> docs, String path) {
    return docs.stream().filter(d -> d.path().equals(path)).findFirst().map(Document::content)
        .orElseThrow(() -> new AssertionError("no " + path));
  }
}
