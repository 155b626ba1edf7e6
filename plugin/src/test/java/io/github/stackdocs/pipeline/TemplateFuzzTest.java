package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based test, hand-rolled with a fixed seed: templates (bundled ones always, the shared corpus when present)
 * are broken by {@link TemplateMutator} and each mutant is read, then documented by the whole pipeline (Markdown,
 * AsciiDoc, JSON and runbooks, in memory; HTML is left out for speed and has its own hostile tests). For every mutant:
 * no exception escapes, no finding is an internal error, every finding names its file (syntax errors with line and
 * column) and none carries Java (class names, stack traces), and reading and documenting twice gives the same result.
 *
 * <p>Bounded for CI by iterations and seconds (after a first, warm-up mutant); {@code -Dstackdocs.fuzz.iterations=N -Dstackdocs.fuzz.seconds=S}
 * run longer and {@code -Dstackdocs.fuzz.seed=N} another sequence. A failing mutant is written to
 * {@code target/fuzz-failures} with how it was made, so it can be replayed.
 */
class TemplateFuzzTest {
  private static final long SEED = Long.getLong("stackdocs.fuzz.seed", 20_260_517L);
  private static final int ITERATIONS = Integer.getInteger("stackdocs.fuzz.iterations", 400);
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("stackdocs.fuzz.seconds", 20));
  /** Every n-th mutant also goes through the whole pipeline (reading alone is much faster). */
  private static final int PIPELINE_EVERY = Integer.getInteger("stackdocs.fuzz.pipelineEvery", 3);

  private static final Pattern JAVA = Pattern.compile(
      "\\b(java|javax|com|org|sun|jdk)\\.[a-z][a-z0-9_]*\\.|\\b[A-Z][A-Za-z]*(Exception|Error)\\b|\\n\\s*at |\\\\n\\\\tat |"
          + "\\$\\$Lambda|@[0-9a-f]{6,}\\b");
  private static final Set<String> POSITIONED = Set.of("yaml-syntax", "json-syntax", "nesting-too-deep",
      "duplicate-key", "unknown-tag", "key-tag", "yaml-alias-limit");

  @TempDir Path dir;

  private record Seed(String name, byte[] bytes, String extension) {}

  @Test
  void bundledTemplatesSurviveMutation() throws IOException {
    List<Seed> seeds = new ArrayList<>(inline());
    for (Path root : List.of(Path.of("../examples/shop/src/main/cloudformation"), Path.of("../src-it"),
        Path.of("src/test/resources/deployed/project/src/main/cloudformation"))) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f : files.filter(p -> p.toString().matches(".*/src/main/cloudformation/.*\\.(ya?ml|json)")
              && !p.getFileName().toString().equals("stackdocs.yaml")).sorted().toList()) {
            seeds.add(seed(f));
          }
        }
      }
    }
    assertThat(seeds).hasSizeGreaterThan(10);
    fuzz("bundled", seeds, SEED);
  }

  @Test
  void corpusTemplatesSurviveMutation() throws IOException {
    Path root = Corpus.rootOrSkip("TemplateFuzzTest");
    List<String> good = Corpus.lines(root, "good.txt");
    Random pick = new Random(SEED);
    List<Seed> seeds = new ArrayList<>();
    for (int i = 0; i < Math.min(300, good.size()); i++) {
      Path f = root.resolve(good.get(pick.nextInt(good.size())));
      if (Files.isRegularFile(f) && Files.size(f) < 200_000) {
        seeds.add(seed(f));
      }
    }
    fuzz("corpus", seeds, SEED + 1);
  }

  private static Seed seed(Path f) throws IOException {
    String name = f.getFileName().toString();
    return new Seed(f.toString(), Files.readAllBytes(f), name.endsWith(".json") ? "json" : "yaml");
  }

  /** Small templates that use what the bundled examples may not: every intrinsic, conditions, SAM, nesting. */
  private static List<Seed> inline() {
    String all = """
        AWSTemplateFormatVersion: "2010-09-09"
        Transform: AWS::Serverless-2016-10-31
        Description: Every intrinsic function
        Metadata:
          AWS::CloudFormation::Interface:
            ParameterGroups: [{Label: {default: Net}, Parameters: [Env]}]
          stackdocs: {owner: team, links: {Wiki: "https://wiki.example.com"}}
        Parameters:
          Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}
          Secret: {Type: String, NoEcho: true, Default: hunter2}
          Subnets: {Type: CommaDelimitedList, Default: "a,b"}
        Mappings:
          Regions: {eu-west-1: {Ami: ami-1}}
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          NotProd: !Not [!Condition IsProd]
          Both: !And [!Condition IsProd, !Or [!Condition NotProd, !Equals [a, b]]]
        Globals:
          Function: {Runtime: python3.12, Timeout: 5}
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Condition: IsProd
            Properties:
              QueueName: !Sub "${AWS::StackName}-${Env}-q"
              Tags: [{Key: owner, Value: !Select [0, !Split [",", "a,b"]]}]
          Fn:
            Type: AWS::Serverless::Function
            DependsOn: [Queue]
            Properties:
              Handler: index.handler
              CodeUri: src/
              Environment: {Variables: {Q: !GetAtt Queue.Arn, B64: !Base64 x, AZ: !Select [0, !GetAZs ""]}}
              Events:
                Api: {Type: Api, Properties: {Path: /x, Method: get}}
                Sqs: {Type: SQS, Properties: {Queue: !GetAtt Queue.Arn}}
          Child:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: child.yaml
              Parameters: {Env: !If [IsProd, !Ref Env, !Ref "AWS::NoValue"]}
          Alarm:
            Type: AWS::CloudWatch::Alarm
            Properties:
              MetricName: Errors
              Namespace: AWS/Lambda
              Dimensions: [{Name: FunctionName, Value: !Ref Fn}]
              Threshold: 1
              EvaluationPeriods: 1
              ComparisonOperator: GreaterThanThreshold
              Period: 60
              Statistic: Sum
              AlarmActions: [!ImportValue {"Fn::Sub": "${Env}-topic"}]
          Cidrs:
            Type: AWS::EC2::Subnet
            Properties:
              VpcId: !FindInMap [Regions, !Ref "AWS::Region", Ami]
              CidrBlock: !Select [0, !Cidr ["10.0.0.0/16", 4, 8]]
              AvailabilityZone: !Join ["", [!Ref "AWS::Region", a]]
        Outputs:
          Url:
            Value: !Sub "https://${Fn}.execute-api.${AWS::Region}.amazonaws.com"
            Export: {Name: !Sub "${AWS::StackName}-url"}
            Condition: IsProd
        """;
    String json = """
        {"AWSTemplateFormatVersion": "2010-09-09",
         "Parameters": {"Size": {"Type": "Number", "Default": 3, "MinValue": 1, "MaxValue": 9}},
         "Resources": {
           "Table": {"Type": "AWS::DynamoDB::Table", "DeletionPolicy": "Retain",
             "Properties": {"BillingMode": "PAY_PER_REQUEST",
               "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
               "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}]}},
           "Role": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": [
             {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]},
             "Policies": [{"PolicyName": "p", "PolicyDocument": {"Statement": [{"Effect": "Allow",
               "Action": "dynamodb:*", "Resource": {"Fn::GetAtt": ["Table", "Arn"]}}]}}]}}},
         "Outputs": {"TableName": {"Value": {"Ref": "Table"}, "Export": {"Name": {"Fn::Join": ["-",
           [{"Ref": "AWS::StackName"}, "table"]]}}}}}
        """;
    return List.of(new Seed("inline all.yaml", all.getBytes(java.nio.charset.StandardCharsets.UTF_8), "yaml"),
        new Seed("inline table.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "json"));
  }

  private void fuzz(String name, List<Seed> seeds, long seed) throws IOException {
    Path base = dir.resolve("project");
    Path source = base.resolve("src/main/cloudformation");
    Files.createDirectories(source);
    Files.writeString(source.resolve("child.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    CfnTemplateReader reader = new CfnTemplateReader();
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    int done = 0;
    int pipelines = 0;
    int withErrors = 0;
    try (DocsGenerator generator = new DocsGenerator(Log.silent(), () -> fail("HTML renderer started"))) {
      for (int i = 0; i < ITERATIONS && (i < 2 || Duration.ofNanos(System.nanoTime() - start).compareTo(BUDGET) < 0);
          i++) {
        if (i == 1) {
          start = System.nanoTime(); // the first mutant warms up class loading, the catalog and FreeMarker
        }
        Random random = new Random(seed ^ (i * 0x9E3779B97F4A7C15L));
        Seed s = seeds.get(random.nextInt(seeds.size()));
        TemplateMutator.Mutant m = new TemplateMutator(random).mutate(s.bytes(), s.extension());
        String display = "src/main/cloudformation/fuzz." + m.extension();
        String how = name + " #" + i + " (seed " + seed + "): " + s.name() + ": " + m.description();
        try {
          ReadResult first = reader.read(display, "fuzz", m.bytes());
          ReadResult second = reader.read(display, "fuzz", m.bytes());
          String input = new String(m.bytes(), java.nio.charset.StandardCharsets.UTF_8);
          check(first.findings(), display, input, how, failures);
          if (!first.findings().equals(second.findings()) || first.stack().isPresent() != second.stack().isPresent()) {
            failures.add(how + ": reading twice gave different results");
          }
          if (first.findings().stream().anyMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR)) {
            withErrors++;
          }
          if (i % PIPELINE_EVERY == 0) {
            pipelines++;
            try (Stream<Path> old = Files.list(source)) {
              for (Path f : old.filter(f -> f.getFileName().toString().startsWith("fuzz.")).toList()) {
                Files.delete(f);
              }
            }
            Files.write(source.resolve("fuzz." + m.extension()), m.bytes());
            DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
                .formats(EnumSet.of(Format.MD, Format.ADOC, Format.JSON)).failOn(FailOn.NEVER).projectName("fuzz")
                .runbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build();
            DocsGenerator.Generation a = generator.generate(request);
            DocsGenerator.Generation b = generator.generate(request);
            check(a.findings(), null, input, how, failures);
            if (!a.documents().equals(b.documents()) || !a.runbooks().equals(b.runbooks())
                || !a.findings().equals(b.findings())) {
              failures.add(how + ": documenting twice gave different results");
            }
          }
        } catch (Throwable t) { // NOPMD: an escaping exception or error is exactly what this test looks for
          failures.add(how + ": " + t.getClass().getName() + ": " + t.getMessage() + " at "
              + (t.getStackTrace().length > 0 ? t.getStackTrace()[0] : "?"));
        }
        if (!failures.isEmpty() && failures.get(failures.size() - 1).startsWith(name + " #" + i + " ")) {
          keep(name, i, m, failures.get(failures.size() - 1));
        }
        done++;
      }
    }
    long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
    System.out.println("TemplateFuzzTest " + name + ": " + done + " mutants (" + pipelines + " through the whole"
        + " pipeline, " + withErrors + " with errors) of " + seeds.size() + " templates in " + seconds + " s, seed "
        + seed + ", " + failures.size() + " failures");
    assertThat(done).as("mutants tried").isGreaterThanOrEqualTo(Math.min(ITERATIONS, 10));
    assertThat(failures).as("mutants that broke a rule (replay them from target/fuzz-failures)").isEmpty();
  }

  /**
   * Every finding names its file (syntax errors with a position) and says nothing in Java; a Java-looking word the
   * input itself holds (a logical id ending in "Exception", a handler "com.example.App") is the input's, not Java's.
   */
  private static void check(List<Finding> findings, String display, String input, String how,
      List<String> failures) {
    for (Finding f : findings) {
      String problem = null;
      if (f.code().equals("internal")) {
        problem = "an internal error";
      } else if (f.location().file().isEmpty()) {
        problem = "no file";
      } else if (display != null && !f.location().file().equals(display)) {
        problem = "the wrong file";
      } else if (POSITIONED.contains(f.code()) && f.location().line() <= 0) {
        problem = "no line";
      } else if (JAVA.matcher(f.message()).results().anyMatch(r -> !input.contains(r.group()))) {
        problem = "Java in its message";
      }
      if (problem != null) {
        failures.add(how + ": finding with " + problem + ": " + f.format());
      }
    }
  }

  private static void keep(String name, int i, TemplateMutator.Mutant m, String failure) {
    Path folder = Path.of("target/fuzz-failures");
    try {
      Files.createDirectories(folder);
      Files.write(folder.resolve(name + "-" + i + "." + m.extension()), m.bytes());
      Files.writeString(folder.resolve(name + "-" + i + ".txt"), failure + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
