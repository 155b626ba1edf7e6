package io.github.stackdocs.read.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.catalog.ResourceCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The generated Terraform → CloudFormation type table: every mapped type exists in the bundled catalog, every
 * property override names a property of its type, the familiar types map as expected, and the share the README states
 * is the table's own (computed here, not typed by hand).
 */
class TerraformTypeTableTest {
  private final TypeMapping table = TypeMapping.bundled();
  private final ResourceCatalog catalog = ResourceCatalog.bundled();

  @Test
  void mappedTypesAndPropertiesExistInTheCatalog() throws IOException {
    assertThat(table.providerTypes()).isGreaterThan(1_500);
    try (InputStream in = TypeMapping.class.getResourceAsStream(TypeMapping.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t");
        if (f[0].equals("type")) {
          assertThat(catalog.type(f[2])).as(line).isPresent();
        } else if (f[0].equals("property")) {
          assertThat(catalog.type(table.cfnType(f[1]).orElseThrow()).orElseThrow().property(f[3])).as(line)
              .isPresent();
        }
      }
    }
    assertThat(table.cfnType("aws_lambda_function")).hasValue("AWS::Lambda::Function");
    assertThat(table.cfnType("aws_s3_bucket")).hasValue("AWS::S3::Bucket");
    assertThat(table.cfnType("aws_vpc")).hasValue("AWS::EC2::VPC");
    assertThat(table.cfnType("aws_db_instance")).hasValue("AWS::RDS::DBInstance");
    assertThat(table.cfnType("aws_cloudwatch_log_group")).hasValue("AWS::Logs::LogGroup");
    assertThat(table.cfnType("aws_lb")).hasValue("AWS::ElasticLoadBalancingV2::LoadBalancer");
    assertThat(table.cfnType("aws_ecs_service")).hasValue("AWS::ECS::Service");
  }

  @Test
  void theReadmeStatesTheTablesShare() throws IOException {
    Path readme = Path.of("../README.md");
    Assumptions.assumeTrue(Files.isRegularFile(readme), "README.md not beside the plugin folder");
    String share = String.format(Locale.ROOT, "%,d of %,d AWS-provider resource types (%.1f%%)", table.mappedTypes(),
        table.providerTypes(), 100.0 * table.mappedTypes() / table.providerTypes());
    assertThat(Files.readString(readme).replaceAll("\\s+", " ")).contains(share);
  }
}
