package io.github.stackdocs.read.rain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RainExpanderTest {
  @TempDir Path base;

  private ReadResult read(String path, String text) throws Exception {
    write(path, text);
    return new CfnTemplateReader().read(new TemplateSource(base.resolve(path), path, "app"));
  }

  private void write(String path, String text) throws Exception {
    Path file = base.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String prop(Stack s, String id, String property) {
    Resource r = s.resourcesById().get(id);
    assertThat(r).as(id).isNotNull();
    return json(r.properties().get(property));
  }

  /** Compact JSON of a node, keys in written order. */
  private static String json(io.github.stackdocs.model.Node n) {
    if (n instanceof io.github.stackdocs.model.Node.MapNode m) {
      StringBuilder sb = new StringBuilder("{");
      m.entries().forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(quote(k)).append(':').append(json(v)));
      return sb.append('}').toString();
    }
    if (n instanceof io.github.stackdocs.model.Node.ListNode l) {
      return "[" + String.join(",", l.items().stream().map(RainExpanderTest::json).toList()) + "]";
    }
    io.github.stackdocs.model.Node.ScalarNode s = (io.github.stackdocs.model.Node.ScalarNode) n;
    return s.isString() ? quote(s.text()) : s.text();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void constantsAndEmbedsAreExpandedAsRainPkgDoes() throws Exception {
    write("src/script.sh", "#!/bin/sh\necho hi\n");
    ReadResult r = read("src/app.yaml", """
        Parameters:
          Prefix: {Type: String}
        Rain:
          Constants:
            Name: orders
            Full: !Sub ${Prefix}-${Rain::Name}
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              TableName: !Rain::Constant Name
              Description: !Sub pre-${Rain::Name}-${Prefix}
              Label: !Sub ${Rain::Name}
              Other: !Rain::Constant Full
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Code: {ZipFile: !Rain::Embed script.sh}
        """);
    assertThat(r.findings()).isEmpty();
    Stack s = r.stack().orElseThrow();
    assertThat(prop(s, "Table", "TableName")).isEqualTo("\"orders\"");
    assertThat(prop(s, "Table", "Description")).isEqualTo("{\"Fn::Sub\":\"pre-orders-${Prefix}\"}");
    assertThat(prop(s, "Table", "Label")).isEqualTo("\"orders\"");
    assertThat(prop(s, "Table", "Other")).isEqualTo("{\"Fn::Sub\":\"${Prefix}-orders\"}");
    assertThat(prop(s, "Fn", "Code")).isEqualTo("{\"ZipFile\":\"#!/bin/sh\\necho hi\\n\"}");
  }

  private static final String MODULE = """
      Parameters:
        Name: {Type: String}
        Versioned: {Type: String, Default: Suspended}
      Resources:
        ModuleExtension:
          Type: AWS::S3::Bucket
          Metadata:
            Extends: AWS::S3::Bucket
          Properties:
            BucketName: !Ref Name
            VersioningConfiguration: {Status: !Ref Versioned}
            LoggingConfiguration:
              DestinationBucketName: !Ref LogBucket
        LogBucket:
          Type: AWS::S3::Bucket
          Properties:
            BucketName: !Sub ${Name}-logs
        Policy:
          Type: AWS::S3::BucketPolicy
          DependsOn: LogBucket
          Properties:
            Bucket: !Ref ModuleExtension
            PolicyDocument: {Statement: [{Effect: Deny, Resource: !GetAtt LogBucket.Arn}]}
      """;

  @Test
  void aModuleAddsItsResourcesRenamedWithParametersOverridesAndExtension() throws Exception {
    write("modules/bucket.yaml", MODULE);
    ReadResult r = read("src/app.yaml", """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Storage:
            Type: !Rain::Module ../modules/bucket.yaml
            DependsOn: Queue
            Properties:
              Name: data
              Tags: [{Key: team, Value: !Ref Queue}]
            Overrides:
              LogBucket:
                Properties:
                  AccessControl: LogDeliveryWrite
        """);
    assertThat(r.findings()).isEmpty();
    Stack s = r.stack().orElseThrow();
    assertThat(s.resources()).extracting(Resource::logicalId)
        .containsExactly("Queue", "Storage", "StorageLogBucket", "StoragePolicy");
    Resource storage = s.resourcesById().get("Storage");
    assertThat(storage.type()).isEqualTo("AWS::S3::Bucket");
    assertThat(storage.dependsOn()).containsExactly("Queue");
    assertThat(prop(s, "Storage", "BucketName")).isEqualTo("\"data\"");
    assertThat(prop(s, "Storage", "VersioningConfiguration")).isEqualTo("{\"Status\":\"Suspended\"}");
    assertThat(prop(s, "Storage", "LoggingConfiguration"))
        .isEqualTo("{\"DestinationBucketName\":{\"Ref\":\"StorageLogBucket\"}}");
    assertThat(prop(s, "Storage", "Tags")).isEqualTo("[{\"Key\":\"team\",\"Value\":{\"Ref\":\"Queue\"}}]");
    assertThat(prop(s, "StorageLogBucket", "BucketName")).isEqualTo("{\"Fn::Sub\":\"data-logs\"}");
    assertThat(prop(s, "StorageLogBucket", "AccessControl")).isEqualTo("\"LogDeliveryWrite\"");
    assertThat(s.resourcesById().get("StoragePolicy").dependsOn()).containsExactly("StorageLogBucket");
    assertThat(prop(s, "StoragePolicy", "Bucket")).isEqualTo("{\"Ref\":\"Storage\"}");
    assertThat(prop(s, "StoragePolicy", "PolicyDocument")).contains("{\"Fn::GetAtt\":[\"StorageLogBucket\",\"Arn\"]}");
    // the module's resources are located where the template uses the module
    assertThat(s.resourcesById().get("StorageLogBucket").location().line()).isEqualTo(4);
  }

  @Test
  void s3DirectivesBecomeThePackagedLocation() throws Exception {
    write("src/lambda/index.py", "print(1)\n");
    ReadResult r = read("src/app.yaml", """
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Code: !Rain::S3 {Path: lambda/index.py, Zip: true, BucketProperty: S3Bucket, KeyProperty: S3Key}
              Url: !Rain::S3Http lambda/index.py
        """);
    assertThat(r.findings()).isEmpty();
    Stack s = r.stack().orElseThrow();
    String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
        .digest("print(1)\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(prop(s, "Fn", "Code")).isEqualTo("{\"S3Bucket\":{\"Fn::Sub\":\"rain-artifacts-${AWS::AccountId}-"
        + "${AWS::Region}\"},\"S3Key\":\"" + sha + ".zip\"}");
    assertThat(prop(s, "Fn", "Url")).isEqualTo("{\"Fn::Sub\":\"https://rain-artifacts-${AWS::AccountId}-"
        + "${AWS::Region}.s3.${AWS::Region}.amazonaws.com/" + sha + ".py\"}");
  }

  @Test
  void whatCannotBeExpandedOfflineIsALocatedWarningNeverAnError() throws Exception {
    ReadResult r = read("src/app.yaml", """
        Resources:
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Env: !Rain::Env HOME
              Code: !Rain::Embed ../../outside.txt
              Missing: !Rain::Include nothing.yaml
          Mod:
            Type: !Rain::Module https://example.com/module.yaml
        """);
    assertThat(r.findings()).extracting(f -> f.severity() + " " + f.code() + " " + f.location().line())
        .containsExactly("WARN rain-not-expanded 5", "WARN rain-not-expanded 6", "WARN rain-not-expanded 7",
            "WARN rain-not-expanded 9");
    assertThat(r.findings().get(1).message()).contains("not a path inside the project");
    Stack s = r.stack().orElseThrow();
    assertThat(s.resources()).extracting(Resource::logicalId).containsExactly("Fn");
    assertThat(prop(s, "Fn", "Env")).isEqualTo("\"<Rain::Env HOME (not expanded)>\"");
  }

  @Test
  void modulesNestedTooDeeplyOrInACycleStop() throws Exception {
    write("src/loop.yaml", "Resources:\n  Again:\n    Type: !Rain::Module loop.yaml\n");
    ReadResult r = read("src/app.yaml", "Resources:\n  M:\n    Type: !Rain::Module loop.yaml\n");
    assertThat(r.findings()).anyMatch(f -> f.code().equals("rain-not-expanded")
        && f.message().contains("nested more than 8 levels") && f.location().file().equals("src/loop.yaml"));
    assertThat(r.findings()).allMatch(f -> f.severity() == io.github.stackdocs.model.Severity.WARN);
  }

  @Test
  void referencesAreFoundByScanningTheText() throws Exception {
    write("modules/bucket.yaml", "Resources:\n  X:\n    Type: !Rain::Module inner.yaml\n");
    write("modules/inner.yaml", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {Name: !Rain::Embed n.txt}\n");
    byte[] app = "Resources:\n  S:\n    Type: !Rain::Module \"../modules/bucket.yaml\"\n".getBytes();
    assertThat(RainReferences.modules("src/app.yaml", app)).containsExactly("modules/bucket.yaml");
    assertThat(RainReferences.closure("src/app.yaml", app, p -> {
      try {
        return java.util.Optional.of(Files.readAllBytes(base.resolve(p)));
      } catch (java.io.IOException e) {
        return java.util.Optional.empty();
      }
    })).containsExactly("modules/bucket.yaml", "modules/inner.yaml", "modules/n.txt");
    List<String> none = List.copyOf(RainReferences.modules("app.yaml", "Resources: {}".getBytes()));
    assertThat(none).isEmpty();
  }

  @Test
  void theModulesSectionUsesEachModuleUnderItsNameAsRainPkgDoes() throws Exception {
    // rain's own cft/pkg/tmpl/awscli-modules cases: same-mod-template (one module twice) and default-template
    write("src/same-mod-module.yaml", """
        Parameters:
          X:
            Type: String
        Resources:
          ABC:
            Type: A::B::C
            Properties:
              Name: !Ref X
          Log:
            Type: AWS::Logs::LogGroup
            Properties:
              LogGroupName: !Sub ${X}-logs
        """);
    ReadResult r = read("src/app.yaml", """
        Parameters:
          XParam:
            Type: String
            Default: default-x
        Modules:
          A:
            Source: same-mod-module.yaml
            Properties:
              X: !Ref XParam
          B:
            Source: ./same-mod-module.yaml
            Properties:
              X: x
            Overrides:
              Log:
                Properties:
                  RetentionInDays: 7
        """);
    assertThat(r.findings()).isEmpty();
    Stack s = r.stack().orElseThrow();
    assertThat(s.resources()).extracting(Resource::logicalId).containsExactly("AABC", "ALog", "BABC", "BLog");
    assertThat(prop(s, "AABC", "Name")).isEqualTo("{\"Ref\":\"XParam\"}");
    assertThat(prop(s, "BABC", "Name")).isEqualTo("\"x\"");
    assertThat(prop(s, "BLog", "LogGroupName")).isEqualTo("{\"Fn::Sub\":\"x-logs\"}");
    assertThat(prop(s, "BLog", "RetentionInDays")).isEqualTo("7");
    assertThat(s.resourcesById().get("BLog").location().line()).isEqualTo(10);
    byte[] text = Files.readAllBytes(base.resolve("src/app.yaml"));
    assertThat(RainReferences.uses(text)).isTrue();
    assertThat(RainReferences.modules("src/app.yaml", text)).containsExactly("src/same-mod-module.yaml");
  }

  @Test
  void aModulesEntryWithoutSourceOrASectionThatIsNoMappingIsAWarning() throws Exception {
    ReadResult r = read("src/app.yaml", """
        Modules:
          A:
            Properties: {X: 1}
        Resources:
          Q:
            Type: AWS::SQS::Queue
        """);
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(io.github.stackdocs.model.Severity.WARN);
      assertThat(f.code()).isEqualTo("rain-not-expanded");
      assertThat(f.message()).contains("module A in the Modules section has no Source");
      assertThat(f.location().line()).isEqualTo(2);
    });
    assertThat(r.stack().orElseThrow().resources()).extracting(Resource::logicalId).containsExactly("Q");
    assertThat(read("src/b.yaml", "Modules: [x]\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n").findings())
        .singleElement().satisfies(f -> assertThat(f.message()).contains("the Modules section must be a mapping"));
  }
}
