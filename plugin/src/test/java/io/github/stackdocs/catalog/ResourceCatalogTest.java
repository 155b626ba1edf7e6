package io.github.stackdocs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourceCatalogTest {
  private final ResourceCatalog catalog = ResourceCatalog.bundled();

  @Test
  void lambdaFunctionRequiresCodeAndRoleAndItsNameReplacesIt() {
    ResourceTypeInfo fn = catalog.type("AWS::Lambda::Function").orElseThrow();

    assertThat(fn.requiredProperties()).containsExactlyInAnyOrder("Code", "Role");
    assertThat(fn.property("FunctionName").orElseThrow().replacement()).isEqualTo(Replacement.YES);
    assertThat(fn.property("MemorySize").orElseThrow().replacement()).isEqualTo(Replacement.NO);
    assertThat(fn.attribute("Arn")).isPresent();
    assertThat(fn.service()).isEqualTo("Lambda");
    assertThat(fn.description()).startsWith("The AWS::Lambda::Function resource creates a Lambda function.");
    assertThat(fn.docsUrl())
        .isEqualTo("https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-function.html");
    assertThat(fn.primaryIdentifier()).containsExactly("FunctionName");
    assertThat(fn.tagsProperty()).contains("Tags");
    assertThat(fn.property("Code").orElseThrow().type()).isEqualTo("Code");
    assertThat(fn.propertyType("Code").orElseThrow().properties()).containsKeys("S3Bucket", "ZipFile", "ImageUri");
    assertThat(fn.property("Layers").orElseThrow().type()).isEqualTo("List<String>");
    assertThat(fn.property("Tags").orElseThrow().type()).isEqualTo("List<Tag>");
    assertThat(fn.property("Handler").orElseThrow().summary())
        .isEqualTo("The name of the method within your code that Lambda calls to run your function.");
  }

  @Test
  void dynamoDbTableNameAndKeySchemaReplaceTheTable() {
    ResourceTypeInfo table = catalog.type("AWS::DynamoDB::Table").orElseThrow();

    assertThat(table.property("TableName").orElseThrow().replacement()).isEqualTo(Replacement.YES);
    assertThat(table.property("KeySchema").orElseThrow().replacement()).isEqualTo(Replacement.YES);
    assertThat(table.property("BillingMode").orElseThrow().replacement()).isEqualTo(Replacement.NO);
  }

  @Test
  void theWholeCatalogLoads() {
    assertThat(catalog.size()).isGreaterThanOrEqualTo(1_800);
    assertThat(catalog.sourceVersion()).startsWith("@aws-cdk/aws-service-spec@0.1.");
    for (String name : catalog.typeNames()) {
      ResourceTypeInfo t = catalog.type(name).orElseThrow();
      assertThat(t.docsUrl()).startsWith("https://docs.aws.amazon.com/");
      t.properties().values().forEach(p -> assertThat(p.type()).as(name + "." + p.name()).isNotEmpty());
    }
    assertThat(catalog.typeNames()).filteredOn(n -> n.startsWith("AWS::Serverless::"))
        .contains("AWS::Serverless::Function", "AWS::Serverless::Api", "AWS::Serverless::SimpleTable");
    assertThat(catalog.type("AWS::Serverless::Function").orElseThrow().docsUrl()).isEqualTo(
        "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html");
  }

  @Test
  void nestedAttributesAndMapTypesReadAsText() {
    ResourceTypeInfo db = catalog.type("AWS::RDS::DBInstance").orElseThrow();
    assertThat(db.attributes()).containsKeys("Endpoint.Address", "Endpoint.Port");
    ResourceTypeInfo param = catalog.type("AWS::SSM::Parameter").orElseThrow();
    assertThat(param.property("Tags").orElseThrow().type()).isEqualTo("Map<String, String>");
  }

  @Test
  void unknownTypeIsEmpty() {
    assertThat(catalog.type("AWS::Lambda::Fucntion")).isEmpty();
    assertThat(catalog.type(null)).isEmpty();
  }

  @Test
  void didYouMeanForMisspelledTypes() {
    assertThat(catalog.similarTypes("AWS::Lambda::Fucntion", 3)).first().isEqualTo("AWS::Lambda::Function");
    assertThat(catalog.similarTypes("AWS::S3::Buckt", 3)).containsExactly("AWS::S3::Bucket");
    assertThat(catalog.similarTypes("AWS::DynamoDb::Table", 3)).first().isEqualTo("AWS::DynamoDB::Table");
    assertThat(catalog.similarTypes("AWS::EC2::Bucket", 3)).contains("AWS::S3::Bucket");
    assertThat(catalog.similarTypes("AWS::Totally::Different", 3)).isEmpty();
  }

  @Test
  void didYouMeanForMisspelledProperties() {
    ResourceTypeInfo fn = catalog.type("AWS::Lambda::Function").orElseThrow();
    assertThat(catalog.similarProperties(fn, "FunctionNmae", 3)).containsExactly("FunctionName");
    assertThat(catalog.similarProperties(fn, "functionname", 3)).containsExactly("FunctionName");
    assertThat(catalog.similarProperties(fn, "Zzzzzzzz", 3)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "AWS::Lambda::Function, AWS",
      "Alexa::ASK::Skill, AWS",
      "AWS::Serverless::Function, SAM",
      "AWS::Serverless::Connector, SAM",
      "Custom::Anything, CUSTOM",
      "AWS::CloudFormation::CustomResource, CUSTOM",
      "MyOrg::Thing::Widget, THIRD_PARTY",
      "Datadog::Monitors::Monitor, THIRD_PARTY",
      "MyOrg::Network::Vpc::MODULE, MODULE",
      "AWS::Lambda::Fucntion, UNKNOWN_AWS",
      "Alexa::ASK::Skil, UNKNOWN_AWS",
  })
  void classifiesTypeNames(String name, TypeKind kind) {
    assertThat(catalog.kind(name)).isEqualTo(kind);
  }

  @Test
  void bundledIsOneInstanceForManyThreads() throws Exception {
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<ResourceCatalog>> results = new ArrayList<>();
      for (int i = 0; i < threads * 4; i++) {
        String type = i % 2 == 0 ? "AWS::S3::Bucket" : "AWS::SQS::Queue";
        Callable<ResourceCatalog> task = () -> {
          start.await();
          ResourceCatalog c = ResourceCatalog.bundled();
          assertThat(c.type(type)).isPresent();
          return c;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      Set<ResourceCatalog> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      Set<ResourceTypeInfo> buckets = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Future<ResourceCatalog> f : results) {
        seen.add(f.get());
        buckets.add(f.get().type("AWS::S3::Bucket").orElseThrow());
      }
      assertThat(seen).hasSize(1);
      assertThat(buckets).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void loadTimes() {
    // Figures, not an assertion: "first" is cold only when no other test in this JVM used the catalog.
    long t0 = System.nanoTime();
    ResourceCatalog first = ResourceCatalog.bundled();
    long t1 = System.nanoTime();
    ResourceCatalog again = ResourceCatalog.loadBundled();
    long t2 = System.nanoTime();
    again.typeNames().forEach(again::type);
    long t3 = System.nanoTime();
    System.out.printf(java.util.Locale.ROOT,
        "ResourceCatalog: %d types; bundled() %d ms; warm load %d ms; warm parse of every type %d ms%n",
        first.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
  }

  @Test
  void theShippedIndexMatchesAScanOfTheData() throws Exception {
    byte[] json;
    try (var in = new java.util.zip.GZIPInputStream(
        ResourceCatalog.class.getResourceAsStream("/io/github/stackdocs/catalog/catalog.json.gz"))) {
      json = in.readAllBytes();
    }
    java.util.Map<String, int[]> shipped;
    try (var in = ResourceCatalog.class.getResourceAsStream("/io/github/stackdocs/catalog/catalog.index")) {
      shipped = ResourceCatalog.readIndex(in, json);
    }
    java.util.Map<String, int[]> scanned = ResourceCatalog.scan(json);
    assertThat(shipped.keySet()).containsExactlyElementsOf(scanned.keySet());
    shipped.forEach((name, range) -> assertThat(range).as(name).containsExactly(scanned.get(name)));
  }
}
